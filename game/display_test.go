package game_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// The device's language holds until the student picks one; a pick in the
// settings applies to the screen under them at once, and a saved pick
// applies as the progress opens.
func TestSettingsApplyAtOnce(t *testing.T) {
	defer ui.SetTheme(&ui.Dark)
	g := newGame(t)
	g.SetDefaultLang(locale.English)
	require.NoError(t, g.Step(nil))
	assert.Equal(t, "en", g.Status().Lang, "the device's language until one is picked")

	require.NoError(t, g.Step([]input.Action{input.Press("S")}))
	require.IsType(t, &scene.Settings{}, g.Top())
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "lang-ja")}))
	assert.Equal(t, "ja", g.Status().Lang, "the tick of the tap lays the screen out in the new language")
	assert.Contains(t, g.Status().Text, "設定")
	before := g.Status().Targets
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "size-4")}))
	assert.NotEqual(t, before, g.Status().Targets, "and at the new size: the targets published are where the controls are drawn")
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "theme-contrast")}))
	assert.Same(t, &ui.HighContrast, ui.ActiveTheme())
	assert.Contains(t, g.Status().Text, "特大")

	require.NoError(t, g.Step([]input.Action{input.Press(input.Escape)}))
	assert.Contains(t, g.Status().Text, "デッキ", "the deck screen speaks the new language")

	// A progress saved with other choices brings them.
	p := study.NewProgress()
	set := p.Settings()
	set.Lang, set.Theme = study.LangEnglish, study.ThemeLight
	require.NoError(t, p.SetSettings(set))
	g.UseProgress(p, nil)
	require.NoError(t, g.Step(nil))
	assert.Equal(t, "en", g.Status().Lang)
	assert.Same(t, &ui.Light, ui.ActiveTheme())
	assert.Contains(t, g.Status().Text, "Deck")
}
