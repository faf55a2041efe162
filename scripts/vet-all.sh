#!/bin/sh
# scripts/vet-all.sh — go vet and go build of every package (and the benchmark driver) for linux,
# windows and darwin, each on amd64 and arm64: every platform gdpure builds for. Without cgo
# (cross-compiling turns it off) the entry package builds its stub, which is all vet needs.
set -eu
cd "$(dirname "$0")/.."
for os in linux windows darwin; do
	for arch in amd64 arm64; do
		start=$(date +%s)
		GOOS=$os GOARCH=$arch go vet ./...
		GOOS=$os GOARCH=$arch go vet -tags gdpure_bench ./bench/...
		GOOS=$os GOARCH=$arch go build ./...
		echo "vet and build $os/$arch: ok ($(($(date +%s) - start)) s)"
	done
done
