package scene

import (
	"errors"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Without export and import (the desktop), E and I do nothing and there
// are no buttons for them.
func TestDeckWithoutProgressFile(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := NewDeck(testDeck())
	_, _, ok := d.backupButtons(ctx)
	assert.False(t, ok)
	for _, k := range []input.Kind{input.Export, input.Import} {
		assert.Equal(t, Stay, d.Update(ctx, []input.Action{{Kind: k}}).Op)
	}
	assert.Empty(t, ctx.Notice)
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
	exportB, importB, ok := d.backupButtons(ctx)
	require.True(t, ok)
	studyB, quizB := d.buttons(ctx)
	for _, b := range []ui.Rect{exportB.Rect, importB.Rect} {
		assert.Less(t, b.Y+b.H, min(studyB.Rect.Y, quizB.Rect.Y), "above the main buttons")
	}

	for i, a := range []input.Action{{Kind: input.Export}, tap(exportB.Rect)} {
		assert.Equal(t, Stay, d.Update(ctx, []input.Action{a}).Op)
		assert.Equal(t, i+1, exports)
		assert.Contains(t, ctx.Notice, "factdeck-progress-x.json")
	}
	exportErr = errors.New("download blocked")
	d.Update(ctx, []input.Action{{Kind: input.Export}})
	assert.Equal(t, locale.ExportFailed+": download blocked", ctx.Notice)

	for i, a := range []input.Action{{Kind: input.Import}, tap(importB.Rect)} {
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
	d.Draw(dst, ctx)
	exportB, importB, ok := d.backupButtons(ctx)
	require.True(t, ok)
	for _, b := range []ui.Rect{exportB.Rect, importB.Rect} {
		assert.GreaterOrEqual(t, b.X, 0.0)
		assert.LessOrEqual(t, b.X+b.W, ctx.W)
		// The top middle of a button is its fill, clear of the label.
		r, g, bl, _ := dst.At(int(b.X+b.W/2), int(b.Y+b.H*0.08)).RGBA()
		tr, tg, tb, _ := ui.Track.RGBA()
		assert.Equal(t, [3]uint32{tr, tg, tb}, [3]uint32{r, g, bl}, "button fill at %+v", b)
	}
}
