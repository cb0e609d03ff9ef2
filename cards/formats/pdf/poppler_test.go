//go:build !js

package pdf

import (
	"image"
	"image/color"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// needTool finds a Poppler tool. CI (CI=true) installs poppler-utils
// with .ci/deps.sh, so there a missing tool fails the test; elsewhere
// the test is skipped and says how to get it.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s not found: .ci/deps.sh installs poppler-utils", name)
	}
	t.Skipf("%s not found: install poppler-utils (make deps) to check the PDF as a reader sees it", name)
	return ""
}

// The quiz made from the built-in deck, rendered by Poppler: every page
// has ink, the text copies back (Japanese included), and the answer key
// starts on a page of its own.
func TestPDFRendersAndCopies(t *testing.T) {
	pdftoppm, pdftotext := needTool(t, "pdftoppm"), needTool(t, "pdftotext")
	d := readDeck(t, "../../../assets/decks/corpus.json")
	d.Cards = d.Cards[:40]
	data, warns, err := Write(d, Options{Fonts: fonts()})
	require.NoError(t, err)
	assert.Empty(t, warns)
	dir := t.TempDir()
	file := filepath.Join(dir, "quiz.pdf")
	require.NoError(t, os.WriteFile(file, data, 0o644))

	out, err := exec.Command(pdftotext, "-layout", file, "-").CombinedOutput()
	require.NoError(t, err, string(out))
	pages := strings.Split(string(out), "\f")
	if pages[len(pages)-1] == "" {
		pages = pages[:len(pages)-1]
	}
	require.Greater(t, len(pages), 2)
	text := strings.Join(strings.Fields(string(out)), "")
	for _, c := range d.Cards[:5] {
		// Lines wrap anywhere in Japanese: compare without white space.
		assert.Contains(t, text, strings.Join(strings.Fields(c.Answer), ""), "answer of %s copies back", c.ID)
	}
	assert.Contains(t, text, strings.Join(strings.Fields(d.Title), ""))
	assert.Contains(t, text, "点数：＿＿＿／40", "the score line is out of the quiz's questions")
	key := -1
	for i, p := range pages {
		if strings.Contains(p, "解答と出典") {
			key = i
			break
		}
	}
	require.Positive(t, key, "the key is after the questions")
	assert.True(t, strings.HasPrefix(strings.TrimSpace(pages[key]), d.Title), "the key's page starts with its heading")
	assert.NotContains(t, pages[key-1], "出典：", "the questions' pages hold no answer")
	src, _ := d.Source(d.Facts[0].Source)
	assert.Contains(t, strings.Join(pages[key:], ""), "出典：", "each answer names its source")
	_ = src

	out, err = exec.Command(pdftoppm, "-r", "30", "-png", file, filepath.Join(dir, "page")).CombinedOutput()
	require.NoError(t, err, string(out))
	pngs, err := filepath.Glob(filepath.Join(dir, "page-*.png"))
	require.NoError(t, err)
	assert.Len(t, pngs, len(pages))
	for _, p := range pngs {
		assert.Greater(t, inkShare(t, p), 0.002, "%s has text on it", filepath.Base(p))
	}
}

// inkShare is the share of a page image's pixels that are not white.
func inkShare(t *testing.T, path string) float64 {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, _, err := image.Decode(f)
	require.NoError(t, err)
	b := img.Bounds()
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if g := color.GrayModel.Convert(img.At(x, y)).(color.Gray); g.Y < 200 {
				ink++
			}
		}
	}
	return float64(ink) / float64(b.Dx()*b.Dy())
}
