#!/usr/bin/env bash
# Installs the Debian packages that factdeck's desktop build, tests and
# browser checks need (run by `make deps`, and so by `make run` and
# `make test`).
#
# As root, missing packages are installed with apt-get. Otherwise the exact
# command to run is printed and the script fails if anything is missing.
set -euo pipefail

packages=(
	# C toolchain for cgo (Ebitengine's GLFW on Linux).
	gcc libc6-dev pkg-config
	# X11 / OpenGL / ALSA headers for the desktop build.
	libx11-dev libxrandr-dev libxcursor-dev libxinerama-dev libxi-dev libxxf86vm-dev
	libgl1-mesa-dev libasound2-dev
	# Headless display for tests and screenshots (xwd), and xwd -> png.
	xvfb xauth x11-apps imagemagick xdotool
	# The Japanese UI font and tools to subset / inspect it.
	fonts-morisawa-bizud-gothic fonttools
	# The browser tests and benchmarks of the web build (web/e2e, bench/web:
	# headless, WebGL on SwiftShader), and node to run GOOS=js tests.
	chromium nodejs
	# assets/fonts/subset.sh's size report (web/build compresses in Go).
	gzip
	# deckgen reads PDF documents with pdftotext; the PDF export's test
	# renders its pages (pdftoppm) and copies its text back (pdftotext).
	poppler-utils
)

missing=()
for p in "${packages[@]}"; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	if [[ $status != "install ok installed" ]]; then
		missing+=("$p")
	fi
done
# A node from outside Debian (e.g. another nodejs build) is fine too.
if command -v node >/dev/null 2>&1; then
	for i in "${!missing[@]}"; do
		[[ ${missing[$i]} == nodejs ]] && unset 'missing[i]'
	done
	missing=("${missing[@]}")
fi

if ((${#missing[@]} == 0)); then
	echo "deps: all ${#packages[@]} Debian packages present"
	exit 0
fi

install=(apt-get install -y --no-install-recommends "${missing[@]}")
if [[ $(id -u) != 0 ]]; then
	echo "deps: missing Debian packages: ${missing[*]}" >&2
	echo "deps: install them with:" >&2
	echo "  sudo apt-get update && sudo ${install[*]}" >&2
	exit 1
fi

echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
"${install[@]}"
