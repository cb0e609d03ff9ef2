#!/usr/bin/env bash
# Regenerates factdeck's embedded Japanese fonts and their licence file.
#
#   bash assets/fonts/subset.sh        (run from the repository root)
#
# Needs these Debian packages (and the Go toolchain):
#   fonts-morisawa-bizud-gothic  BIZ UDPGothic, Morisawa's Japanese UD gothic,
#                                SIL OFL 1.1: the source fonts and licence text
#   fonttools                    pyftsubset and the fontTools Python module
#   apt-get install fonts-morisawa-bizud-gothic fonttools
#
# Writes, in assets/fonts/:
#   BIZUDPGothic-Regular.subset.ttf   main face: what the app draws (see below)
#   BIZUDPGothic-Bold.subset.ttf      bold face, same characters, for headings/buttons
#   BIZUDPGothic-Fallback.subset.ttf  Regular: JIS X 0208 (level 1 + 2 kanji, kana,
#                                     symbols), NEC/IBM extensions (①, 髙), Latin,
#                                     Greek, Cyrillic, minus what the main face has
#   OFL.txt                           the copyright notice and SIL OFL 1.1 text
#
# The character lists come from `go run ./assets/fonts/chars` (see its doc
# comment): the corpus (as written and NFKC), the decks' string values, the UI
# strings of game/locale, and fixed ranges. Rerun this script whenever the
# corpus, a deck or a UI string changes; `go test ./assets/` fails until then.
#
# Output is deterministic: the same inputs and package versions give
# byte-identical files (head.modified is kept from the source font, never
# "now"; Python's hash seed is pinned).
set -euo pipefail

readonly SRC_DIR=/usr/share/fonts/truetype/bizud-gothic
readonly SRC_REGULAR=$SRC_DIR/BIZUDPGothic-Regular.ttf
readonly SRC_BOLD=$SRC_DIR/BIZUDPGothic-Bold.ttf
readonly COPYRIGHT=/usr/share/doc/fonts-morisawa-bizud-gothic/copyright
readonly OUT=assets/fonts
# The fallback face ships in every build, the wasm one included. Over this,
# cut the "jis" rows in chars/main.go to level 1 (and say so in README.md).
readonly FALLBACK_BUDGET=2500000 # bytes

die() {
	printf 'subset.sh: %s\n' "$*" >&2
	exit 1
}

[[ -d $OUT && -f go.mod && -d assets/corpus ]] ||
	die "run me from the repository root: bash assets/fonts/subset.sh"

missing=()
for pkg in fonts-morisawa-bizud-gothic fonttools; do
	status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
	[[ $status == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
	die "missing Debian package(s): ${missing[*]}
  install them with: apt-get install ${missing[*]}"
fi
for f in "$SRC_REGULAR" "$SRC_BOLD" "$COPYRIGHT" /usr/bin/pyftsubset; do
	[[ -e $f ]] || die "$f not found although its package is installed"
done
# pyftsubset runs on Debian's python3, whatever python3 comes first on PATH.
readonly PY=/usr/bin/python3
"$PY" -c 'import fontTools' 2>/dev/null || die "$PY cannot import fontTools (package fonttools)"
command -v go >/dev/null || die "the Go toolchain is needed (go run ./assets/fonts/chars)"

export PYTHONHASHSEED=0
# fontTools takes "now" from SOURCE_DATE_EPOCH when it stamps a font; we also
# tell pyftsubset not to restamp, so head.modified stays the source's.
export SOURCE_DATE_EPOCH=0
export LC_ALL=C.UTF-8

# A Reserved Font Name would oblige us to rename the subsets (OFL condition
# 3). Neither the copyright file nor the font's copyright record names one
# (checked for BIZ UDGothic 1.05); stop if a later version adds one.
if "$PY" - "$SRC_REGULAR" "$COPYRIGHT" <<'EOF'; then
import sys
from fontTools.ttLib import TTFont
notice = str(TTFont(sys.argv[1])['name'].getDebugName(0) or '')
copyright_head = open(sys.argv[2], encoding='utf-8').read().split('License:', 1)[0]
sys.exit(0 if 'reserved font name' in (notice + copyright_head).lower() else 1)
EOF
	die "the font now declares a Reserved Font Name: the subsets must be renamed (OFL condition 3), see assets/fonts/README.md"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go run ./assets/fonts/chars -set main >"$tmp/main.txt"
go run ./assets/fonts/chars -set fallback >"$tmp/fallback.txt"

# Tables kept: cmap glyf loca hmtx hhea head maxp post name OS/2, what the
# app's sfnt faces read (game/ui/fonts.go). Dropped: hinting (fpgm prep cvt
# gasp), vertical metrics (vhea vmtx), meta, DSIG, and the layout tables
# (GSUB: ccmp, liga, vert, aalt, jp78, ...; the font has no GPOS), which
# the app does not apply. All name records are kept: they carry the
# copyright, licence and trademark notices.
subset() { # source, unicodes file, output
	/usr/bin/pyftsubset "$1" \
		--unicodes-file="$2" \
		--output-file="$3" \
		--no-hinting \
		--layout-features='' \
		--drop-tables+=vhea,vmtx,meta,gasp,DSIG,GSUB,GPOS,GDEF \
		--name-IDs='*' \
		--name-languages='*' \
		--notdef-outline \
		--no-glyph-names \
		--no-recalc-timestamp \
		--canonical-order
}

# Subset into $tmp, then move into place, so a failure leaves the old files.
subset "$SRC_REGULAR" "$tmp/main.txt" "$tmp/BIZUDPGothic-Regular.subset.ttf"
subset "$SRC_BOLD" "$tmp/main.txt" "$tmp/BIZUDPGothic-Bold.subset.ttf"
subset "$SRC_REGULAR" "$tmp/fallback.txt" "$tmp/BIZUDPGothic-Fallback.subset.ttf"

# OFL.txt: the font's copyright notice (name ID 0), then the licence text
# as Debian's copyright file ships it (a "License: SIL-1.1" stanza, indented
# one space, blank lines written as " .").
{
	"$PY" -c 'import sys; from fontTools.ttLib import TTFont; print(TTFont(sys.argv[1])["name"].getDebugName(0))' "$SRC_REGULAR"
	printf '\n'
	printf 'This Font Software is licensed under the SIL Open Font License, Version 1.1.\n'
	printf 'This license is copied below, and is also available with a FAQ at:\n'
	printf 'https://scripts.sil.org/OFL\n\n'
	awk '
		on && /^[^ ]/ { exit }
		on { sub(/^ /, ""); if ($0 == ".") $0 = ""; print }
		prev == "" && /^License: SIL-1\.1$/ { on = 1 }
		{ prev = $0 }
	' "$COPYRIGHT"
} >"$tmp/OFL.txt"
grep -q 'SIL OPEN FONT LICENSE Version 1.1' "$tmp/OFL.txt" ||
	die "could not find the SIL OFL 1.1 text in $COPYRIGHT"

for f in BIZUDPGothic-Regular.subset.ttf BIZUDPGothic-Bold.subset.ttf \
	BIZUDPGothic-Fallback.subset.ttf OFL.txt; do
	mv "$tmp/$f" "$OUT/$f"
done
version=$(dpkg-query -W -f='${Version}' fonts-morisawa-bizud-gothic)
grep -qF "$version" "$OUT/README.md" 2>/dev/null ||
	printf 'subset.sh: warning: update the package version in %s to %s\n' "$OUT/README.md" "$version" >&2

# Report: the shipped text's characters that the font lacks (emoji, say: they
# will draw as the .notdef box), the coverage, and the sizes.
go run ./assets/fonts/chars -set content >"$tmp/content.txt"
"$PY" - "$tmp" "$SRC_REGULAR" "$OUT" <<'EOF'
import sys, unicodedata
from fontTools.ttLib import TTFont
from fontTools.subset import parse_unicodes
tmp, src, out = sys.argv[1:]
def load(name):
    cps = []
    for line in open(f'{tmp}/{name}.txt', encoding='utf-8'):
        cps += parse_unicodes(line.split('#')[0])
    return set(cps)
content, main, fallback = load('content'), load('main'), load('fallback')
cmap = TTFont(src).getBestCmap()
lack = sorted(c for c in content if c not in cmap)
print(f'main: {len(main)} code points asked ({len(content)} from corpus, decks and UI), '
      f'{sum(c in cmap for c in main)} in the font')
for c in lack:
    print(f'  warning: shipped text uses U+{c:04X} {chr(c)} '
          f'({unicodedata.name(chr(c), "?")}), which BIZ UDPGothic lacks')
print(f'fallback: {len(fallback)} code points asked, {sum(c in cmap for c in fallback)} in the font')
for name in ('Regular', 'Bold', 'Fallback'):
    f = TTFont(f'{out}/BIZUDPGothic-{name}.subset.ttf')
    tables = ' '.join(sorted(t for t in f.keys() if t != 'GlyphOrder'))
    print(f'{name}: {len(f.getGlyphOrder())} glyphs, tables {tables}')
EOF

for f in "$OUT"/BIZUDPGothic-*.subset.ttf "$OUT/OFL.txt"; do
	printf '%-45s %9d bytes raw %9d gzip -9\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
fb_size=$(wc -c <"$OUT/BIZUDPGothic-Fallback.subset.ttf")
if ((fb_size > FALLBACK_BUDGET)); then
	printf 'subset.sh: warning: the fallback face is %d bytes, over the %d budget\n' "$fb_size" "$FALLBACK_BUDGET" >&2
fi
