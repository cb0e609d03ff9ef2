package game_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/srs"
	"factdeck/cards/store"
	"factdeck/cards/study"
	"factdeck/game"
	"factdeck/game/input"
	"factdeck/game/locale"
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
	require.NoError(t, g.Step(nil)) // the first tick lays the screen out
	return g
}

func TestGameSceneStack(t *testing.T) {
	g := newGame(t)
	require.IsType(t, &scene.Deck{}, g.Top())

	require.NoError(t, g.Step([]input.Action{tapID(t, g, "study")}))
	st, ok := g.Top().(*scene.Study)
	require.True(t, ok, "a click on the study button opens the study screen")

	require.NoError(t, g.Step([]input.Action{tapID(t, g, "card")}))
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "grade-4")}))
	_, more := st.Session().Current()
	assert.False(t, more, "the only card was answered")

	require.NoError(t, g.Step([]input.Action{input.Press(input.Enter)}))
	assert.IsType(t, &scene.Deck{}, g.Top(), "the done screen returns to the deck")

	require.NoError(t, g.Step([]input.Action{input.Press(input.Escape)}))
	assert.IsType(t, &scene.Deck{}, g.Top(), "Back on the deck screen stays: in a browser there is nowhere to go")

	require.NoError(t, g.Step([]input.Action{input.Press(input.Space)}))
	require.IsType(t, &scene.Study{}, g.Top())
	require.NoError(t, g.Step([]input.Action{input.Press(input.Escape)}))
	assert.IsType(t, &scene.Deck{}, g.Top(), "Back leaves a session")
}

func TestNewRequiresDeckAndFonts(t *testing.T) {
	_, err := game.New(nil, nil)
	assert.Error(t, err)
}

func TestStatusSaysTheNotice(t *testing.T) {
	g := newGame(t)
	require.NoError(t, g.Step(nil))
	before := g.Status()
	g.Notify("保存されません")
	require.NoError(t, g.Step(nil))
	after := g.Status()
	assert.Equal(t, "保存されません\n"+before.Text, after.Text, "the notice comes first")

	require.NoError(t, g.Step([]input.Action{input.Press(input.Enter)}))
	assert.NotContains(t, g.Status().Text, "保存されません", "moving on to another screen clears it")
}

// A chosen progress file replaces the progress on the deck screen only: a
// session on show studies on with the progress it started with. The
// deck screen says how it went, naming the file when it is refused.
func TestImportOnDeckScreen(t *testing.T) {
	g := newGame(t)
	old, imported := study.NewProgress(), study.NewProgress()
	_, err := imported.Grade("c", srs.Easy, time.Now(), time.Second)
	require.NoError(t, err)
	var replaced [][]byte
	g.UseProgress(old, store.Memory(store.Options{}))
	g.UseProgressFile(game.ProgressFile{
		Export: func() (string, error) { return "x.json", nil },
		Choose: func() {},
		Replace: func(data []byte) (*study.Progress, error) {
			replaced = append(replaced, data)
			if string(data) == "bad" {
				return nil, errors.New("not a progress file")
			}
			return imported, nil
		},
	})
	require.NoError(t, g.Step(nil))
	assert.Contains(t, g.Status().Text, locale.BackupKeys, "a screen reader hears the keys")

	require.NoError(t, g.Step([]input.Action{input.Press(input.Enter)}))
	require.IsType(t, &scene.Study{}, g.Top())
	g.Import("mine.json", []byte("good"), nil)
	require.NoError(t, g.Step(nil))
	assert.Empty(t, replaced, "not while studying")

	require.NoError(t, g.Step([]input.Action{input.Press(input.Escape)}))
	require.NoError(t, g.Step(nil))
	assert.Equal(t, [][]byte{[]byte("good")}, replaced)
	assert.True(t, strings.HasPrefix(g.Status().Text, fmt.Sprintf(locale.NoticeImported, 1)), g.Status().Text)
	require.NoError(t, g.Step([]input.Action{input.Press(input.Enter)}))
	st, ok := g.Top().(*scene.Study)
	require.True(t, ok)
	_, more := st.Session().Current()
	assert.False(t, more, "the imported progress has the only card studied")
	require.NoError(t, g.Step([]input.Action{input.Press(input.Escape)}))

	g.Import("bad.json", []byte("bad"), nil)
	require.NoError(t, g.Step(nil))
	assert.True(t, strings.HasPrefix(g.Status().Text, locale.ImportFailed+": bad.json: not a progress file"), g.Status().Text)

	g.Import("big.json", nil, errors.New("file too large"))
	require.NoError(t, g.Step(nil))
	assert.Len(t, replaced, 2, "a file that could not be read is not applied")
	assert.True(t, strings.HasPrefix(g.Status().Text, locale.ImportFailed+": big.json: file too large"), g.Status().Text)
}

// target is the status's target id, in CSS pixels.
func target(t *testing.T, st scene.Status, id string) scene.Target {
	t.Helper()
	for _, tg := range st.Targets {
		if tg.ID == id {
			return tg
		}
	}
	require.Failf(t, "no target", "%q in %+v", id, st.Targets)
	return scene.Target{}
}

// tapID taps the middle of target id of the screen on show, as the
// desktop app gets it: in device pixels (the tests' scale is 1).
func tapID(t *testing.T, g *game.Game, id string) input.Action {
	t.Helper()
	tg := target(t, g.Status(), id)
	return input.TapAt(tg.X+tg.W/2, tg.Y+tg.H/2)
}

// Status says while a card turns, and not once it rests.
func TestStatusSaysWhileACardTurns(t *testing.T) {
	g := newGame(t)
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	g.SetClock(func() time.Time { return now })
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "study")}))
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "card")}))
	assert.True(t, g.Status().Moving)
	now = now.Add(time.Second)
	require.NoError(t, g.Step(nil))
	assert.False(t, g.Status().Moving)
}
