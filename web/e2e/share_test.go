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

// A damaged or edited link shows what is wrong, in Japanese, and nothing
// breaks.
func TestBadSharedLink(t *testing.T) {
	good := link(t, teacherDeck(t, "先生の小テスト", ""))
	for name, tc := range map[string]struct{ path, reason string }{
		"cut short":     {good[:len(good)-20], "壊れているか、途中で切れています"},
		"edited":        {strings.Replace(good, good[len(good)-10:len(good)-9], flip(good[len(good)-10:len(good)-9]), 1), "壊れているか"},
		"not base64":    {"/#deck=%%%%", "使えない文字"},
		"not a deck":    {"/#deck=" + gzipBase64URL(t, []byte(`{"format":"other"}`)), "デッキとして正しくありません"},
		"much too long": {"/#deck=" + strings.Repeat("A", deck.MaxLinkLen+1), "長すぎます"},
	} {
		t.Run(name, func(t *testing.T) {
			a := newTab(t, serve(t, nil), nil)
			a.navigate(tc.path)
			require.NoError(t, waitTrue(a, `document.documentElement.getAttribute("data-factdeck-state") === "error"`))
			msg := eval[string](a, `document.getElementById("fd-error-text").textContent`)
			assert.Contains(t, msg, "共有リンクのデッキを開けませんでした。")
			assert.Contains(t, msg, tc.reason)
			assert.NotEmpty(t, eval[string](a, `document.getElementById("fd-error-detail").textContent`))
			assert.False(t, eval[bool](a, `document.getElementById("fd-error").hidden`))
			if name == "cut short" {
				a.screenshot("shared-link-damaged")
			}
			a.noConsoleErrors()
		})
	}
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

func TestBadDeckFile(t *testing.T) {
	srv := serve(t, map[string][]byte{"broken.json": []byte(`{"format":"factdeck/v1","title":"x"`)})
	for _, tc := range []struct{ query, reason string }{
		{"../secret.json", "英数字と . _ - だけ"},
		{"https://example.com/deck.json", "英数字と . _ - だけ"},
		{"missing.json", "見つかりません"},
		{"broken.json", "デッキとして正しくありません"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			a := newTab(t, srv, nil)
			a.navigate("/?deck=" + tc.query)
			require.NoError(t, waitTrue(a, `document.documentElement.getAttribute("data-factdeck-state") === "error"`))
			msg := eval[string](a, `document.getElementById("fd-error-text").textContent`)
			assert.Contains(t, msg, fmt.Sprintf("デッキファイル「%s」を開けませんでした。", tc.query))
			assert.Contains(t, msg, tc.reason)
		})
	}
}
