#!/bin/sh
# scripts/build-all.sh PKG BINDIR NAME — build the Go extension in package PKG for every platform
# this machine can target, into BINDIR under the file names the project's .gdextension lists:
#
#   linux/amd64    BINDIR/libNAME.linux.x86_64.so
#   linux/arm64    BINDIR/libNAME.linux.arm64.so     (aarch64-linux-gnu-gcc for the final link)
#   windows/amd64  BINDIR/NAME.windows.x86_64.dll    (mingw-w64's gcc for the final link)
#
# macOS libraries (libNAME.macos.arm64.dylib, libNAME.macos.x86_64.dylib) need Apple's linker:
# build them on a Mac (make build there). Windows arm64 needs an arm64 mingw, which Debian lacks.
# The cross compilers come from Debian's packages (scripts/cross-tools.sh installs them).
# Built with -tags gdpure_bound: PKG needs its generated bindings (gdgen bind).
set -eu
pkg=$1 bindir=$2 name=$3
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/cross-tools.sh" windows arm64-cc >/dev/null
mkdir -p "$bindir"
build() { # GOOS GOARCH CC FILE
	start=$(date +%s)
	GOOS=$1 GOARCH=$2 CGO_ENABLED=1 CC=$3 go build -tags gdpure_bound -buildmode=c-shared -o "$bindir/$4" "$pkg"
	rm -f "$bindir/${4%.*}.h"
	echo "built $bindir/$4 ($1/$2, $(($(date +%s) - start)) s)"
}
build linux amd64 gcc "lib$name.linux.x86_64.so"
build linux arm64 aarch64-linux-gnu-gcc "lib$name.linux.arm64.so"
build windows amd64 x86_64-w64-mingw32-gcc "$name.windows.x86_64.dll"
