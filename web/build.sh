#!/usr/bin/env bash
# Builds the browser version of factdeck into OUTDIR (default web/dist).
#
# Used by `make web`, `go run ./cmd/serve`, the browser tests (web/e2e) and
# the benchmarks (bench/web, which builds its hello-world with it too), so
# there is one build. Run from anywhere: paths are resolved from the
# repository root.
#
#   web/build.sh [OUTDIR [PACKAGE]]
#
# PACKAGE defaults to ./cmd/factdeck. It is built for GOOS=js GOARCH=wasm
# with -trimpath -ldflags="-s -w", then `go run ./web/build` assembles the
# release (see web/build/main.go): index.html and sw.js, and under names
# that carry their content hash: the program, Go's wasm_exec.js, loader.js,
# style.css, favicon.svg, the web app manifest with its PNG icons, and for
# the app the fallback font it fetches when a deck needs it and the export
# module (cmd/quizexport) it fetches for a Kahoot or PDF export; text and wasm
# files with precompressed .gz and .br siblings.
#
# Compressing the wasm with brotli's best setting takes a while; files whose
# hash is already in OUTDIR are kept, so a rebuild with no change is quick.
set -euo pipefail

GO=${GO:-go}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
outdir=${1:-$root/web/dist}
pkg=${2:-./cmd/factdeck}
case $outdir in
/*) ;;
*) outdir=$PWD/$outdir ;;
esac

cd "$root"
mkdir -p "$outdir"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w" -o "$tmp/program.wasm" "$pkg"

goroot=$("$GO" env GOROOT)
wasm_exec=
# Go 1.24 moved the wasm support files from misc/wasm to lib/wasm.
for f in "$goroot/lib/wasm/wasm_exec.js" "$goroot/misc/wasm/wasm_exec.js"; do
	if [[ -f $f ]]; then
		wasm_exec=$f
		break
	fi
done
if [[ -z $wasm_exec ]]; then
	echo "web/build.sh: wasm_exec.js not found under $goroot/lib/wasm or $goroot/misc/wasm" >&2
	exit 1
fi

args=(-out "$outdir" -page web -wasm "$tmp/program.wasm" -wasm-exec "$wasm_exec")
if [[ $pkg == ./cmd/factdeck ]]; then
	# The browser build leaves this font out of the wasm (assets/fallback_js.go).
	args+=(-font-fallback assets/fonts/BIZUDPGothic-Fallback.subset.ttf)
	# Kahoot's xlsx and the PDF need libraries that would double the app's
	# download; they come in a module of their own, fetched on demand.
	GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w" -o "$tmp/quizexport.wasm" ./cmd/quizexport
	args+=(-export-wasm "$tmp/quizexport.wasm")
fi
"$GO" run ./web/build "${args[@]}"
