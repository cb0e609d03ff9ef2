package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/web/harness"
)

// deckOf is the home screen's deck titled title.
func deckOf(t *testing.T, st appState, title string) harness.Deck {
	t.Helper()
	for _, d := range st.Decks {
		if d.Title == title {
			return d
		}
	}
	require.Failf(t, "deck not listed", "no deck %q among %+v", title, st.Decks)
	return harness.Deck{}
}

// A shared link adds its deck beside the built-in one and opens it; both
// are listed with their counts, each deck keeps its own progress across
// a reload, and the shared deck can be removed (after a question).
func TestHomeSharedDeckBesideBuiltin(t *testing.T) {
	a := newTab(t, serve(t, nil), chromedp.EmulateViewport(1280, 800))
	a.navigate(link(t, teacherDeck(t, "小テスト", "")))
	a.waitRunning()
	st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Contains(t, st.Text, "小テスト", "the link's deck opens")
	assert.Equal(t, "#/deck", eval[string](a, `location.hash`), "the link's payload leaves the address once the deck is kept")

	a.press("Enter")
	a.waitState(func(s appState) bool { return s.Scene == "study" && !s.Moving })
	a.press("Space")
	a.waitState(func(s appState) bool { return s.Flipped })
	a.press("3")
	a.waitState(func(s appState) bool { return s.Reviewed == 1 })
	a.press("Escape")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("back")
	home := a.waitState(func(s appState) bool { return s.Scene == "home" && len(s.Decks) == 2 })
	builtin, shared := home.Decks[0], deckOf(t, home, "小テスト")
	assert.True(t, builtin.Builtin)
	assert.Positive(t, builtin.New, "the built-in deck's new cards")
	assert.Equal(t, 2, shared.Cards)
	assert.Equal(t, 1, shared.Learning, "the card answered Good is learning")
	assert.Equal(t, 1, shared.New)
	assert.Equal(t, "#/home", eval[string](a, `location.hash`))
	a.screenshot("home-1280x800")

	require.NoError(t, chromedp.Do(a.ctx, chromedp.Reload()))
	a.waitRunning()
	again := a.waitState(func(s appState) bool { return s.Scene == "home" && len(s.Decks) == 2 })
	assert.Equal(t, builtin, again.Decks[0], "the built-in deck's counts are its own")
	assert.Equal(t, shared, deckOf(t, again, "小テスト"), "the shared deck's progress survived the reload")

	a.clickID("open-" + shared.ID)
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("remove")
	a.waitState(func(s appState) bool { return s.Scene == "confirm-remove" })
	a.clickID("cancel")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("remove")
	a.waitState(func(s appState) bool { return s.Scene == "confirm-remove" })
	a.clickID("confirm-remove")
	after := a.waitState(func(s appState) bool { return s.Scene == "home" })
	require.Len(t, after.Decks, 1)
	assert.True(t, after.Decks[0].Builtin)
	// The address goes back to #/home by history.go, which the browser
	// carries out after the screen changed: a reload before it would
	// open the deck's screen.
	require.NoError(t, waitTrue(a, `location.hash === "#/home"`))

	require.NoError(t, chromedp.Do(a.ctx, chromedp.Reload()))
	a.waitRunning()
	reloaded := a.waitState(func(s appState) bool { return s.Scene == "home" })
	assert.Len(t, reloaded.Decks, 1, "the removal was saved")
	a.noConsoleErrors()
}

// The home screen on a phone, with two decks; every target is at least
// 44 CSS pixels each way.
func TestHomeOnPhone(t *testing.T) {
	a := newTab(t, serve(t, nil), phoneViewport)
	a.navigate(link(t, teacherDeck(t, "小テスト（3年B組）", "")))
	a.waitRunning()
	deckState := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.tapID("back")
	home := a.waitState(func(s appState) bool { return s.Scene == "home" && len(s.Decks) == 2 })
	a.screenshot("home-390x844")
	for _, st := range []appState{deckState, home} {
		for _, tg := range st.Targets {
			assert.GreaterOrEqual(t, min(tg.W, tg.H), 44.0, "%s: %s is %.0f×%.0f", st.Scene, tg.ID, tg.W, tg.H)
		}
	}
	a.noConsoleErrors()
}

// #/home, #/study, #/quiz and #/results open those screens; the address
// follows the student, and the browser's back and forward buttons move
// between the screens.
func TestDeepLinksAndBack(t *testing.T) {
	a := openApp(t, "/#/study")
	a.waitState(func(s appState) bool { return s.Scene == "study" })

	hash := func(want string) {
		t.Helper()
		require.NoError(t, waitTrue(a, `location.hash === "`+want+`"`), "address %s, want %s", eval[string](a, `location.hash`), want)
	}
	a.press("Escape")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	hash("#/deck")
	a.clickID("back")
	a.waitState(func(s appState) bool { return s.Scene == "home" })
	hash("#/home")

	a.press("Enter")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	hash("#/deck")
	a.clickID("quiz")
	a.waitState(func(s appState) bool { return s.Scene == "quiz" })
	hash("#/quiz")

	// The page stays the same document throughout: no move reloads it.
	eval[bool](a, `window.fdSamePage = true`)
	eval[bool](a, `history.back(), true`)
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	hash("#/deck")
	eval[bool](a, `history.back(), true`)
	a.waitState(func(s appState) bool { return s.Scene == "home" })
	hash("#/home")
	eval[bool](a, `history.forward(), true`)
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	hash("#/deck")

	// A fragment typed in the address bar.
	eval[bool](a, `location.hash = "#/quiz", true`)
	a.waitState(func(s appState) bool { return s.Scene == "quiz" })
	eval[bool](a, `location.hash = "#/results", true`)
	a.waitState(func(s appState) bool { return s.Scene == "home" })
	hash("#/home")
	assert.True(t, eval[bool](a, `window.fdSamePage === true`), "no move reloaded the page")
	a.noConsoleErrors()
}

// A deck file chosen with the home screen's button (or O) joins the list
// and opens; a file that is no deck is refused by name.
func TestHomeAddsDeckFile(t *testing.T) {
	a := openApp(t, "/")
	a.waitState(func(s appState) bool { return s.Scene == "home" })
	data, err := deck.Marshal(teacherDeck(t, "ファイルのデッキ", ""))
	require.NoError(t, err)
	good := filepath.Join(t.TempDir(), "class.json")
	require.NoError(t, os.WriteFile(good, data, 0o644))
	pressAndChoose(t, a, "o", good)
	st := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Contains(t, st.Text, "ファイルのデッキ")
	a.press("Escape")
	home := a.waitState(func(s appState) bool { return s.Scene == "home" && len(s.Decks) == 2 })
	assert.Equal(t, 2, deckOf(t, home, "ファイルのデッキ").Cards)
	assert.Contains(t, home.Text, "class.json", "the row says which file it came from")

	bad := filepath.Join(t.TempDir(), "notes.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"format": "other"}`), 0o644))
	pressAndChoose(t, a, "o", bad)
	st = a.waitState(func(s appState) bool { return strings.Contains(s.Text, "notes.json") })
	assert.Equal(t, "home", st.Scene)
	assert.Len(t, st.Decks, 2)
	a.noConsoleErrors()
}
