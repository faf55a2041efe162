# gdpure — the two set-up commands are `make demo` and `make test`; both provision Godot if needed.
GO      ?= go
GODOT_BIN = $(shell ./scripts/godot.sh)

.PHONY: all godot api generate build build-all demo screenshot test test-cross test-next-go soak bench bench-engine vet fmt-check mutants churn

all: build

## godot: print the engine gdpure uses, provisioning Godot 4.6 into .cache/godot when needed.
godot:
	@./scripts/godot.sh

## api: dump extension_api.json and gdextension_interface.json from the engine into api/ (committed).
api:
	@g=$$(./scripts/godot.sh) && tmp=$$(mktemp -d) && cd $$tmp && \
	"$$g" --headless --dump-extension-api-with-docs >/dev/null 2>&1 && \
	"$$g" --headless --dump-gdextension-interface-json >/dev/null 2>&1 && \
	cp extension_api.json gdextension_interface.json $(CURDIR)/api/ && cd $(CURDIR) && rm -rf $$tmp && \
	echo "api/ updated from $$("$$g" --headless --version | tail -n 1)"

## generate: regenerate every generated file (z*.go) from the pinned API files.
generate:
	$(GO) run ./cmd/gdgen -api api -out .
	gofmt -l . | grep -v '^$$' && exit 1 || true

# The demo library's file for this machine, as demo_project/demo.gdextension names it.
DEMO_LIB = demo_project/bin/$(shell $(GO) env GOOS GOARCH | tr '\n' ' ' | sed \
	-e 's|^linux amd64 $$|libdemo.linux.x86_64.so|' -e 's|^linux arm64 $$|libdemo.linux.arm64.so|' \
	-e 's|^windows amd64 $$|demo.windows.x86_64.dll|' -e 's|^windows arm64 $$|demo.windows.arm64.dll|' \
	-e 's|^darwin amd64 $$|libdemo.macos.x86_64.dylib|' -e 's|^darwin arm64 $$|libdemo.macos.arm64.dylib|')

## build: compile everything, and the demo extension as a shared library for this machine.
build:
	$(GO) build ./...
	$(GO) build -tags gdpure_bound -buildmode=c-shared -o $(DEMO_LIB) ./demo_project/go

## build-all: the demo extension for every platform this machine can target (Linux x86_64 and
## arm64, Windows x86_64), installing Debian's cross compilers when missing (scripts/build-all.sh).
build-all:
	@./scripts/build-all.sh ./demo_project/go demo_project/bin demo

## demo: build the demo's Go extension and run the demo game in headless Godot, a deterministic bot
## playing 3600 frames at a fixed 60 fps (the same output every run); then prints a summary.
demo: build
	@g=$$(./scripts/godot.sh) && mkdir -p demo_project/.godot && \
	echo "res://demo.gdextension" > demo_project/.godot/extension_list.cfg && \
	"$$g" --headless --path demo_project --fixed-fps 60 --quit-after 5000 -- --bot

## screenshot: render frame SCREENSHOT_FRAMES of the running demo (5 s in at 60 fps, when both kinds
## of enemy are out) to docs/screenshot.png, in Xvfb with Mesa's software OpenGL (installs the
## system package xvfb when missing; Mesa goes into .cache/screenshot). Not part of test or CI.
SCREENSHOT_FRAMES ?= 300
screenshot: build
	@FRAMES=$(SCREENSHOT_FRAMES) ./scripts/screenshot.sh docs/screenshot.png

## test: the whole suite — pure-Go tests and the in-engine suite on both call paths, and the
## in-engine suite once more on both under guard mode and GC stress (GDPURE_SUITE_GUARD=1), all
## in one go test: the engine runs overlap the builds and other packages' tests. Test binaries are
## built position-independent (-buildmode=pie), as the extension is, so they share its compiled
## packages (the engine API is compiled once, not once for the library and once for the tests).
test:
	@GODOT=$$(./scripts/godot.sh) && export GODOT && start=$$(date +%s) && \
	GODOTTEST_BUILD_CACHE=$$(mktemp -d) && export GODOTTEST_BUILD_CACHE && trap 'rm -rf "$$GODOTTEST_BUILD_CACHE"' EXIT && \
	GDPURE_SUITE_GUARD=1 $(GO) test -buildmode=pie -count=1 -timeout 30m ./... && end=$$(date +%s) && \
	echo "== make test: go test ./... (pure-Go tests, the in-engine suite on both paths, normal and guard mode) took $$((end - start)) s"

## test-cross: the platforms this machine can run besides its own (scripts/test-cross.sh):
## windows/amd64 under wine (pure-Go tests, a plugin DLL driven like Godot does), linux/arm64 under
## qemu-user (pure-Go tests, the in-engine suite in Debian's arm64 Godot). Installs the cross
## toolchains and emulators from Debian's packages when missing (as root).
test-cross:
	@./scripts/test-cross.sh

## soak: the in-engine soak test (Soak/Mixed: Go class instances, calls both ways, signals,
## callables, RefCounted values and goroutines at once) for SOAK_SECONDS under guard mode and GC
## stress, then a million calls into Go from four engine threads while goroutines make engine
## values (tests/test_threads.gd, THREAD_CALLS per thread). Passes when every result was right and,
## at exit, no instance leaked and no C buffer is live. THREAD_STRESS=1 runs the thread stage under
## guard mode and GC stress too (a full collection at every callback: about 70 minutes here).
SOAK_SECONDS ?= 60
THREAD_CALLS ?= 250000
THREAD_STRESS ?=
THREAD_ENV = $(if $(THREAD_STRESS),GDPURE_MEMGUARD=1 GDPURE_GCSTRESS=1 GOGC=1 GDPURE_TEST_TIMEOUT=10800 GODOTTEST_TIMEOUT=3h,)
soak:
	@GODOT=$$(./scripts/godot.sh) && export GODOT && out=$$(mktemp) && \
	{ GDPURE_SOAK_SECONDS=$(SOAK_SECONDS) GDPURE_MEMGUARD=1 GDPURE_GCSTRESS=1 GOGC=1 GODOTTEST_RUN='^Soak/' \
	$(GO) test -count=1 -v -run 'TestEngine/asm$$' ./internal/enginetest > $$out 2>&1 && \
	$(THREAD_ENV) GDPURE_THREAD_CALLS=$(THREAD_CALLS) GODOTTEST_RUN='^gdscript/test_threads/' \
	$(GO) test -count=1 -v -timeout 4h -run 'TestEngine/asm$$' ./internal/enginetest >> $$out 2>&1; rc=$$?; }; \
	if [ $$rc -eq 0 ]; then grep -E '^(ok|---)|soak_cases|test_threads|ledger' $$out; else cat $$out; fi; rm -f $$out; exit $$rc

## test-next-go: the in-engine suite (asm path, which leans on Go runtime internals) built with the
## next Go release, NEXT_GO, which the go command takes from the Go module proxy (GOTOOLCHAIN).
NEXT_GO ?= go1.27.3
test-next-go:
	@GODOT=$$(./scripts/godot.sh) && export GODOT && \
	GOTOOLCHAIN=$(NEXT_GO) $(GO) version && \
	GOTOOLCHAIN=$(NEXT_GO) $(GO) test -count=1 -run 'TestEngine/asm$$' ./internal/enginetest

## mutants: plant each lifetime bug of internal/mutants in turn and check the tests catch it, in
## normal mode and under guard mode with GC stress; prints the table, fails if one survives.
## MUTANTS_FLAGS=-until-caught (CI) skips the guard run of a mutant that normal mode caught.
mutants:
	@GODOT=$$(./scripts/godot.sh) && export GODOT && $(GO) run ./internal/mutants $(MUTANTS_FLAGS)

## churn: the churn test, 10 runs of 10 s in normal and in guard + GC-stress mode.
churn:
	@./scripts/churn.sh 10 10

## bench: the benchmark table (bench/ext): every operation in the C reference extension, through cgo,
## in GDScript and through gdpure, interleaved repetitions in one engine run; writes
## bench/out/results.tsv (medians), samples.tsv and table.txt, and prints the table.
## GDPURE_BENCH_REPS (default 5) and GDPURE_BENCH_TIME (seconds per benchmark, default 0.1) tune it.
bench:
	@GODOT=$$(./scripts/godot.sh) && export GODOT && \
	GDPURE_BENCH=1 $(GO) test -tags gdpure_bench -count=1 -run '^TestTable$$' ./bench/ext/ && cat bench/out/table.txt

## bench-engine: gdpure's own in-engine micro benchmarks (ns/op and allocs/op measured inside Godot).
bench-engine:
	@GODOT=$$(./scripts/godot.sh) && export GODOT && \
	$(GO) test -run '^$$' -bench . -benchmem ./internal/enginetest/

## vet: go vet for linux, windows and darwin, each on amd64 and arm64.
vet:
	@./scripts/vet-all.sh

fmt-check:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
