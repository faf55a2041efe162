#!/bin/sh
# scripts/lint.sh — staticcheck on the hand-written packages, and the race detector on the pure-Go
# tests of the packages below the engine API (where the binding's concurrency lives: variant's
# ownership slots and release queue, gdextension's buffers and owners, the call frames of
# internal/gdi). staticcheck comes from the Go module proxy at a pinned version.
#
# Left out, for time (two cores): staticcheck of package godot (almost all generated; 70 s) and the
# race detector on packages that import it (compiling package godot with -race takes 2 minutes).
# The in-engine suite runs the concurrency tests against the real engine in make test.
set -eu
cd "$(dirname "$0")/.."
staticcheck=honnef.co/go/tools/cmd/staticcheck@v0.8.2
# shellcheck disable=SC2046
go run $staticcheck $(go list ./... | grep -v '/godot$')
below=$(go list -f '{{.ImportPath}} {{join .Deps " "}}' ./... |
	awk '{dep=0; for (i=2;i<=NF;i++) if ($i=="github.com/gdpure/gdpure/godot") dep=1; if (!dep && $1!="github.com/gdpure/gdpure/godot") print $1}')
# shellcheck disable=SC2086
go test -race -count=1 $below
