package scene

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
)

// paragraphDeck is a deck whose first two facts keep the paragraph around
// their sentences (deckgen build --paragraphs), the second a long one,
// and whose third keeps none.
func paragraphDeck(t *testing.T) *deck.Deck {
	t.Helper()
	d, err := deck.Read("testdata/paragraphs.json")
	require.NoError(t, err)
	require.NotEmpty(t, d.Facts[0].Paragraph)
	require.Empty(t, d.Facts[2].Paragraph)
	return d
}

// openSource opens the sheet of card i and, from it, the source view.
func openSource(t *testing.T, ctx *Context, d *deck.Deck, i int) (*CardSheet, *SourceView) {
	t.Helper()
	sheet := NewCardSheet(d, d.Cards[i])
	sheet.Update(ctx, nil)
	tr := sheet.Update(ctx, []input.Action{tapOn(t, &sheet.view, "source")})
	require.Equal(t, Push, tr.Op)
	sv, ok := tr.Scene.(*SourceView)
	require.True(t, ok)
	sv.Update(ctx, nil)
	return sheet, sv
}

// A card's sheet opens its source: the document's title and date, and
// the paragraph with the fact's sentence marked in it.
func TestSourceViewFromTheCardSheet(t *testing.T) {
	ctx := testContext(t, 390, 844)
	ctx.Progress = study.NewProgress()
	d := paragraphDeck(t)
	_, sv := openSource(t, ctx, d, 0)
	f := d.Facts[0]
	st := sv.Status()
	assert.Equal(t, "source", st.Scene)
	assert.Contains(t, st.Text, "【"+f.Sentence+"】")
	before, _, _ := strings.Cut(f.Paragraph, f.Sentence)
	require.NotEmpty(t, before)
	assert.Contains(t, st.Text, before+"【", "the paragraph around it")
	src, _ := d.Source(f.Source)
	assert.Contains(t, st.Text, src.Title)
	assert.Contains(t, st.Text, study.Stated(f, src))
	var marked bool
	for _, it := range sv.view.items {
		if it.kind == textItem && it.para.Mark[1] > it.para.Mark[0] {
			marked = it.para.Text[it.para.Mark[0]:it.para.Mark[1]] == f.Sentence
		}
	}
	assert.True(t, marked, "the sentence is highlighted where it stands")
	assert.Equal(t, Pop, sv.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)

	// A fact without a paragraph has nothing more to show.
	sheet := NewCardSheet(d, d.Cards[2])
	sheet.Update(ctx, nil)
	assert.False(t, sheet.view.has("source"))
	assert.Equal(t, Stay, sheet.Update(ctx, []input.Action{input.Press("O")}).Op)
}

// A passage longer than the screen scrolls, by the arrow keys and by a
// drag or the wheel over it.
func TestSourceViewScrolls(t *testing.T) {
	ctx := testContext(t, 390, 844)
	ctx.TextScale = 1.6
	d := paragraphDeck(t)
	_, sv := openSource(t, ctx, d, 1)
	require.True(t, sv.scroll.Scrollable(), "579 characters at the largest text on a phone")
	sv.Update(ctx, []input.Action{input.Press(input.ArrowDown)})
	assert.Positive(t, sv.scroll.Offset)
	sv.Update(ctx, []input.Action{input.Press(input.ArrowUp)})
	assert.Zero(t, sv.scroll.Offset)
	sv.Update(ctx, []input.Action{input.ScrollAt(sv.body.X+10, sv.body.Y+10, 1e5)})
	assert.Equal(t, sv.scroll.Max(), sv.scroll.Offset)
}

// TestSourceViewScreenshots draws the card sheet with its source button
// and the source view of a paragraph and of a long one, into
// $FACTDECK_ARTIFACTS/scenes/source.
func TestSourceViewScreenshots(t *testing.T) {
	eachShotScreen(t, "source", func(ctx *Context, shot shotFunc) {
		ctx.Progress = study.NewProgress()
		d := paragraphDeck(t)
		b := NewBrowse(d)
		b.Update(ctx, nil)
		sheet, sv := openSource(t, ctx, d, 0)
		shot("sheet", b, sheet)
		shot("paragraph", sv)
		_, long := openSource(t, ctx, d, 1)
		shot("long", long)
	})
}
