#!/bin/sh
# scripts/cross-tools.sh [windows] [arm64] [arm64-cc] — make sure the cross toolchains and emulators that
# make build-all and make test-cross use are here, and print their settings as shell assignments.
#
#   windows: mingw-w64's gcc (the final link of a plugin DLL), wine (runs Windows test programs),
#            and a wine prefix in .cache/wine with the one DLL Debian 12's wine 8 lacks for Go
#            programs (scripts/wine/bcryptprimitives.c);
#   arm64:   aarch64-linux-gnu-gcc with the arm64 C library (the final link of an arm64 plugin),
#            and, through scripts/godot.sh arm64, qemu-user and Debian's arm64 Godot in
#            .cache/godot-arm64, whose root is the sysroot arm64 test programs run in;
#   arm64-cc: the arm64 C compiler alone (for building, not running).
#
# Missing Debian packages are installed with apt-get (as root, as CI runs); nothing is downloaded
# from anywhere else. Prints WINE=, WINEPREFIX=, GODOT_ARM64= and QEMU_ROOT= lines for eval.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
want=${*:-windows arm64}

need=""
for w in $want; do
	case $w in
	windows)
		command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need="$need gcc-mingw-w64-x86-64"
		[ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1 || need="$need wine64"
		;;
	arm64 | arm64-cc)
		command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || need="$need gcc-aarch64-linux-gnu"
		[ -f /usr/aarch64-linux-gnu/include/stdio.h ] || need="$need libc6-dev-arm64-cross"
		;;
	*) echo "cross-tools: unknown target $w (windows, arm64 or arm64-cc)" >&2; exit 1 ;;
	esac
done
if [ -n "$need" ]; then
	echo "cross-tools: installing$need with apt-get" >&2
	{ apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends $need; } >&2 ||
		{ echo "cross-tools: apt-get could not install$need (run as root, or install them)" >&2; exit 1; }
fi

for w in $want; do
	case $w in
	windows)
		wine=/usr/lib/wine/wine64
		[ -x "$wine" ] || wine=$(command -v wine64)
		prefix=$root/.cache/wine
		if [ ! -f "$prefix/drive_c/windows/system32/bcryptprimitives.dll" ]; then
			echo "cross-tools: making the wine prefix $prefix" >&2
			mkdir -p "$prefix"
			WINEPREFIX=$prefix WINEDEBUG=-all "$wine" wineboot -i >/dev/null 2>&1 || true
			x86_64-w64-mingw32-gcc -shared -O2 -o "$prefix/bcryptprimitives.dll" "$root/scripts/wine/bcryptprimitives.c" -ladvapi32
			cp "$prefix/bcryptprimitives.dll" "$prefix/drive_c/windows/system32/bcryptprimitives.dll"
		fi
		echo "WINE=$wine"
		echo "WINEPREFIX=$prefix"
		;;
	arm64)
		g=$("$root/scripts/godot.sh" arm64)
		echo "GODOT_ARM64=$g"
		echo "QEMU_ROOT=$root/.cache/godot-arm64/root"
		;;
	arm64-cc) ;;
	esac
done
