package scene

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Browse lists the built-in deck's cards, only the rows on show laid out;
// a filter narrows them, scrolling moves them, a row opens its card,
// whose sheet suspends it and flags it, and the suspended filter finds
// it then.
func TestBrowseListFilterAndCard(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	ctx.Progress = study.NewProgress()
	d := builtinDeck(t)
	b := NewBrowse(d)
	b.Update(ctx, nil)
	assert.Len(t, b.results, len(d.Cards), "every card")
	rows := 0
	for _, tg := range b.view.targets {
		if strings.HasPrefix(tg.id, "row-") {
			rows++
		}
	}
	assert.Positive(t, rows)
	assert.Less(t, rows, 20, "only the rows on show are laid out")
	assert.Contains(t, b.Status().Text, d.Cards[b.results[0]].Answer)

	b.Update(ctx, []input.Action{input.Press(input.ArrowDown), input.Press(input.ArrowDown)})
	assert.Positive(t, b.scroll.Offset)
	assert.False(t, b.view.has("row-0"), "the first row scrolled away")

	b.Update(ctx, []input.Action{tapOn(t, &b.view, "state-2")})
	assert.Empty(t, b.results, "nothing is due before any answer")
	assert.Contains(t, b.Status().Text, "0枚")
	b.Update(ctx, []input.Action{tapOn(t, &b.view, "state-1")})
	assert.Len(t, b.results, len(d.Cards), "every card is new")
	b.scroll.Offset = 0
	ctx.Epoch++
	b.Update(ctx, nil)

	tr := b.Update(ctx, []input.Action{tapOn(t, &b.view, "row-0")})
	require.Equal(t, Push, tr.Op)
	sheet, ok := tr.Scene.(*CardSheet)
	require.True(t, ok)
	id := sheet.card.ID
	sheet.Update(ctx, nil)
	sheet.Update(ctx, []input.Action{tapOn(t, &sheet.view, "suspend")})
	assert.True(t, ctx.Progress.Suspended(id))
	sheet.Update(ctx, []input.Action{input.Press("F")})
	_, flagged := ctx.Progress.Flagged(id)
	assert.True(t, flagged)
	assert.Contains(t, sheet.Status().Text, "保留中")
	assert.Equal(t, Pop, sheet.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)

	b.Resume(ctx)
	b.Update(ctx, []input.Action{tapOn(t, &b.view, "state-3")})
	require.Len(t, b.results, 1, "the suspended card")
	assert.Equal(t, id, d.Cards[b.results[0]].ID)

	// A card answered Again is learning.
	learning := d.Cards[5].ID
	_, err := ctx.Progress.Grade(learning, srs.Again, ctx.now(), 0)
	require.NoError(t, err)
	b.Resume(ctx)
	b.Update(ctx, []input.Action{tapOn(t, &b.view, "state-4")})
	require.Len(t, b.results, 1, "the learning card")
	assert.Equal(t, learning, d.Cards[b.results[0]].ID)
	assert.Contains(t, b.view.texts(), "学習中")
}

// What is typed in the search finds cards whatever its width or case.
func TestBrowseSearch(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	d := builtinDeck(t)
	b := NewBrowse(d)
	b.Update(ctx, nil)
	b.field.SetText("ｎａｔｏ")
	b.Update(ctx, nil)
	require.NotEmpty(t, b.results)
	assert.Less(t, len(b.results), len(d.Cards))
	for _, i := range b.results[:min(5, len(b.results))] {
		c := d.Cards[i]
		f, _ := d.Fact(c.Fact)
		all := strings.ToUpper(c.Prompt + c.Answer + f.Sentence + strings.Join(c.Choices, ""))
		assert.Contains(t, all, "NATO", "card %s", c.ID)
	}
}

// However far the list is scrolled, a row's lines are drawn only inside
// the list: a line of a row cut by its edge is clipped or left out.
func TestBrowseRowsStayInTheList(t *testing.T) {
	ctx := testContext(t, 390, 844)
	b := NewBrowse(builtinDeck(t))
	b.Update(ctx, nil)
	for range 40 {
		b.Update(ctx, []input.Action{input.ScrollAt(b.list.X+5, b.list.Y+5, b.rowH*0.37)})
		for _, it := range b.view.items {
			if it.kind != textItem || !strings.HasPrefix(it.para.Text, "→ ") && it.y < b.list.Y-b.rowH {
				continue // the header's texts
			}
			require.NotEqual(t, it.clip, ui.Rect{}, "%q at %v is not clipped (offset %v)", it.para.Text, it.y, b.scroll.Offset)
			assert.True(t, it.clip.Y >= b.list.Y && it.clip.Y+it.clip.H <= b.list.Y+b.list.H+0.01, "%q", it.para.Text)
		}
	}
}

// The state buttons and the filter sheet's tabs keep their labels at the
// text size on a phone, in both languages and at the largest size: they
// take more rows rather than shrink.
func TestBrowseLabelsKeepTheTextSize(t *testing.T) {
	for _, lang := range []locale.Lang{locale.Japanese, locale.English} {
		for _, scale := range []float64{1, 1.6} {
			ctx := testContext(t, 390, 844)
			ctx.Lang, ctx.TextScale = lang, scale
			b := NewBrowse(builtinDeck(t))
			b.Update(ctx, nil)
			s := openFilters(t, b, ctx)
			want := ctx.Unit() * 0.85
			for _, v := range []*view{&b.view, &s.view} {
				n := 0
				for _, it := range v.items {
					if it.kind == buttonItem && hasTargetIn(v, it.button.Rect, "state-", "page-") {
						n++
						assert.InDelta(t, want, it.size, 0.01, "%q at text scale %v", it.button.Label, scale)
					}
				}
				assert.Equal(t, map[*view]int{&b.view: len(browseStates), &s.view: len(filterPages)}[v], n)
			}
			// The tabs' rows push the choices down, inside the panel.
			panel := targetRect(t, &s.view, "panel")
			close := targetRect(t, &s.view, "close")
			assert.LessOrEqual(t, close.Y+close.H, panel.Y+panel.H)
		}
	}
}

// hasTargetIn reports whether v has a target at r whose id starts with
// one of prefixes.
func hasTargetIn(v *view, r ui.Rect, prefixes ...string) bool {
	for _, tg := range v.targets {
		for _, p := range prefixes {
			if tg.rect == r && strings.HasPrefix(tg.id, p) {
				return true
			}
		}
	}
	return false
}
