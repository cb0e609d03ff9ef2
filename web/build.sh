#!/usr/bin/env bash
# Builds the browser version of factdeck into OUTDIR (default web/dist).
#
# Used by both `make web` and `go run ./cmd/serve`, so there is one build.
# Run from anywhere: paths are resolved from the repository root.
#
#   web/build.sh [OUTDIR]
#
# OUTDIR gets:
#   factdeck.wasm      GOOS=js GOARCH=wasm, -trimpath, -ldflags="-s -w"
#   factdeck.wasm.gz   gzip -9 -n of the above (deterministic)
#   wasm_exec.js       copied from the installed Go toolchain (never committed)
#   index.html         web/index.html with the raw wasm size written into
#                      <meta name="factdeck-wasm-size">, which loader.js uses
#                      for the progress bar when the response is gzipped
#   loader.js, style.css, favicon.svg
#
# factdeck.wasm and its .gz are only replaced when the new build differs, so
# their modification times (and HTTP Last-Modified) stay put across no-op
# rebuilds.
set -euo pipefail

GO=${GO:-go}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
outdir=${1:-$root/web/dist}
case $outdir in
/*) ;;
*) outdir=$PWD/$outdir ;;
esac

cd "$root"
mkdir -p "$outdir"

wasm=$outdir/factdeck.wasm
tmp=$outdir/.factdeck.wasm.tmp
trap 'rm -f "$tmp" "$tmp.gz" "$outdir/.index.html.tmp"' EXIT

GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags="-s -w" -o "$tmp" ./cmd/factdeck

if [[ -f $wasm && -f $wasm.gz ]] && cmp -s "$tmp" "$wasm"; then
	rm -f "$tmp"
else
	gzip -9 -n -c "$tmp" >"$tmp.gz"
	mv -f "$tmp" "$wasm"
	# The .gz must not be older than the .wasm: cmd/serve ignores a stale one.
	mv -f "$tmp.gz" "$wasm.gz"
	touch "$wasm.gz"
fi

goroot=$("$GO" env GOROOT)
wasm_exec=
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
cp -f "$wasm_exec" "$outdir/wasm_exec.js"

raw_size=$(wc -c <"$wasm" | tr -d ' ')
gz_size=$(wc -c <"$wasm.gz" | tr -d ' ')

sed "s/__FACTDECK_WASM_SIZE__/$raw_size/g" web/index.html >"$outdir/.index.html.tmp"
mv -f "$outdir/.index.html.tmp" "$outdir/index.html"
cp -f web/loader.js web/style.css web/favicon.svg "$outdir/"

human() {
	awk -v n="$1" 'BEGIN { printf "%.1f MiB", n / 1048576 }'
}
echo "web: built ${outdir#"$root"/}"
printf 'web: factdeck.wasm     %10d bytes (%s)\n' "$raw_size" "$(human "$raw_size")"
printf 'web: factdeck.wasm.gz  %10d bytes (%s)\n' "$gz_size" "$(human "$gz_size")"
