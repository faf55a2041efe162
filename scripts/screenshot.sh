#!/bin/sh
# scripts/screenshot.sh [OUT.png] — run the demo game in a real (virtual) window and save one of its
# frames as a PNG (default docs/screenshot.png). `make screenshot` builds the demo, then runs this.
#
# Settings (environment): FRAMES (the frame saved, default 120: two seconds of game time at the
# fixed 60 fps), PROJECT (default demo_project), GAME_ARGS (arguments for the game, after `--`).
# The picture has the project's window size (display/window/size/viewport_width and _height;
# Godot's default is 1152x648).
#
# How: Godot's Movie Maker mode (--write-movie) runs the project as a player starts it, main scene,
# autoloads and all, at a fixed 60 fps, and writes every rendered frame as a PNG; Godot quits after
# FRAMES frames and the last one is kept. Nothing in the project is specific to this: any game works.
# It renders with the Compatibility renderer (OpenGL 3) on an X server without a screen, Xvfb, using
# Mesa's software OpenGL (llvmpipe), so no GPU is needed.
#
# Provisioning (Debian/Ubuntu amd64), idempotent:
#   - Xvfb: the system's own `xvfb` package, installed with apt-get when missing (the only change
#     to the system; needs root);
#   - Mesa: the provisioned Godot (.cache/godot, from Debian unstable) has no OpenGL libraries, so
#     Mesa's software OpenGL and its dependencies are downloaded from the same unstable suite with the
#     system's apt and unpacked into .cache/screenshot/root, an overlay started in front of Godot's
#     private root. Re-running reuses a finished overlay; it is rebuilt when Godot is re-provisioned.
#   Any other Godot (a `godot` on PATH, or $GODOT naming one) is run as it is, with the system's OpenGL.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshot.png}
frames=${FRAMES:-120}
project=${PROJECT:-$root/demo_project}

die() { echo "screenshot: $*" >&2; exit 1; }
case "$frames" in ''|*[!0-9]*) die "FRAMES=$frames is not a number of frames." ;; esac
[ -f "$project/project.godot" ] || die "no Godot project in $project."

godot=$("$root/scripts/godot.sh")

# Xvfb, from the system's packages.
if ! command -v Xvfb >/dev/null 2>&1; then
	[ "$(id -u)" = 0 ] || die "Xvfb is missing: install the xvfb package (sudo apt-get install xvfb)."
	command -v apt-get >/dev/null 2>&1 || die "Xvfb is missing and there is no apt-get to install it with."
	echo "screenshot: installing the system package xvfb (one-time)" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb >&2 ||
		die "apt-get install xvfb failed."
fi

# Mesa's software OpenGL as an overlay on the provisioned Godot's private root.
gl_packages="libgl1 libglx-mesa0 libgl1-mesa-dri libegl1 libegl-mesa0 libgbm1"
run_godot() { "$godot" "$@"; }
# A Godot provisioned by scripts/godot.sh (of this or another checkout: $GODOT may name it) is the
# launcher `godot` beside its private root and apt folder.
gdir=$(cd "$(dirname "$godot")" && pwd)
if [ "$(basename "$godot")" = godot ] && [ -x "$gdir/root/usr/bin/godot" ] && [ -f "$gdir/apt/sources.list" ]; then
	base=$gdir/root
	dest=$(dirname "$gdir")/screenshot
	overlay=$dest/root
	lib=$overlay/usr/lib/x86_64-linux-gnu
	# The overlay is built for one unpacking of Godot's root (its libraries must be as new), and
	# by one checkout at a time (the cache may be shared by several worktrees).
	mkdir -p "$dest"
	exec 9>"$dest/lock"
	flock 9
	stamp="$(stat -c '%i %Y' "$base/usr/bin/godot") $gl_packages"
	if [ "$(cat "$dest/done" 2>/dev/null)" != "$stamp" ]; then
		uri=$(awk '$1 == "deb" && $3 == "sid" {print $2; exit}' "$gdir/apt/sources.list")
		[ -n "$uri" ] || die "no Debian mirror in $gdir/apt/sources.list (written by scripts/godot.sh)."
		echo "screenshot: provisioning Mesa's software OpenGL into $overlay (one-time, ~60 MB download)" >&2
		apt=$dest/apt
		rm -rf "$overlay" "$dest/done"
		mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/cache" "$overlay"
		echo "deb $uri sid main" > "$apt/sources.list"
		: > "$apt/status"
		set -- -o Dir::Etc::sourcelist="$apt/sources.list" -o Dir::Etc::sourceparts=- \
			-o Dir::State::Lists="$apt/lists" -o Dir::State::status="$apt/status" \
			-o Dir::Cache="$apt/cache" -o Dir::Cache::archives="$apt/archives" \
			-o Debug::NoLocking=1 -o APT::Architecture=amd64 -q
		apt-get "$@" update >&2 || die "apt-get update from $uri failed."
		# shellcheck disable=SC2086
		apt-get "$@" install -y --download-only --no-install-recommends $gl_packages >&2 ||
			die "downloading Mesa ($gl_packages) failed."
		for deb in "$apt"/archives/*.deb; do dpkg-deb -x "$deb" "$overlay"; done
		rm -rf "$apt/archives" "$apt/cache"
		[ -e "$lib/libGL.so.1" ] && [ -e "$lib/libGLX_mesa.so.0" ] && [ -e "$lib/ld-linux-x86-64.so.2" ] ||
			die "the Mesa packages unpacked into $overlay lack libGL.so.1, libGLX_mesa.so.0 or the loader."
		echo "$stamp" > "$dest/done"
	fi
	exec 9>&-
	# The overlay's loader and libraries come first: they are at least as new as those of Godot's
	# root, so every library Godot's root provides alone still finds what it was built against.
	base_lib=$base/usr/lib/x86_64-linux-gnu
	run_godot() {
		LIBGL_DRIVERS_PATH=$lib/dri __EGL_VENDOR_LIBRARY_DIRS=$overlay/usr/share/glvnd/egl_vendor.d \
			"$lib/ld-linux-x86-64.so.2" --library-path "$lib:$base_lib:$base_lib/pulseaudio" \
			"$base/usr/bin/godot" "$@"
	}
fi

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
	[ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Xvfb picks a free display itself and writes its number once it accepts connections.
Xvfb -displayfd 3 -screen 0 3840x2160x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
i=0
while [ ! -s "$tmp/display" ]; do
	kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log" >&2; die "Xvfb did not start."; }
	i=$((i + 1))
	[ "$i" -le 100 ] || die "Xvfb did not start within 10 s."
	sleep 0.1
done
display=:$(cat "$tmp/display")

# As `make demo` does: list the project's extensions for Godot (the editor would write this file).
mkdir -p "$project/.godot"
(cd "$project" && find . -path ./.godot -prune -o -name '*.gdextension' -print | sed 's|^\./|res://|') \
	>"$project/.godot/extension_list.cfg"
# Imported assets (textures, sounds, fonts: the files with a .import beside them) must be imported
# once before a game can load them; the editor does that, headless.
if [ ! -d "$project/.godot/imported" ] &&
	[ -n "$(find "$project" -path "$project/.godot" -prune -o -name '*.import' -print | head -n 1)" ]; then
	echo "screenshot: importing the project's assets (headless editor)" >&2
	"$godot" --headless --path "$project" --import >"$tmp/import.log" 2>&1 || { cat "$tmp/import.log" >&2; die "importing failed."; }
fi
echo "screenshot: rendering $frames frames of $project (Xvfb $display, Mesa llvmpipe)" >&2
status=0
DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1 GALLIUM_DRIVER=llvmpipe MESA_SHADER_CACHE_DISABLE=true \
	run_godot --path "$project" --display-driver x11 --rendering-driver opengl3 \
	--rendering-method gl_compatibility --audio-driver Dummy --position 0,0 \
	--fixed-fps 60 --write-movie "$tmp/frame.png" --quit-after "$frames" -- ${GAME_ARGS:-} >"$tmp/godot.log" 2>&1 || status=$?
last=$(ls "$tmp"/frame*.png 2>/dev/null | sort | tail -n 1)
if [ "$status" != 0 ] || [ -z "$last" ]; then
	cat "$tmp/godot.log" >&2
	[ "$status" = 0 ] || die "Godot exited with status $status."
	die "Godot rendered no frame (the game quit before its first frame?)."
fi
grep -m 1 '^OpenGL API' "$tmp/godot.log" | sed 's/^/screenshot: /' >&2 || true
# Errors the game printed are shown: they may explain a picture that is not what was expected.
grep -E '^(ERROR|SCRIPT ERROR|USER ERROR):' "$tmp/godot.log" >&2 || true
mkdir -p "$(dirname "$out")"
cp "$last" "$out"
n=$(basename "$last" .png | sed 's/^frame0*//')
n=$((${n:-0} + 1))
[ "$n" -ge "$frames" ] || echo "screenshot: the game quit by itself after $n of the $frames frames" >&2
echo "screenshot: wrote $out (frame $n of the game)" >&2
