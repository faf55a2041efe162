#!/bin/sh
# scripts/qemu-arm64.sh PROGRAM [ARGS…] — run a linux/arm64 program under qemu-aarch64 in the arm64
# root file system of scripts/cross-tools.sh (QEMU_ROOT), for go test -exec.
exec qemu-aarch64 -L "${QEMU_ROOT:?QEMU_ROOT: run scripts/cross-tools.sh arm64}" "$@"
