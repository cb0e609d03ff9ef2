package scene

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"

	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Without export and import (the desktop), E and I do nothing and there
// are no buttons for them.
func TestDeckWithoutProgressFile(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := NewDeck(testDeck())
	for _, k := range []string{"E", "I"} {
		assert.Equal(t, Stay, d.Update(ctx, []input.Action{input.Press(k)}).Op)
	}
	assert.True(t, ctx.Notices.Empty())
	for _, id := range []string{"export", "import"} {
		_, ok := d.view.rect(id)
		assert.False(t, ok, "no %s button", id)
	}
}

// E or the export button saves the progress as a file and the deck screen
// says under what name, or why it could not; I or the import button opens
// the chooser.
func TestDeckExportsAndImports(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	var exports, imports int
	var exportErr error
	ctx.ExportProgress = func() (string, error) {
		exports++
		return "factdeck-progress-x.json", exportErr
	}
	ctx.ImportProgress = func() { imports++ }
	d := NewDeck(testDeck())
	d.Update(ctx, nil)
	for _, id := range []string{"export", "import"} {
		b := targetRect(t, &d.view, id)
		for _, main := range []string{"study", "quiz"} {
			assert.Less(t, b.Y+b.H, targetRect(t, &d.view, main).Y, "%s above %s", id, main)
		}
	}

	for i, a := range []input.Action{input.Press("E"), tapOn(t, &d.view, "export")} {
		ctx.Notices.Clear()
		assert.Equal(t, Stay, d.Update(ctx, []input.Action{a}).Op)
		assert.Equal(t, i+1, exports)
		assert.Contains(t, ctx.Notices.Text(), "factdeck-progress-x.json")
	}
	ctx.Notices.Clear()
	exportErr = errors.New("download blocked")
	d.Update(ctx, []input.Action{input.Press("E")})
	assert.Equal(t, locale.ExportFailed+": download blocked", ctx.Notices.Text())

	for i, a := range []input.Action{input.Press("I"), tapOn(t, &d.view, "import")} {
		assert.Equal(t, Stay, d.Update(ctx, []input.Action{a}).Op)
		assert.Equal(t, i+1, imports)
	}
	assert.Equal(t, 3, exports, "importing exported nothing")
}

// On a phone-sized screen the export and import buttons are drawn, above
// the main ones, inside the screen.
func TestDeckDrawsProgressFileButtons(t *testing.T) {
	ctx := testContext(t, 390, 844)
	ctx.ExportProgress = func() (string, error) { return "", nil }
	ctx.ImportProgress = func() {}
	d := NewDeck(testDeck())
	dst := ebiten.NewImage(390, 844)
	defer dst.Deallocate()
	d.Update(ctx, nil)
	d.Draw(dst, ctx)
	for _, b := range []ui.Rect{targetRect(t, &d.view, "export"), targetRect(t, &d.view, "import")} {
		assert.GreaterOrEqual(t, b.X, 0.0)
		assert.LessOrEqual(t, b.X+b.W, ctx.W)
		// The top middle of a button is its fill, clear of the label.
		r, g, bl, _ := dst.At(int(b.X+b.W/2), int(b.Y+b.H*0.08)).RGBA()
		tr, tg, tb, _ := ui.Track.RGBA()
		assert.Equal(t, [3]uint32{tr, tg, tb}, [3]uint32{r, g, bl}, "button fill at %+v", b)
	}
}

// Each quiz started from the deck screen asks facts the earlier quizzes
// of the day did not, even without saved progress and on a stopped clock.
func TestDeckQuizzesAskFreshQuestions(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	ctx.Now = func() time.Time { return now }
	d := testDeck()
	d.Facts, d.Cards = nil, nil
	for i := range 25 {
		f := fmt.Sprintf("f%02d", i)
		d.Facts = append(d.Facts, deck.Fact{ID: f, Source: "s1", Sentence: "文。", Kind: "date"})
		d.Cards = append(d.Cards, deck.Card{ID: f + "-c", Fact: f, Type: deck.TypeCloze, Prompt: "？", Answer: "a"})
	}
	s := NewDeck(d)
	asked := map[string]bool{}
	for range 2 {
		tr := s.Update(ctx, []input.Action{input.Press("Q")})
		require.Equal(t, Push, tr.Op)
		q := tr.Scene.(*Quiz).Quiz()
		require.Equal(t, study.QuizLength, q.Len())
		for q.Len() > q.Answered() {
			qu, _ := q.Current()
			assert.False(t, asked[qu.Card.Fact], "fact %s was asked by the first quiz", qu.Card.Fact)
			asked[qu.Card.Fact] = true
			_, err := q.Answer(study.Response{Text: "a"})
			require.NoError(t, err)
		}
	}
}
