package scene

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/ui"
)

// smallestText is the size of the smallest card text the view sets.
func smallestText(v *view) float64 {
	least := 0.0
	for _, it := range v.items {
		if it.kind == textItem && (least == 0 || it.para.Size < least) {
			least = it.para.Size
		}
	}
	return least
}

// On a phone at the largest text, a long card keeps its text size and
// scrolls: by a drag or the wheel over the card, and by the arrow keys;
// the next side starts at the top again.
func TestLongCardScrolls(t *testing.T) {
	ctx := testContext(t, 390*3, 844*3)
	ctx.Scale, ctx.TextScale = 3, TextScale(study.TextLargest)
	d := testDeck()
	s := NewStudy(study.NewSession(d, d.Cards[1:]))
	s.Update(ctx, nil)
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "card")})
	s.Update(ctx, nil)
	require.True(t, s.session.Flipped())
	require.True(t, s.scroll.Scrollable(), "the long card's back does not fit")
	assert.GreaterOrEqual(t, smallestText(&s.view), ctx.Unit()*0.7-0.01, "no text below the smallest role's size")

	c := s.card
	s.Update(ctx, []input.Action{input.ScrollAt(c.X+c.W/2, c.Y+c.H/2, 100)})
	assert.Equal(t, 100.0, s.scroll.Offset)
	s.Update(ctx, []input.Action{input.ScrollAt(c.X+c.W/2, s.row.Y+s.row.H/2, 100)})
	assert.Equal(t, 100.0, s.scroll.Offset, "a scroll over the buttons leaves the card be")
	s.Update(ctx, []input.Action{input.Press(input.ArrowDown)})
	assert.Greater(t, s.scroll.Offset, 100.0)
	s.Update(ctx, []input.Action{input.Press(input.ArrowUp), input.Press(input.ArrowUp)})
	assert.Zero(t, s.scroll.Offset)

	s.Update(ctx, []input.Action{input.ScrollAt(c.X+c.W/2, c.Y+c.H/2, 1e6)})
	assert.Equal(t, s.scroll.Max(), s.scroll.Offset, "scrolled to the end")
	_, ok := s.view.rect("caveat")
	assert.False(t, ok, "this card has no caveat badge")
	clipped := 0
	for _, it := range s.view.items {
		switch {
		case it.kind != textItem:
		case it.clip == ui.Rect{}:
			assert.Less(t, it.y, s.card.Y, "only the header's text is not clipped to the card")
		default:
			clipped++
		}
	}
	assert.Greater(t, clipped, 2, "the card's text is clipped to it")
}

// A short card does not scroll, whatever the student does.
func TestShortCardDoesNotScroll(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	d := testDeck()
	s := NewStudy(study.NewSession(d, d.Cards[:1]))
	s.Update(ctx, nil)
	c := s.card
	s.Update(ctx, []input.Action{input.ScrollAt(c.X+c.W/2, c.Y+c.H/2, 100), input.Press(input.ArrowDown)})
	assert.False(t, s.scroll.Scrollable())
	assert.Zero(t, s.scroll.Offset)
}
