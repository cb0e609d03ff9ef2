package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
)

// pickLink is the address of a pick of ids from the built-in deck.
func pickLink(t *testing.T, title string, ids []string) string {
	t.Helper()
	payload, err := deck.EncodePick(deck.PickLink{Title: title, Cards: ids})
	require.NoError(t, err)
	return "/#" + deck.PickKey + "=" + payload
}

// A teacher's pick of the built-in deck's cards opens as a deck of its
// own beside the built-in one, titled as the teacher named it; a card the
// app's deck lacks is left out, and the student is told.
func TestPickLinkOpensTheTeachersCards(t *testing.T) {
	builtin, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	ids := deck.Pick(builtin, 5, 3)
	addr := pickLink(t, "関税の小テスト", ids)
	assert.Less(t, len(addr), 120, "five cards by id: %s", addr)

	a := openApp(t, addr)
	st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Contains(t, st.Text, "関税の小テスト")
	assert.Equal(t, 5, st.Remaining, "the five picked cards")
	a.screenshot("pick-link-deck")
	a.clickID("back")
	home := a.waitState(func(s appState) bool { return s.Scene == "home" && len(s.Decks) == 2 })
	assert.Equal(t, 5, deckOf(t, home, "関税の小テスト").Cards)
	a.noConsoleErrors()

	b := openApp(t, pickLink(t, "古いリンク", append([]string{"c0123456789ab"}, ids[:2]...)))
	st = b.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Contains(t, st.Text, "1 枚は、このアプリの組み込みデッキにない", "the notice says a card was left out")
	assert.Equal(t, 2, st.Remaining)
}
