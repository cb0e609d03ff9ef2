// Command chars prints the Unicode code points that factdeck's subset fonts
// must contain. assets/fonts/subset.sh runs it from the repository root and
// hands its output to pyftsubset --unicodes-file.
//
// Usage (from the repository root):
//
//	go run ./assets/fonts/chars -set main      # what the app itself draws
//	go run ./assets/fonts/chars -set content   # main without the fixed ranges
//	go run ./assets/fonts/chars -set jis       # every JIS X 0208 character
//	go run ./assets/fonts/chars -set fallback  # jis + Latin/Greek/Cyrillic, minus main
//
// The output is one code point a line, "U+XXXX # c", sorted ascending, so
// the same inputs always give the same bytes. Control characters (\n, \t,
// ...) are never listed: they have no glyph. A code point the source font
// lacks may be listed; pyftsubset skips it and subset.sh reports it.
//
// The "main" set is every character of assets/corpus/*.txt and of the string
// values in assets/decks/*.json, each both as written and after NFKC
// normalisation; every UI string of game/locale (locale.All); and the fixed
// ranges in fixedMain (ASCII, Latin-1 punctuation, kana, CJK punctuation,
// full-width forms, UI symbols).
//
// The "jis" set is derived from golang.org/x/text's EUC-JP decoder, not from
// a downloaded table: every two-byte EUC-JP code 0xA1A1..0xFEFE is decoded,
// and the row (ku) of the code tells which part of JIS X 0208 it is.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"unicode"
	"unicode/utf8"

	"factdeck/game/locale"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/unicode/norm"
)

// span is an inclusive range of code points.
type span struct{ lo, hi rune }

// fixedMain is always in the main subset, whatever the corpus holds: the
// characters a deck or a UI string may plausibly use next.
var fixedMain = []span{
	{0x0020, 0x007E}, // printable ASCII
	{0x00A0, 0x00BF}, // Latin-1 punctuation and symbols (¡ « ° · » ¿ ...)
	{0x00D7, 0x00D7}, // ×
	{0x00F7, 0x00F7}, // ÷
	{0x2010, 0x2027}, // ‐ – — ― ‘ ’ “ ” † ‡ • ‥ …
	{0x2030, 0x2030}, // ‰
	{0x2032, 0x2033}, // ′ ″
	{0x203B, 0x203B}, // ※
	{0x2190, 0x2193}, // ← ↑ → ↓
	{0x25A0, 0x25A1}, // ■ □
	{0x25B2, 0x25B3}, // ▲ △
	{0x25BC, 0x25BD}, // ▼ ▽
	{0x25C6, 0x25C7}, // ◆ ◇
	{0x25CB, 0x25CB}, // ○
	{0x25CE, 0x25CF}, // ◎ ●
	{0x25EF, 0x25EF}, // ◯
	{0x2605, 0x2606}, // ★ ☆
	{0x2713, 0x2713}, // ✓
	{0x2717, 0x2717}, // ✗ (not in BIZ UDPGothic: use × instead)
	{0x3000, 0x303F}, // CJK symbols and punctuation (、。「」〜 ...)
	{0x3041, 0x3096}, // hiragana
	{0x3099, 0x309F}, // combining (semi-)voiced marks, ゝゞゟ
	{0x30A0, 0x30FF}, // katakana, ・, ー
	{0x31F0, 0x31FF}, // small katakana for Ainu (ㇰ ...)
	{0xFF01, 0xFF5E}, // full-width ASCII forms (！ ... ～, incl. ＿)
	{0xFF61, 0xFF9F}, // half-width katakana and punctuation
}

// fixedFallback is the non-JIS part of the fallback face: the Latin, Greek
// and Cyrillic blocks. Only what the font has ends up in the subset.
var fixedFallback = []span{
	{0x0020, 0x024F}, // Basic Latin, Latin-1, Latin Extended-A and -B
	{0x1E00, 0x1EFF}, // Latin Extended Additional
	{0x0370, 0x03FF}, // Greek and Coptic
	{0x0400, 0x04FF}, // Cyrillic
}

// JIS X 0208 rows (ku), 1-based, as EUC-JP encodes them (0xA0+row).
const (
	rowNonKanjiLast = 8  // rows 1-8: symbols, digits, Latin, kana, Greek, Cyrillic, box drawing
	rowNEC          = 13 // NEC special characters (①, Ⅰ, ㍉, ...), Windows-31J only
	rowLevel1First  = 16 // level 1 kanji: rows 16-47
	rowLevel1Last   = 47
	rowLevel2First  = 48 // level 2 kanji: rows 48-84
	rowLevel2Last   = 84
	rowIBMFirst     = 89 // NEC-selected IBM extensions (髙, 﨑, ...), Windows-31J only
	rowIBMLast      = 92
)

// jisRows are the rows that make up the "jis" set: all of JIS X 0208 plus
// the two Windows-31J extension areas that the EUC-JP decoder also knows,
// because Japanese text written on Windows uses ①② and 髙﨑 freely.
func jisRow(row int) bool {
	switch {
	case row >= 1 && row <= rowNonKanjiLast:
		return true
	case row == rowNEC:
		return true
	case row >= rowLevel1First && row <= rowLevel2Last:
		return true
	case row >= rowIBMFirst && row <= rowIBMLast:
		return true
	}
	return false
}

func main() {
	set := flag.String("set", "main", "which set to print: main, content, jis or fallback")
	root := flag.String("root", ".", "repository root")
	flag.Parse()

	var (
		cps map[rune]bool
		err error
	)
	switch *set {
	case "main":
		cps, err = mainSet(*root)
	case "content":
		cps, err = contentSet(*root)
	case "jis":
		cps, err = jisSet()
	case "fallback":
		cps, err = fallbackSet(*root)
	default:
		err = fmt.Errorf("unknown -set %q (want main, content, jis or fallback)", *set)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "chars:", err)
		os.Exit(1)
	}
	if err := write(os.Stdout, cps); err != nil {
		fmt.Fprintln(os.Stderr, "chars:", err)
		os.Exit(1)
	}
}

// write prints the set sorted, one "U+XXXX # c" line per code point.
func write(w io.Writer, cps map[rune]bool) error {
	list := make([]rune, 0, len(cps))
	for r := range cps {
		list = append(list, r)
	}
	slices.Sort(list)
	buf := make([]byte, 0, len(list)*12)
	for _, r := range list {
		buf = fmt.Appendf(buf, "U+%04X # %c\n", r, r)
	}
	_, err := w.Write(buf)
	return err
}

// addText adds every character of s, as written and after NFKC.
func addText(cps map[rune]bool, s string) error {
	if !utf8.ValidString(s) {
		return errors.New("invalid UTF-8")
	}
	for _, t := range []string{s, norm.NFKC.String(s)} {
		for _, r := range t {
			if unicode.IsControl(r) {
				continue
			}
			cps[r] = true
		}
	}
	return nil
}

func addSpans(cps map[rune]bool, spans []span) {
	for _, s := range spans {
		for r := s.lo; r <= s.hi; r++ {
			if !unicode.IsControl(r) {
				cps[r] = true
			}
		}
	}
}

func mainSet(root string) (map[rune]bool, error) {
	cps, err := contentSet(root)
	if err != nil {
		return nil, err
	}
	addSpans(cps, fixedMain)
	return cps, nil
}

// contentSet is the text the app ships: corpus, decks and UI strings.
func contentSet(root string) (map[rune]bool, error) {
	cps := map[rune]bool{}
	for _, s := range locale.All() {
		if err := addText(cps, s); err != nil {
			return nil, fmt.Errorf("locale string %q: %w", s, err)
		}
	}

	corpus, err := filepath.Glob(filepath.Join(root, "assets", "corpus", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(corpus) == 0 {
		return nil, fmt.Errorf("no assets/corpus/*.txt under %s: run from the repository root", root)
	}
	for _, p := range corpus {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if err := addText(cps, string(b)); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}

	decks, err := filepath.Glob(filepath.Join(root, "assets", "decks", "*.json"))
	if err != nil {
		return nil, err
	}
	for _, p := range decks {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if err := walkStrings(v, func(s string) error { return addText(cps, s) }); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
	}
	return cps, nil
}

// walkStrings calls f on every string value (not key) in a decoded JSON value.
func walkStrings(v any, f func(string) error) error {
	switch v := v.(type) {
	case string:
		return f(v)
	case []any:
		for _, e := range v {
			if err := walkStrings(e, f); err != nil {
				return err
			}
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if err := walkStrings(v[k], f); err != nil {
				return err
			}
		}
	}
	return nil
}

// jisSet decodes every two-byte EUC-JP code and keeps the rows jisRow wants.
func jisSet() (map[rune]bool, error) {
	dec := japanese.EUCJP.NewDecoder()
	cps := map[rune]bool{}
	for row := 1; row <= 94; row++ {
		if !jisRow(row) {
			continue
		}
		for cell := 1; cell <= 94; cell++ {
			out, err := dec.Bytes([]byte{byte(0xA0 + row), byte(0xA0 + cell)})
			if err != nil {
				return nil, fmt.Errorf("decode row %d cell %d: %w", row, cell, err)
			}
			r, n := utf8.DecodeRune(out)
			if r == utf8.RuneError || n != len(out) {
				continue // unassigned code point
			}
			cps[r] = true
		}
	}
	if len(cps) < 6879 {
		return nil, fmt.Errorf("JIS X 0208 decoded to only %d characters; x/text's table looks wrong", len(cps))
	}
	return cps, nil
}

func fallbackSet(root string) (map[rune]bool, error) {
	cps, err := jisSet()
	if err != nil {
		return nil, err
	}
	addSpans(cps, fixedFallback)
	main, err := mainSet(root)
	if err != nil {
		return nil, err
	}
	for r := range main {
		delete(cps, r)
	}
	return cps, nil
}
