#!/bin/sh
# scripts/test-cross.sh — make test-cross: the platforms this Linux amd64 machine can execute
# besides its own, each stage timed.
#
#   windows/amd64  the pure-Go tests of the layers below the engine API (internal/gdi with the
#                  call-path ABI tests, internal/osthread, internal/escape, internal/engine in
#                  normal and guard mode,
#                  variant) under wine (without cgo: the purego path), the call-path ABI tests
#                  built with cgo (the Win64 trampolines, the path a plugin takes), and the Windows
#                  smoke test (internal/winsmoke): a plugin DLL built with mingw-w64 on each path,
#                  driven through its entry, interface look-up, initialization levels and
#                  main-loop callbacks by a host playing the engine.
#   linux/arm64    the same pure-Go tests under qemu-aarch64 (without cgo: the purego path), the
#                  call-path ABI tests built with cgo (the arm64 trampolines, the path a plugin
#                  takes), and the in-engine suite on both paths in Debian's arm64 Godot 4.6 under
#                  qemu-user, with the crash-report tests (an engine fault keeps the engine's
#                  backtrace; a fatal Go error prints Go's stack, then the engine's report).
set -eu
cd "$(dirname "$0")/.."
eval "$(./scripts/cross-tools.sh windows arm64)"
export WINEPREFIX WINEDEBUG=-all

# wine's helper processes (services.exe, explorer.exe, …) start with the first Windows program and
# inherit its standard output. When that program is a test binary, go test waits for them to let go of
# the pipe (3 s a package), and on a loaded machine wineserver's clean-up SIGKILL has failed a test
# that had printed PASS. So start a persistent wineserver and the helpers first, detached from the
# tests' output, and stop them at the end.
wineserver=$(dirname "$WINE")/wineserver64
[ -x "$wineserver" ] || wineserver=$(command -v wineserver64 || command -v wineserver)
"$wineserver" -p </dev/null >/dev/null 2>&1
"$WINE" wineboot </dev/null >/dev/null 2>&1 || true
trap '"$wineserver" -k 2>/dev/null || true' EXIT
pkgs="./internal/gdi ./internal/osthread ./internal/escape ./internal/engine ./variant"

stage() {
	name=$1
	shift
	echo "== test-cross: $name"
	start=$(date +%s)
	"$@"
	echo "== test-cross: $name: $(($(date +%s) - start)) s"
}

stage "windows/amd64 pure-Go tests under wine" env GOOS=windows GOARCH=amd64 go test -short -count=1 -exec "$WINE" $pkgs
stage "windows/amd64 asm call path (cgo) ABI tests under wine" env GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc \
	go test -short -count=1 -exec "$WINE" ./internal/gdi
stage "windows/amd64 guard mode under wine" env GOOS=windows GOARCH=amd64 GDPURE_MEMGUARD=1 go test -short -count=1 -exec "$WINE" ./internal/engine
stage "windows/amd64 plugin DLL smoke test under wine" env GDPURE_CROSS=1 WINE="$WINE" go test -count=1 -v ./internal/winsmoke
stage "linux/arm64 pure-Go tests under qemu" env GOARCH=arm64 go test -short -count=1 -exec "qemu-aarch64 -L $QEMU_ROOT" $pkgs
stage "linux/arm64 asm call path (cgo) ABI tests under qemu" env GOARCH=arm64 CGO_ENABLED=1 CC=aarch64-linux-gnu-gcc \
	go test -short -count=1 -exec "qemu-aarch64 -L $QEMU_ROOT" ./internal/gdi
stage "linux/arm64 guard mode under qemu" env GOARCH=arm64 GDPURE_MEMGUARD=1 go test -short -count=1 -exec "qemu-aarch64 -L $QEMU_ROOT" ./internal/engine
stage "linux/arm64 in-engine suite in arm64 Godot under qemu, and the crash reports" env GODOT="$GODOT_ARM64" GODOTTEST_GOARCH=arm64 \
	go test -count=1 -run '^TestEngine$|^TestEngineFaultKeepsItsBacktrace$|^TestGoFatalErrorPrintsGoStackThenEngines$' ./internal/enginetest

# A plugin author's make build-all in a fresh gdgen init project: one library per platform, each
# of the right architecture and exporting the entry symbol.
build_all_scaffold() {
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"; "$wineserver" -k 2>/dev/null || true' EXIT
	go run ./cmd/gdgen init "$dir/crossgame" >/dev/null
	make -C "$dir/crossgame" build-all >/dev/null
	bin=$dir/crossgame/bin
	objdump -f "$bin/libcrossgame.linux.x86_64.so" | grep -q 'architecture: i386:x86-64'
	aarch64-linux-gnu-objdump -f "$bin/libcrossgame.linux.arm64.so" | grep -q 'architecture: aarch64'
	objdump -T "$bin/libcrossgame.linux.arm64.so" | grep -q ' gdpure_entry$' || aarch64-linux-gnu-objdump -T "$bin/libcrossgame.linux.arm64.so" | grep -q ' gdpure_entry$'
	x86_64-w64-mingw32-objdump -p "$bin/crossgame.windows.x86_64.dll" | grep -q '\] gdpure_entry$'
	ls -l "$bin"
}
stage "make build-all in a gdgen init project" build_all_scaffold
