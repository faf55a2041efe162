#!/bin/sh
# scripts/godot.sh — print the path of a headless-capable Godot >= 4.6, provisioning one if needed.
#
# Order of preference:
#   1. $GODOT, if set (it must run and be 4.6 or newer);
#   2. a `godot` on PATH that is 4.6 or newer;
#   3. a copy provisioned into the git-ignored cache folder .cache/godot of this checkout.
#
# Provisioning (Debian/Ubuntu amd64 only): Godot 4 is packaged in Debian unstable, whose libraries
# need a newer glibc than stable systems have. The package and every library it depends on are
# downloaded with the system's own apt (the mirror is read from the system apt configuration) and
# unpacked into a private root, started through that root's own dynamic loader. Nothing on the
# system is installed or changed. Re-running reuses a finished cache.
#
# `scripts/godot.sh arm64` does the same for Debian's arm64 Godot, in .cache/godot-arm64, started
# under qemu-user's qemu-aarch64 (installed with apt-get when missing: it needs root). The arm64
# root doubles as the sysroot that arm64 Go test binaries run in (qemu-aarch64 -L ROOT). $GODOT and
# the PATH are not consulted for arm64.
set -eu

arch=${1:-}
case "$arch" in
"" | amd64) arch= ;;
arm64) ;;
*) echo "gdpure: scripts/godot.sh: unknown architecture $arch (amd64 or arm64)" >&2; exit 1 ;;
esac

min_major=4
min_minor=6

die() {
	echo "gdpure: $*" >&2
	echo "gdpure: install Godot 4.6 or newer and set GODOT=/path/to/godot (or run 'make godot' on Debian/Ubuntu amd64)." >&2
	exit 1
}

# version_ok BIN: true when BIN runs headless and reports a version >= 4.6.
version_ok() {
	v=$("$1" --headless --version 2>/dev/null | tail -n 1) || return 1
	major=$(echo "$v" | cut -d. -f1)
	minor=$(echo "$v" | cut -d. -f2)
	case "$major$minor" in *[!0-9]*|"") return 1 ;; esac
	[ "$major" -gt "$min_major" ] || { [ "$major" -eq "$min_major" ] && [ "$minor" -ge "$min_minor" ]; }
}

if [ -z "$arch" ] && [ -n "${GODOT:-}" ]; then
	version_ok "$GODOT" || die "GODOT=$GODOT does not run as Godot $min_major.$min_minor or newer."
	echo "$GODOT"
	exit 0
fi
if [ -z "$arch" ] && command -v godot >/dev/null 2>&1 && version_ok "$(command -v godot)"; then
	command -v godot
	exit 0
fi

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/.cache/godot${arch:+-$arch}"
if [ -x "$dest/godot" ] && version_ok "$dest/godot"; then
	echo "$dest/godot"
	exit 0
fi

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || die "no Godot found, and automatic provisioning only works on Linux x86_64."
if [ -n "$arch" ] && ! command -v qemu-aarch64 >/dev/null 2>&1; then
	echo "gdpure: installing qemu-user (qemu-aarch64) with apt-get" >&2
	{ apt-get -q update && DEBIAN_FRONTEND=noninteractive apt-get -q install -y --no-install-recommends qemu-user; } >&2 ||
		die "qemu-aarch64 is missing and apt-get could not install qemu-user (run it as root)."
fi
command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 || die "no Godot found, and automatic provisioning needs apt-get and dpkg-deb (Debian/Ubuntu)."

# The Debian mirror, from the system apt configuration (deb822 first, then the one-line format).
uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | tr ' ' '\n' | awk '/debian\/?$/ {print; exit}')
[ -n "$uri" ] || uri=$(awk '$1=="deb" && $2 ~ /debian\/?$/ {print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null)
[ -n "$uri" ] || die "no Godot found, and no Debian mirror in the apt configuration to provision one from."

echo "gdpure: provisioning Godot into $dest (one-time, ~560 MB)" >&2
apt=$dest/apt
rm -rf "$dest/root"
mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/cache" "$dest/root"
echo "deb $uri sid main" > "$apt/sources.list"
: > "$apt/status"
set -- -o Dir::Etc::sourcelist="$apt/sources.list" -o Dir::Etc::sourceparts=- \
	-o Dir::State::Lists="$apt/lists" -o Dir::State::status="$apt/status" \
	-o Dir::Cache="$apt/cache" -o Dir::Cache::archives="$apt/archives" \
	-o Debug::NoLocking=1 -o APT::Architecture=${arch:-amd64} -q
apt-get "$@" update >&2 || die "apt-get update from $uri failed."
apt-get "$@" install -y --download-only --no-install-recommends godot >&2 || die "downloading the godot package failed."
for deb in "$apt"/archives/*.deb; do dpkg-deb -x "$deb" "$dest/root"; done
if [ -z "$arch" ]; then
	lib=$dest/root/usr/lib/x86_64-linux-gnu
	cat > "$dest/godot" <<LAUNCH
#!/bin/sh
exec "$lib/ld-linux-x86-64.so.2" --library-path "$lib:$lib/pulseaudio" "$dest/root/usr/bin/godot" "\$@"
LAUNCH
else
	lib=$dest/root/usr/lib/aarch64-linux-gnu
	# The loader looks for /lib/ld-linux-aarch64.so.1 of libraries' own dependencies in the root.
	mkdir -p "$dest/root/lib"
	ln -sf ../usr/lib/aarch64-linux-gnu/ld-linux-aarch64.so.1 "$dest/root/lib/ld-linux-aarch64.so.1"
	cat > "$dest/godot" <<LAUNCH
#!/bin/sh
exec qemu-aarch64 -L "$dest/root" "$lib/ld-linux-aarch64.so.1" --library-path "$lib:$lib/pulseaudio" "$dest/root/usr/bin/godot" "\$@"
LAUNCH
fi
chmod +x "$dest/godot"
rm -rf "$apt/archives" "$apt/cache"
version_ok "$dest/godot" || die "the provisioned Godot in $dest does not run."
echo "$dest/godot"
