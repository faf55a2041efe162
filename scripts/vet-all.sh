#!/bin/sh
# scripts/vet-all.sh [ci] — go vet and go build for linux, windows and darwin, each on amd64 and
# arm64: every platform gdpure builds for. Without cgo (cross-compiling turns it off) the entry
# package builds its stub, which is all vet needs.
#
# By default every package (and the benchmark driver) on every platform: about 10 minutes on two
# cores with a cold cache, most of it compiling and vetting package godot six times. With "ci",
# linux/amd64 gets every package; the other five platforms get every package below the engine API
# (those that do not import package godot), which hold all of gdpure's platform-specific code;
# package godot and those above it have none, and make test-cross compiles them for linux/arm64
# and windows/amd64.
set -eu
cd "$(dirname "$0")/.."
mode=${1:-full}
below=$(go list -f '{{.ImportPath}} {{join .Deps " "}}' ./... |
	awk '{dep=0; for (i=2;i<=NF;i++) if ($i=="github.com/gdpure/gdpure/godot") dep=1; if (!dep && $1!="github.com/gdpure/gdpure/godot") print $1}')
for os in linux windows darwin; do
	for arch in amd64 arm64; do
		start=$(date +%s)
		if [ "$mode" = full ] || [ "$os/$arch" = linux/amd64 ]; then
			GOOS=$os GOARCH=$arch go vet ./...
			GOOS=$os GOARCH=$arch go vet -tags gdpure_bench ./bench/...
			# classes' methods from the generated bindings (the tag gdpure_bound)
			GOOS=$os GOARCH=$arch go vet -tags gdpure_bound ./classdb/ ./demo_project/go/ ./godottest/
			GOOS=$os GOARCH=$arch go build ./...
			what="every package"
		else
			# shellcheck disable=SC2086
			GOOS=$os GOARCH=$arch go vet $below ./internal/winsmoke/...
			# shellcheck disable=SC2086
			GOOS=$os GOARCH=$arch go build $below ./internal/winsmoke/...
			what="every package below the engine API"
		fi
		case $os/$arch in
		linux/arm64 | windows/amd64)
			# The asm call path there needs cgo, which cross-compiling turns off: vet its files too.
			GOOS=$os GOARCH=$arch CGO_ENABLED=0 go vet -tags cgo ./internal/gdi
			what="$what, and the asm call path"
			;;
		esac
		echo "vet and build $os/$arch, $what: ok ($(($(date +%s) - start)) s)"
	done
done
