package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileDeckFile writes the 158 kB deck of the 424-character link of
// cards/deck/testdata: one annotation of 26,300 characters with 39,450
// bad breaks. Every command once printed each break's problem with the
// whole text: 3 GB on stderr. Its breaks are now too many values for its
// size, refused before decoding.
func hostileDeckFile(t *testing.T) string {
	t.Helper()
	link, err := os.ReadFile("../../cards/deck/testdata/breaks-424.link")
	require.NoError(t, err)
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimSpace(string(link)))
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	require.NoError(t, err)
	data, err := io.ReadAll(zr)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "hostile.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

// wideDeckFile writes a 165 kB deck of one 15,000-character annotation
// with 15,000 bad breaks written wide (1000000,…), so that it passes
// deck.Decode's count of values and each break is a problem of Validate:
// once 15,000 messages each with the whole text, 675 MB on stderr.
func wideDeckFile(t *testing.T) string {
	t.Helper()
	data := `{"format":"factdeck/v1","title":"t","language":"ja","annotations":{"` + strings.Repeat("あ", 15000) +
		`":{"breaks":[` + strings.TrimSuffix(strings.Repeat("1000000,", 15000), ",") + `]}}}`
	path := filepath.Join(t.TempDir(), "wide.json")
	require.NoError(t, os.WriteFile(path, []byte(data), 0o644))
	return path
}

func TestCommandsRefuseHostileDeckBriefly(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	for _, file := range []struct{ path, says string }{
		{hostileDeckFile(t), "JSON values in 157884 bytes: too many for a deck"},
		{wideDeckFile(t), "and 14992 more problems"},
	} {
		for name, args := range map[string][]string{
			"sample":   {"sample", file.path},
			"check":    {"check", file.path},
			"link":     {"link", file.path},
			"snapshot": {"snapshot", "-o", out, file.path},
			"list":     {"list", file.path},
			"assemble": {"assemble", file.path, "-o", out},
			"merge":    {"merge", file.path, file.path, "-o", out},
			"export":   {"export", file.path, "--format", "csv", "-o", out},
		} {
			t.Run(name+" "+filepath.Base(file.path), func(t *testing.T) {
				code, stdout, stderr := runCommand(t, args[0], args[1:]...)
				assert.Equal(t, 1, code)
				assert.Empty(t, stdout)
				assert.Contains(t, stderr, "deck "+file.path+":")
				assert.Contains(t, stderr, file.says)
				assert.Less(t, len(stderr), 4096, "stderr of %d bytes", len(stderr))
				assert.NoFileExists(t, out)
			})
		}
	}
}

// A build whose documents give no card writes nothing and says why,
// instead of a deck of "cards": null.
func TestBuildRefusesEmptyDeck(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "noise.txt")
	require.NoError(t, os.WriteFile(doc, []byte("さらに読む ⇒\nPhoto by Someone on Unsplash\nhttps://example.com/a\n"), 0o644))
	out := filepath.Join(dir, "deck.json")
	code, _, stderr := runCommand(t, "build", "-o", out, doc)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, out+" not written: the documents gave no cards (3 sentences, 3 of them noise")
	assert.NoFileExists(t, out)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file either")
}

func TestEmptyDeckFileIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"format":"factdeck/v1","title":"t","language":"ja","sources":[],"facts":[],"cards":null}`), 0o644))
	for _, command := range []string{"sample", "link"} {
		code, _, stderr := runCommand(t, command, path)
		assert.Equal(t, 1, code)
		assert.Contains(t, stderr, `deck: field "cards": is empty: the deck has no cards to study`)
	}
}

func TestUnknownCommandIsQuotedBriefly(t *testing.T) {
	code, _, stderr := runCommand(t, strings.Repeat("x", 1<<20))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown command "xxxx`)
	assert.Less(t, len(stderr), 2048)
}
