package pdf

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
)

func fonts() [][]byte {
	fs := [][]byte{assets.FontRegular}
	if assets.FontFallback != nil {
		fs = append(fs, assets.FontFallback)
	}
	return fs
}

func readDeck(t *testing.T, path string) *deck.Deck {
	t.Helper()
	d, err := deck.Read(path)
	require.NoError(t, err)
	return d
}

func TestWriteIsAPDFAndTheSameEachTime(t *testing.T) {
	d := readDeck(t, "../testdata/sample.json")
	when := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	a, warns, err := Write(d, Options{Fonts: fonts(), Created: when})
	require.NoError(t, err)
	if assets.FontFallback != nil {
		// The browser build has no fallback face; elsewhere the two
		// faces hold every character of the sample.
		assert.Empty(t, warns, "the app's fonts hold every character of the sample")
	}
	assert.True(t, bytes.HasPrefix(a, []byte("%PDF-")))
	assert.Contains(t, string(a), "/ToUnicode", "a Unicode map, so text copies")
	assert.Contains(t, string(a), "/MediaBox [0 0 595.28 841.89]", "A4")
	b, _, err := Write(d, Options{Fonts: fonts(), Created: when})
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestMissingGlyphIsAWarning(t *testing.T) {
	d := readDeck(t, "../testdata/sample.json")
	d.Cards[0].Prompt += " 𠮷"
	_, warns, err := Write(d, Options{Fonts: [][]byte{assets.FontRegular}})
	require.NoError(t, err)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0].Msg, "𠮷")
}

func TestNoFontIsAnError(t *testing.T) {
	_, _, err := Write(readDeck(t, "../testdata/sample.json"), Options{})
	assert.ErrorContains(t, err, "no font")
	_, _, err = Write(readDeck(t, "../testdata/sample.json"), Options{Fonts: [][]byte{[]byte("not a font")}})
	assert.ErrorContains(t, err, "font 1")
}

func TestWrapKeepsBracketsAndWords(t *testing.T) {
	lines := wrapWith(t, "あいうえおかきくけこ「さしすせそ」、", 10)
	for _, ln := range lines[1:] {
		assert.NotEqual(t, '、', ln[0], "no line starts with 、")
	}
	for _, ln := range lines {
		assert.NotEqual(t, '「', ln[len(ln)-1], "no line ends with 「")
	}
	latin := wrapWith(t, "the quick brown fox jumps over the lazy dog", 8)
	for _, ln := range latin {
		assert.NotEqual(t, ' ', ln[0])
		for _, w := range []string{"quick", "brown", "jumps"} {
			s := string(ln)
			if i := bytes.Index([]byte(s), []byte(w[:2])); i >= 0 && len(s)-i < len(w) && s[i:] == w[:len(s)-i] {
				t.Errorf("line %q splits %q", s, w)
			}
		}
	}
}

// wrapWith wraps text to a width of n full-width characters.
func wrapWith(t *testing.T, text string, n int) [][]rune {
	t.Helper()
	p := newTypesetterForTest(t)
	return p.wrap(text, p.width('あ')*float64(n)+0.01)
}

var update = flag.Bool("update", false, "rewrite testdata/sample.pdf.txt (then read it by eye)")

// The golden file holds what the PDF prints for the sample deck, a
// paragraph a line, indented by level: the questions, then the key.
// Checked by eye against a printout (pdftoppm) for layout, and against
// the deck for each answer's source and date.
func TestPrintedTextGolden(t *testing.T) {
	d := readDeck(t, "../testdata/sample.json")
	l := labelsFor(d.Language)
	var b strings.Builder
	for part, lines := range []func(*deck.Deck, deck.Card, int, labels) []item{questionLines, answerLines} {
		b.WriteString([]string{"# questions\n", "# key\n"}[part])
		for i, c := range d.Cards {
			for _, it := range lines(d, c, i+1, l) {
				b.WriteString(strings.Repeat("\t", it.level) + strings.ReplaceAll(it.text, "\n", "⏎") + "\n")
			}
		}
	}
	path := "../testdata/sample.pdf.txt"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
}
