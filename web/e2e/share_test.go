package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font/sfnt"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/game/locale"
)

// teacherDeck is a small deck as a teacher would share it. rare is put in
// its prompts: "" keeps to characters of the built-in deck, while a rare
// kanji makes the app fetch the fallback font.
func teacherDeck(t *testing.T, title, rare string) *deck.Deck {
	t.Helper()
	d := &deck.Deck{
		Format: deck.Format, Title: title, Language: "ja",
		Sources: []deck.Source{{ID: "s1", File: "a.txt", Title: "授業プリント", Date: "2025-04-01"}},
		Facts: []deck.Fact{
			{ID: "f1", Source: "s1", Sentence: "日米安保条約は1951年に締結された。", Kind: deck.KindDate, Key: "1951年"},
			{ID: "f2", Source: "s1", Sentence: "首相は2025年2月にワシントンを訪れた。", Kind: deck.KindDate},
		},
		Cards: []deck.Card{
			{ID: "share-1", Fact: "f1", Type: deck.TypeCloze, Prompt: rare + "日米安保条約は" + deck.Blank + "に締結された。", Answer: "1951年"},
			{ID: "share-2", Fact: "f2", Type: deck.TypeBasic, Prompt: rare + "首相がワシントンを訪れたのはいつか。", Answer: "2025年2月"},
		},
	}
	require.NoError(t, d.Validate())
	return d
}

func link(t *testing.T, d *deck.Deck) string {
	t.Helper()
	payload, err := deck.EncodeLink(d)
	require.NoError(t, err)
	return "/#" + deck.LinkKey + "=" + payload
}

func TestSharedLinkDeck(t *testing.T) {
	d := teacherDeck(t, "先生の小テスト", "")
	a := openApp(t, link(t, d))
	st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Contains(t, st.Text, d.Title)
	assert.Equal(t, len(d.Cards), st.Remaining)
	assert.Empty(t, st.FallbackFont, "the deck's characters are all in the embedded fonts")
	a.screenshot("shared-link-deck")

	a.press("Enter")
	st = a.waitState(func(s appState) bool { return s.Scene == "study" })
	assert.Equal(t, d.Cards[0].ID, st.Card)
	a.noConsoleErrors()
}

// A deck with characters beyond the embedded fonts fetches the fallback
// font after start, and only then.
func TestSharedLinkFetchesFallbackFont(t *testing.T) {
	const rare = "薔薇檸檬"
	requireFallbackOnly(t, rare)
	d := teacherDeck(t, "薔薇の小テスト", rare+"の問題: ")
	a := openApp(t, link(t, d))
	st := a.waitState(func(s appState) bool { return s.FallbackFont == "ready" })
	assert.Equal(t, "deck", st.Scene)
	fetched := false
	for path := range a.srv.Sent() {
		fetched = fetched || strings.Contains(path, "/fallback.")
	}
	assert.True(t, fetched, "the fallback font was fetched")
	a.press("Enter")
	a.waitState(func(s appState) bool { return s.Scene == "study" })
	a.screenshot("shared-link-rare-kanji")
	a.noConsoleErrors()
}

// requireFallbackOnly checks the test's premise: the characters are in
// the fallback font and not in the embedded one.
func requireFallbackOnly(t *testing.T, s string) {
	t.Helper()
	regular, err := sfnt.Parse(assets.FontRegular)
	require.NoError(t, err)
	fallback, err := sfnt.Parse(assets.FontFallback)
	require.NoError(t, err)
	var buf sfnt.Buffer
	for _, r := range s {
		g, err := regular.GlyphIndex(&buf, r)
		require.NoError(t, err)
		require.Zero(t, g, "%q is in the embedded font: pick a rarer character", r)
		g, err = fallback.GlyphIndex(&buf, r)
		require.NoError(t, err)
		require.NotZero(t, g, "%q is in no font", r)
	}
}

// A damaged or edited link says what is wrong, in Japanese, on the deck
// screen, and the built-in deck opens instead.
func TestBadSharedLink(t *testing.T) {
	good := link(t, teacherDeck(t, "先生の小テスト", ""))
	for name, tc := range map[string]struct{ path, reason string }{
		"cut short":     {good[:len(good)-20], locale.ReasonLinkDamaged},
		"edited":        {strings.Replace(good, good[len(good)-10:len(good)-9], flip(good[len(good)-10:len(good)-9]), 1), locale.ReasonLinkDamaged},
		"not base64":    {"/#deck=%%%%", locale.ReasonLinkEncoding},
		"not a deck":    {"/#deck=" + gzipBase64URL(t, []byte(`{"format":"other"}`)), locale.ReasonLinkNotDeck},
		"empty deck":    {"/#deck=" + gzipBase64URL(t, []byte(`{"format":"factdeck/v1","title":"t","language":"ja","cards":null}`)), locale.ReasonDeckEmpty},
		"much too long": {"/#deck=" + strings.Repeat("A", deck.MaxLinkLen+1), fmt.Sprintf(locale.ReasonLinkTooLong, deck.MaxLinkLen)},
	} {
		t.Run(name, func(t *testing.T) {
			a := openApp(t, tc.path)
			st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
			assert.True(t, strings.HasPrefix(st.Text, locale.DeckLinkFailed+tc.reason), st.Text)
			assert.Contains(t, st.Text, locale.BuiltinInstead)
			assert.Contains(t, st.Text, builtinTitle(t), "the built-in deck is open")
			if name == "cut short" {
				a.screenshot("shared-link-damaged")
			}
			a.noConsoleErrors()
		})
	}
}

// builtinTitle is the built-in deck's title.
func builtinTitle(t *testing.T) string {
	t.Helper()
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	return d.Title
}

func flip(c string) string {
	if c == "A" {
		return "B"
	}
	return "A"
}

// A larger deck is a file beside index.html, named with ?deck=.
func TestDeckFile(t *testing.T) {
	d := teacherDeck(t, "配布デッキ", "")
	data, err := deck.Marshal(d)
	require.NoError(t, err)
	a := newTab(t, serve(t, map[string][]byte{"class-3b.json": data}), nil)
	a.navigate("/?deck=class-3b.json")
	a.waitRunning()
	st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Contains(t, st.Text, d.Title)
	a.press("Enter")
	st = a.waitState(func(s appState) bool { return s.Scene == "study" })
	assert.Equal(t, d.Cards[0].ID, st.Card)
	a.noConsoleErrors()
}

// A ?deck= file that is missing, badly named or not a deck is said so on
// the deck screen, and the built-in deck opens instead.
func TestBadDeckFile(t *testing.T) {
	srv := serve(t, map[string][]byte{
		"broken.json": []byte(`{"format":"factdeck/v1","title":"x"`),
		"empty.json":  []byte(`{"format":"factdeck/v1","title":"t","language":"ja","sources":[],"facts":[],"cards":null}`),
		"page.json":   []byte("<!doctype html><title>not found</title>"),
		// As large as a deck file may be (2 MB), in what takes most memory
		// per byte among what deck.Decode decodes: objects just large
		// enough to pass its count, each a 150-byte card.
		"cards.json": []byte(`{"cards":[` + strings.TrimSuffix(strings.Repeat(`{"id":"xxxxxxxxxxxxxxxx"},`, (2<<20-20)/26), ",") + `]}`),
	})
	for _, tc := range []struct{ query, shown, reason string }{
		{"../secret.json", "../secret.json", locale.ReasonFileName},
		{"https://example.com/deck.json", "https://example.com/deck.json", locale.ReasonFileName},
		{strings.Repeat("x", 5000), strings.Repeat("x", deck.QuoteRunes) + "…", locale.ReasonFileName},
		{"missing.json", "missing.json", locale.ReasonFileMissing},
		{"broken.json", "broken.json", locale.ReasonFileNotDeck},
		{"page.json", "page.json", locale.ReasonFileNotDeck},
		{"empty.json", "empty.json", locale.ReasonDeckEmpty},
		{"cards.json", "cards.json", locale.ReasonFileNotDeck},
	} {
		t.Run(tc.shown, func(t *testing.T) {
			a := newTab(t, srv, nil)
			a.navigate("/?deck=" + tc.query)
			a.waitRunning()
			st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
			want := fmt.Sprintf(locale.DeckFileFailed, tc.shown) + tc.reason + locale.BuiltinInstead
			assert.True(t, strings.HasPrefix(st.Text, want), "%s\ndoes not start with\n%s", st.Text, want)
			assert.Contains(t, st.Text, builtinTitle(t), "the built-in deck is open")
			mem := eval[float64](a, `window.factdeckWasmMemory()`)
			assert.Less(t, mem, float64(wasmBudget), "WebAssembly memory %.1f MB", mem/(1<<20))
			if tc.query == "cards.json" {
				t.Logf("a 2 MB file of small cards: WebAssembly memory %.1f MB", mem/(1<<20))
			}
			if tc.query == "missing.json" {
				a.screenshot("deck-file-missing")
			}
		})
	}
}
