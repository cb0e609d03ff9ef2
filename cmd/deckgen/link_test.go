package main

import (
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// decodeLinkURL reads the deck back from a printed link, as the app does.
func decodeLinkURL(t *testing.T, link string) (*url.URL, *deck.Deck) {
	t.Helper()
	u, err := url.Parse(strings.TrimSpace(link))
	require.NoError(t, err)
	payload, ok := strings.CutPrefix(u.Fragment, deck.LinkKey+"=")
	require.True(t, ok, "fragment %q", u.Fragment)
	d, err := deck.DecodeLink(payload)
	require.NoError(t, err)
	return u, d
}

func TestLink(t *testing.T) {
	code, stdout, stderr := runCommand(t, "link", "testdata/check/good.json")
	require.Equal(t, 0, code, stderr)
	u, got := decodeLinkURL(t, stdout)
	assert.Equal(t, "http://127.0.0.1:8080/", u.Scheme+"://"+u.Host+u.Path)
	want, err := deck.Read("testdata/check/good.json")
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Contains(t, stderr, "6 cards")

	code, stdout, stderr = runCommand(t, "link", "-base", "https://school.example/factdeck/", "-cards", "c-mcq,c-cloze", "-title", "小テスト 1", "testdata/check/good.json")
	require.Equal(t, 0, code, stderr)
	u, got = decodeLinkURL(t, stdout)
	assert.Equal(t, "school.example", u.Host)
	assert.Equal(t, "/factdeck/", u.Path)
	assert.Equal(t, "小テスト 1", got.Title)
	require.Len(t, got.Cards, 2)
	assert.Equal(t, []string{"c-mcq", "c-cloze"}, []string{got.Cards[0].ID, got.Cards[1].ID})
}

// The whole built-in deck is too large to carry in a link; 50 of its
// cards are not. Cards of the built-in deck travel by their ids, unless
// -full asks for them whole.
func TestLinkPicksCardsFromALargeDeck(t *testing.T) {
	code, _, stderr := runCommand(t, "link", "-full", "../../assets/decks/corpus.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "deck link is too long")
	assert.Contains(t, stderr, "pick fewer cards")

	code, stdout, stderr := runCommand(t, "link", "-full", "-n", "50", "-seed", "7", "../../assets/decks/corpus.json")
	require.Equal(t, 0, code, stderr)
	_, got := decodeLinkURL(t, stdout)
	assert.Len(t, got.Cards, 50)
	_, again, _ := runCommand(t, "link", "-full", "-n", "50", "-seed", "7", "../../assets/decks/corpus.json")
	assert.Equal(t, stdout, again, "the same seed gives the same link")
}

// A quiz assembled from the built-in deck is shared by its cards' ids: 50
// cards in under 1,000 characters, with its title, and a QR code of it.
func TestLinkShortForABuiltinPick(t *testing.T) {
	dir := t.TempDir()
	quiz := filepath.Join(dir, "quiz.json")
	code, _, stderr := runCommand(t, "assemble", "../../assets/decks/corpus.json", "--count", "50", "--seed", "7", "--title", "関税の小テスト", "-o", quiz)
	require.Equal(t, 0, code, stderr)
	want, err := deck.Read(quiz)
	require.NoError(t, err)

	qr := filepath.Join(dir, "quiz.png")
	code, stdout, stderr := runCommand(t, "link", "-base", "https://school.example/factdeck/", "-qr", qr, quiz)
	require.Equal(t, 0, code, stderr)
	addr := strings.TrimSpace(stdout)
	assert.Less(t, len(addr), 1000, "%d characters", len(addr))
	u, err := url.Parse(addr)
	require.NoError(t, err)
	payload, ok := strings.CutPrefix(u.Fragment, deck.PickKey+"=")
	require.True(t, ok, "a pick link: %s", addr)
	p, err := deck.DecodePick(payload)
	require.NoError(t, err)
	assert.Equal(t, "関税の小テスト", p.Title)
	builtin, err := deck.Read("../../assets/decks/corpus.json")
	require.NoError(t, err)
	got, missing, err := builtin.Picked(p)
	require.NoError(t, err)
	assert.Empty(t, missing)
	require.Len(t, got.Cards, 50)
	for i := range got.Cards {
		assert.Equal(t, want.Cards[i], got.Cards[i], "card %d, in the quiz's order", i)
	}

	f, err := os.Open(qr)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err, "the QR code is a PNG")
	assert.Equal(t, 1024, img.Bounds().Dx())
	dark := 0
	for y := 0; y < 1024; y += 8 {
		for x := 0; x < 1024; x += 8 {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
				dark++
			}
		}
	}
	assert.InDelta(t, 0.4, float64(dark)/(128*128), 0.2, "about half the modules are dark")

	// A card the teacher edited no longer is the built-in deck's: the
	// quiz travels whole.
	want.Cards[0].Prompt += "（改）"
	data, err := deck.Marshal(want)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(quiz, data, 0o644))
	code, stdout, stderr = runCommand(t, "link", quiz)
	require.Equal(t, 0, code, stderr)
	_, whole := decodeLinkURL(t, stdout)
	assert.Equal(t, want.Cards[0].Prompt, whole.Cards[0].Prompt)
}

func TestLinkErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		msg  string
	}{
		{"no deck", nil, "usage: deckgen link"},
		{"-n and -cards", []string{"-n", "2", "-cards", "c-mcq", "testdata/check/good.json"}, "usage: deckgen link"},
		{"relative base", []string{"-base", "factdeck/", "testdata/check/good.json"}, `-base "factdeck/": want an absolute URL`},
		{"unknown card", []string{"-cards", "c-mcq,zz", "testdata/check/good.json"}, `testdata/check/good.json: deck "`},
		{"invalid deck", []string{"testdata/check/invalid.json"}, "testdata/check/invalid.json: line 5"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCommand(t, "link", tt.args...)
			assert.NotEqual(t, 0, code)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, tt.msg)
		})
	}
}
