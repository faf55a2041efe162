#!/usr/bin/env bash
# churn.sh [RUNS] [SECONDS] — runs the in-engine churn test (8 goroutines and the main thread
# creating, reading back and dropping same-size engine values) RUNS times for SECONDS each, in normal
# mode and under GDPURE_MEMGUARD=1 GDPURE_GCSTRESS=1 GOGC=1, and prints how many runs passed. A run
# passes when every value read back right, every value was released, and the ledger showed 0 live
# C buffers at exit (the harness checks the last).
set -u
cd "$(dirname "$0")/.."
runs=${1:-10}
secs=${2:-10}
GODOT=$(./scripts/godot.sh) || exit 1
export GODOT
for mode in normal guard; do
	env=()
	[ "$mode" = guard ] && env=(GDPURE_MEMGUARD=1 GDPURE_GCSTRESS=1 GOGC=1)
	pass=0
	for i in $(seq "$runs"); do
		out=$(env "${env[@]}" GDPURE_CHURN_SECONDS="$secs" GODOTTEST_RUN='Ownership/ChurnWithAddressReuse' \
			go test -count=1 -v -run 'TestEngine/asm$' ./internal/enginetest 2>&1)
		if [ $? -eq 0 ]; then
			pass=$((pass + 1))
			echo "$mode run $i: pass, $(echo "$out" | grep -o '[0-9]* iterations of 4 values each' | head -1)"
		else
			echo "$mode run $i: FAIL"; echo "$out" | tail -40
		fi
	done
	echo "$mode: $pass of $runs runs passed (${secs} s each)"
done
