package scene

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
)

func TestBindings(t *testing.T) {
	b := Bindings{
		{Keys: []string{input.Enter, input.Space}, Command: "go"},
		{Keys: []string{input.Escape}, Command: "back", Hint: "戻る"},
	}
	assert.Equal(t, "go", b.Command(input.Space))
	assert.Equal(t, "back", b.Command(input.Escape))
	assert.Empty(t, b.Command("Q"))
	assert.Equal(t, "Enter / Space", b.HintFor("go"))
	assert.Equal(t, "Esc ・ 戻る", b.HintFor("back"))
	assert.Empty(t, b.HintFor("quiz"), "no key, no hint")

	d := digits("grade", 4)
	assert.Equal(t, "grade-4", d.Command("4"))
	assert.Empty(t, d.Command("5"))
}

// buttonHints are the hints on the buttons of v, by label.
func buttonHints(v *view) map[string]string {
	out := map[string]string{}
	for _, it := range v.items {
		if it.kind == buttonItem {
			out[it.button.Label] = it.button.Hint
		}
	}
	return out
}

// The hints on buttons come from the bindings that handle the keys, and
// show only where there is a keyboard.
func TestHintsFollowBindingsAndKeyboard(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	ctx.ExportProgress = func() (string, error) { return "", nil }
	ctx.ImportProgress = func() {}
	d := NewDeck(testDeck())
	d.Update(ctx, nil)
	for label, hint := range buttonHints(&d.view) {
		assert.Empty(t, hint, "%s: no hint without a keyboard (a phone)", label)
	}

	ctx.Keyboard = true
	d.Update(ctx, nil)
	assert.Equal(t, map[string]string{
		locale.Start:                        "Enter / Space",
		locale.Quiz:                         "Q",
		locale.Settings.In(locale.Japanese): "S",
		locale.StatsButton.Ja:               "T",
		locale.BrowseButton.Ja:              "B",
		locale.Export:                       "E ・ " + locale.ExportHint,
		locale.Import:                       "I ・ " + locale.ImportHint,
	}, buttonHints(&d.view))

	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	assert.Equal(t, map[string]string{
		locale.Again: "1", locale.Hard: "2", locale.Good: "3", locale.Easy: "4",
		locale.StudyBack.Ja: "Esc", locale.StudyUndo.Ja: "",
	}, buttonHints(&s.view), "a drill schedules nothing, so its buttons show no interval")

	ctx.Progress = study.NewProgress()
	sess, err := study.New(testDeck(), ctx.Progress, study.Options{})
	require.NoError(t, err)
	s = NewStudy(sess)
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	assert.Equal(t, map[string]string{
		locale.Again: "1分 ・ 1", locale.Hard: "6分 ・ 2", locale.Good: "10分 ・ 3", locale.Easy: "8日 ・ 4",
		locale.StudyBack.Ja: "Esc", locale.StudyUndo.Ja: "",
	}, buttonHints(&s.view),
		"each grade's interval, then its key: Space and Enter also answer Good, but the digit is the hint; nothing to undo yet")

	ctx.Keyboard = false
	s.Update(ctx, nil)
	assert.Equal(t, "10分", buttonHints(&s.view)[locale.Good], "a phone shows the interval alone")
}

// Every key label a hint can show is drawn by the embedded font, whose
// coverage assets checks against locale.All.
func TestKeyLabelsAreInTheFont(t *testing.T) {
	all := strings.Join(locale.All(), "")
	quiz, _ := newQuizScene(t, "c1", "m1", "o1", "x1")
	scenes := []Scene{NewDeck(testDeck()), NewStudy(study.NewSession(testDeck(), testDeck().Cards)), quiz}
	for _, s := range scenes {
		for _, b := range s.Bindings() {
			for _, k := range b.Keys {
				for _, r := range keyLabel(k) {
					assert.True(t, strings.ContainsRune(all, r), "key %s: %q is in no UI string", k, r)
				}
			}
		}
	}
}

// Scenes start their content below the game's notices.
func TestContentStartsBelowTop(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	s.Update(ctx, nil)
	before := s.card
	ctx.Top = 90
	s.Update(ctx, nil)
	assert.InDelta(t, before.Y+90, s.card.Y, 0.01)
	assert.Equal(t, before.Y+before.H, s.card.Y+s.card.H, "the buttons stay at the bottom; the card gives up the room")
	require.Equal(t, targetRect(t, &s.view, "flip").Y, s.row.Y)
}

// Every key a screen binds is one the game polls: a binding to another
// key would show a hint that never works.
func TestBoundKeysArePolled(t *testing.T) {
	all := []Bindings{sheetKeys, removeKeys, deckBindings, homeBindings, matchKeys, leaveKeys, settingsKeys, shareKeys, statsKeys, browseKeys, cardSheetKeys,
		NewStudy(study.NewSession(testDeck(), testDeck().Cards)).Bindings()}
	for _, bs := range all {
		for _, b := range bs {
			for _, k := range b.Keys {
				assert.True(t, input.Polled(k), "%s is bound to %q, which is never polled", b.Command, k)
			}
		}
	}
}
