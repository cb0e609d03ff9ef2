package game_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/game"
	"factdeck/game/input"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

func newGame(t *testing.T) *game.Game {
	t.Helper()
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, assets.FontFallback)
	require.NoError(t, err)
	d := &deck.Deck{
		Format: deck.Format, Title: "t", Language: "ja",
		Sources: []deck.Source{{ID: "s", File: "s.txt", Title: "S"}},
		Facts:   []deck.Fact{{ID: "f", Source: "s", Sentence: "文。", Kind: "date"}},
		Cards:   []deck.Card{{ID: "c", Fact: "f", Type: "basic", Prompt: "問", Answer: "答"}},
	}
	g, err := game.New(d, fonts)
	require.NoError(t, err)
	g.Resize(800, 600)
	return g
}

func TestGameSceneStack(t *testing.T) {
	g := newGame(t)
	require.IsType(t, &scene.Deck{}, g.Top())

	require.NoError(t, g.Step([]input.Action{{Kind: input.Confirm}}))
	st, ok := g.Top().(*scene.Study)
	require.True(t, ok, "Enter opens the study screen")

	require.NoError(t, g.Step([]input.Action{{Kind: input.Flip}}))
	require.NoError(t, g.Step([]input.Action{{Kind: input.Grade, Grade: 4}}))
	_, more := st.Session().Current()
	assert.False(t, more, "the only card was answered")

	require.NoError(t, g.Step([]input.Action{{Kind: input.Confirm}}))
	assert.IsType(t, &scene.Deck{}, g.Top(), "the done screen returns to the deck")

	require.NoError(t, g.Step([]input.Action{{Kind: input.Back}}))
	assert.IsType(t, &scene.Deck{}, g.Top(), "Back on the deck screen stays: in a browser there is nowhere to go")

	require.NoError(t, g.Step([]input.Action{{Kind: input.Flip}}))
	require.IsType(t, &scene.Study{}, g.Top())
	require.NoError(t, g.Step([]input.Action{{Kind: input.Back}}))
	assert.IsType(t, &scene.Deck{}, g.Top(), "Back leaves a session")
}

func TestNewRequiresDeckAndFonts(t *testing.T) {
	_, err := game.New(nil, nil)
	assert.Error(t, err)
}

func TestStatusSaysTheNotice(t *testing.T) {
	g := newGame(t)
	before := g.Status().Text
	g.Notify("保存されません")
	assert.Equal(t, "保存されません\n"+before, g.Status().Text, "the deck screen's notice comes first")

	require.NoError(t, g.Step([]input.Action{{Kind: input.Confirm}}))
	assert.NotContains(t, g.Status().Text, "保存されません", "the study screen does not show it")
}
