package e2e

import (
	"strings"
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

// A teacher opens the share sheet of a quiz picked from the built-in
// deck: its QR code and its short link, which a student's browser (a
// fresh profile) opens as the same quiz.
func TestShareSheetLinkOpensForAStudent(t *testing.T) {
	builtin, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	ids := deck.Pick(builtin, 20, 9)
	for _, vp := range bothViewports {
		t.Run(vp.name, func(t *testing.T) {
			teacher := newTab(t, serve(t, nil), vp.emulate)
			teacher.navigate(pickLink(t, "関税の小テスト", ids))
			teacher.waitRunning()
			teacher.waitState(func(s appState) bool { return s.Scene == "deck" })
			press := teacher.presser(vp)
			press("share")
			st := teacher.waitState(func(s appState) bool { return s.Scene == "share" })
			require.True(t, hasTarget(st, "qr"), "a QR code is drawn: %+v", st.Targets)
			qr, _ := st.Target("qr")
			assert.GreaterOrEqual(t, qr.W, 200.0, "the QR code is %.0f CSS pixels", qr.W)
			teacher.screenshot("share-sheet-" + vp.name)
			i := strings.Index(st.Text, "http")
			require.GreaterOrEqual(t, i, 0, st.Text)
			addr := strings.TrimSpace(st.Text[i:])
			assert.Contains(t, addr, "#pick=")
			assert.Less(t, len(addr), 1000)
			press("close")
			teacher.waitState(func(s appState) bool { return s.Scene == "deck" })

			student := newTab(t, teacher.srv, vp.emulate)
			student.navigate(strings.TrimPrefix(addr, teacher.srv.URL))
			student.waitRunning()
			got := student.waitState(func(s appState) bool { return s.Scene == "deck" })
			assert.Contains(t, got.Text, "関税の小テスト")
			student.noConsoleErrors()
		})
	}
}
