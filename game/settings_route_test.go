package game_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/library"
	"factdeck/cards/store"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// #/settings opens the settings over the home screen; S on the home
// screen opens them too.
func TestSettingsRoute(t *testing.T) {
	g := newHomeGame(t, &store.MemoryStorage{})
	g.Navigate("settings")
	assert.Equal(t, []string{"home", "settings"}, g.RoutePath())
	assert.IsType(t, &scene.Settings{}, g.Top())
	g.Navigate("home")
	assert.Equal(t, []string{"home"}, g.RoutePath())

	require.NoError(t, g.Step([]input.Action{input.Press("S")}))
	assert.IsType(t, &scene.Settings{}, g.Top())
	assert.Equal(t, "settings", g.Route())
}

// The settings are the student's, not a deck's: the language and theme
// chosen with a shared deck open stay when the built-in deck opens, and
// after the app starts again.
func TestSettingsAreSharedByAllDecks(t *testing.T) {
	t.Cleanup(func() { ui.SetTheme(&ui.Dark) })
	ls := &store.MemoryStorage{}
	g := newHomeGame(t, ls)
	g.AddDeck(homeDeck("共有", 2), library.FromLink, "")
	require.NoError(t, g.Step(nil))
	require.Equal(t, "deck", g.Route())
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "settings")}))
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "lang-en")}))
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "theme-light")}))
	require.Equal(t, locale.English, g.Lang())

	g.Navigate("home")
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "open-"+library.BuiltinID)}))
	require.Equal(t, "deck", g.Route())
	assert.Equal(t, locale.English, g.Lang(), "the built-in deck speaks the language chosen on another")
	assert.Equal(t, "light", ui.ActiveTheme().Name)

	ui.SetTheme(&ui.Dark)
	again := newHomeGame(t, ls)
	assert.Equal(t, locale.English, again.Lang(), "kept for the next start")
	assert.Equal(t, "light", ui.ActiveTheme().Name)
	assert.Equal(t, "en", again.Status().Lang)
}
