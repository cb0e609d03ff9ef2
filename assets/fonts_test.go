package assets_test

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"factdeck/assets"
	"factdeck/game/locale"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/unicode/norm"
)

// The fonts are subsets (assets/fonts/subset.sh): a character the app draws
// but the subset lacks renders as nothing or a box, silently. These tests
// catch that; the fix is to rerun `bash assets/fonts/subset.sh`.

const regenerate = "rerun `bash assets/fonts/subset.sh` (see assets/fonts/README.md)"

// notInSource is added where rerunning the script cannot help.
const notInSource = "a character that subset.sh reports BIZ UDPGothic lacks (emoji, say) " +
	"cannot be added: take it out of the text"

type face struct {
	name string
	data []byte
	font *sfnt.Font
}

func faces(t *testing.T) (regular, bold, fallback face) {
	t.Helper()
	parse := func(name string, data []byte) face {
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatalf("%s: sfnt.Parse: %v", name, err)
		}
		return face{name: name, data: data, font: f}
	}
	fallbackData := assets.FontFallback
	if fallbackData == nil {
		// The browser build ships the fallback beside the page instead of
		// embedding it (fallback_js.go); it is the same file.
		data, err := os.ReadFile("fonts/BIZUDPGothic-Fallback.subset.ttf")
		if err != nil {
			t.Fatal(err)
		}
		fallbackData = data
	}
	return parse("FontRegular", assets.FontRegular),
		parse("FontBold", assets.FontBold),
		parse("FontFallback", fallbackData)
}

// has reports whether the font's cmap maps r to a real glyph.
func (f face) has(t *testing.T, buf *sfnt.Buffer, r rune) bool {
	t.Helper()
	g, err := f.font.GlyphIndex(buf, r)
	if err != nil {
		t.Fatalf("%s: GlyphIndex(U+%04X): %v", f.name, r, err)
	}
	return g != 0
}

// origins maps each character to the first place it was seen.
type origins struct {
	where map[rune]string
	order []rune
}

func (o *origins) add(s, where string) {
	if o.where == nil {
		o.where = map[rune]string{}
	}
	for _, r := range s {
		if unicode.IsControl(r) { // \n, \t: layout, not glyphs
			continue
		}
		if _, ok := o.where[r]; !ok {
			o.where[r] = where
			o.order = append(o.order, r)
		}
	}
}

// checkCovered fails listing every character of o that none of fs has.
func checkCovered(t *testing.T, o *origins, fs ...face) {
	t.Helper()
	var buf sfnt.Buffer
	var missing []string
	for _, r := range o.order {
		if slices.ContainsFunc(fs, func(f face) bool { return f.has(t, &buf, r) }) {
			continue
		}
		missing = append(missing, fmt.Sprintf("  %q U+%04X, from %s", r, r, o.where[r]))
	}
	if len(missing) > 0 {
		names := make([]string, len(fs))
		for i, f := range fs {
			names[i] = f.name
		}
		t.Errorf("%d of %d characters are not in %s; %s (%s):\n%s",
			len(missing), len(o.order), strings.Join(names, " + "), regenerate,
			notInSource, strings.Join(missing, "\n"))
	}
}

func localeOrigins() *origins {
	o := &origins{}
	for i, s := range locale.All() {
		o.add(s, fmt.Sprintf("locale.All()[%d] %q", i, s))
	}
	return o
}

// walkStrings calls f on every string value of a decoded JSON value, with a
// path like cards[3].question.
func walkStrings(v any, path string, f func(path, s string)) {
	switch v := v.(type) {
	case string:
		f(path, v)
	case []any:
		for i, e := range v {
			walkStrings(e, fmt.Sprintf("%s[%d]", path, i), f)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			walkStrings(v[k], p, f)
		}
	}
}

func TestRegularCoversBuiltinDeck(t *testing.T) {
	regular, _, _ := faces(t)
	var deck any
	if err := json.Unmarshal(builtinJSON(t), &deck); err != nil {
		t.Fatalf("decks/corpus.json: %v", err)
	}
	top, ok := deck.(map[string]any)
	if !ok || top["cards"] == nil {
		t.Skip(`decks/corpus.json has no "cards" yet (placeholder deck): ` +
			"its characters are not checked against the font")
	}
	o := &origins{}
	walkStrings(deck, "", func(path, s string) {
		o.add(s, "decks/corpus.json "+path)
	})
	checkCovered(t, o, regular)
}

// The main faces hold the whole corpus, so a teacher's deck made from it
// draws without the browser fetching the fallback.
func TestRegularCoversCorpus(t *testing.T) {
	regular, _, _ := faces(t)
	files, err := fs.Glob(assets.Corpus, "corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus/*.txt embedded (%v)", err)
	}
	o := &origins{}
	for _, name := range files {
		data, err := assets.Corpus.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data) + norm.NFKC.String(string(data))
		// Emoji (dingbats and pictographs: ✅, 💡) are not in BIZ UDPGothic
		// at all; the corpus has a few in its decoration, never in a fact.
		text = strings.Map(func(r rune) rune {
			if r >= 0x2700 && unicode.Is(unicode.So, r) {
				return -1
			}
			return r
		}, text)
		o.add(text, name)
	}
	checkCovered(t, o, regular)
}

func TestRegularCoversLocale(t *testing.T) {
	regular, _, _ := faces(t)
	checkCovered(t, localeOrigins(), regular)
}

func TestBoldCoversLocale(t *testing.T) {
	_, bold, _ := faces(t)
	checkCovered(t, localeOrigins(), bold)
}

// jisX0208 decodes every two-byte EUC-JP code of the given JIS X 0208 rows
// (ku) with x/text's decoder.
func jisX0208(t *testing.T, rows ...int) *origins {
	t.Helper()
	dec := japanese.EUCJP.NewDecoder()
	o := &origins{}
	for _, row := range rows {
		for cell := 1; cell <= 94; cell++ {
			out, err := dec.Bytes([]byte{byte(0xA0 + row), byte(0xA0 + cell)})
			if err != nil {
				t.Fatalf("decode JIS row %d cell %d: %v", row, cell, err)
			}
			r, n := utf8.DecodeRune(out)
			if r == utf8.RuneError || n != len(out) {
				continue // unassigned
			}
			o.add(string(r), fmt.Sprintf("JIS X 0208 row %d cell %d", row, cell))
		}
	}
	return o
}

func rowRange(lo, hi int) []int {
	var rows []int
	for r := lo; r <= hi; r++ {
		rows = append(rows, r)
	}
	return rows
}

func TestMainAndFallbackCoverJIS(t *testing.T) {
	regular, _, fallback := faces(t)
	t.Run("level1+kana", func(t *testing.T) {
		o := jisX0208(t, append([]int{4, 5}, rowRange(16, 47)...)...)
		if got := len(o.order); got != 83+86+2965 {
			t.Fatalf("JIS X 0208 kana + level 1 decoded to %d characters, want 3134", got)
		}
		checkCovered(t, o, regular, fallback)
	})
	t.Run("all", func(t *testing.T) {
		// Non-kanji rows 1-8, level 1 and level 2 kanji: what subset.sh
		// promises in the fallback.
		o := jisX0208(t, append(rowRange(1, 8), rowRange(16, 84)...)...)
		if got := len(o.order); got != 6879 {
			t.Fatalf("JIS X 0208 decoded to %d characters, want 6879", got)
		}
		checkCovered(t, o, regular, fallback)
	})
}

// The fallback face leaves out what the main face has, so no glyph ships twice.
func TestFallbackDoesNotDuplicateMain(t *testing.T) {
	regular, _, fallback := faces(t)
	var buf sfnt.Buffer
	var dup []string
	for r := rune(0x21); r <= 0x10FFFF; r++ {
		if (r >= 0xD800 && r <= 0xDFFF) || (r > 0xFFFF && r < 0x20000) || (r > 0x2FFFF) {
			continue
		}
		if fallback.has(t, &buf, r) && regular.has(t, &buf, r) {
			dup = append(dup, fmt.Sprintf("%q U+%04X", r, r))
		}
	}
	if len(dup) > 0 {
		t.Errorf("%d characters are in both FontRegular and FontFallback: %s", len(dup), strings.Join(dup, ", "))
	}
}

// os2CodePageRange1 reads ulCodePageRange1 from the font's OS/2 table.
func os2CodePageRange1(data []byte) (uint32, error) {
	if len(data) < 12 {
		return 0, fmt.Errorf("too short for an sfnt header")
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := range n {
		rec := data[12+16*i:]
		if len(rec) < 16 {
			return 0, fmt.Errorf("table directory truncated")
		}
		if string(rec[:4]) != "OS/2" {
			continue
		}
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) || length < 82 {
			return 0, fmt.Errorf("OS/2 table out of bounds or version 0")
		}
		return binary.BigEndian.Uint32(data[off+78:]), nil
	}
	return 0, fmt.Errorf("no OS/2 table")
}

// The fonts must draw Japanese glyph forms, not pan-CJK Chinese ones: check
// they are BIZ UDPGothic (a Japanese design) and claim the JIS/Japan code page.
func TestFontsAreJapanese(t *testing.T) {
	regular, bold, fallback := faces(t)
	for _, f := range []face{regular, bold, fallback} {
		var buf sfnt.Buffer
		family, err := f.font.Name(&buf, sfnt.NameIDFamily)
		if err != nil {
			t.Errorf("%s: family name: %v", f.name, err)
		} else if family != "BIZ UDPGothic" {
			t.Errorf("%s: family name %q, want BIZ UDPGothic", f.name, family)
		}
		cp, err := os2CodePageRange1(f.data)
		if err != nil {
			t.Errorf("%s: %v", f.name, err)
		} else if cp&(1<<17) == 0 {
			t.Errorf("%s: OS/2 ulCodePageRange1 = %#08x lacks bit 17 (JIS/Japan)", f.name, cp)
		}
	}
}

func TestFontLicenseShipped(t *testing.T) {
	for _, want := range []string{
		"Copyright 2022 The BIZ UDGothic Project Authors",
		"SIL OPEN FONT LICENSE Version 1.1",
	} {
		if !strings.Contains(assets.FontLicense, want) {
			t.Errorf("FontLicense (fonts/OFL.txt) lacks %q; %s", want, regenerate)
		}
	}
}

// TestFontSizes only reports the sizes (go test -v): limits on them belong
// in benchmarks, not in a pass/fail test.
func TestFontSizes(t *testing.T) {
	for _, f := range []struct {
		name string
		data []byte
	}{
		{"FontRegular", assets.FontRegular},
		{"FontBold", assets.FontBold},
		{"FontFallback", assets.FontFallback},
	} {
		var gz bytes.Buffer
		w, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(f.data); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("%-12s %9d bytes, %9d gzipped", f.name, len(f.data), gz.Len())
	}
}

func builtinJSON(t *testing.T) []byte {
	t.Helper()
	data, err := assets.Decks.ReadFile("decks/corpus.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}
