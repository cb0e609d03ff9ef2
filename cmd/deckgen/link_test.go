package main

import (
	"net/url"
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

// The built-in deck is too large for a link; 50 of its cards are not.
func TestLinkPicksCardsFromALargeDeck(t *testing.T) {
	code, _, stderr := runCommand(t, "link", "../../assets/decks/corpus.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "deck link is too long")
	assert.Contains(t, stderr, "pick fewer cards")

	code, stdout, stderr := runCommand(t, "link", "-n", "50", "-seed", "7", "../../assets/decks/corpus.json")
	require.Equal(t, 0, code, stderr)
	_, got := decodeLinkURL(t, stdout)
	assert.Len(t, got.Cards, 50)
	_, again, _ := runCommand(t, "link", "-n", "50", "-seed", "7", "../../assets/decks/corpus.json")
	assert.Equal(t, stdout, again, "the same seed gives the same link")
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
