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

// openFilters opens b's filter sheet by its button and lays it out.
func openFilters(t *testing.T, b *Browse, ctx *Context) *BrowseFilterSheet {
	t.Helper()
	tr := b.Update(ctx, []input.Action{tapOn(t, &b.view, "filter")})
	require.Equal(t, Push, tr.Op)
	s, ok := tr.Scene.(*BrowseFilterSheet)
	require.True(t, ok)
	s.Update(ctx, nil)
	return s
}

// countCards counts d's cards that ok accepts.
func countCards(d *deck.Deck, ok func(deck.Card) bool) int {
	n := 0
	for _, c := range d.Cards {
		if ok(c) {
			n++
		}
	}
	return n
}

// The sheet narrows the list by card type, fact kind, source and tag
// and orders it; the count on the sheet and the list follow each pick,
// and the list's button says how many filters are on.
func TestBrowseFilterSheet(t *testing.T) {
	ctx := testContext(t, 390, 844)
	ctx.Progress = study.NewProgress()
	d := builtinDeck(t)
	b := NewBrowse(d)
	b.Update(ctx, nil)
	s := openFilters(t, b, ctx)
	assert.Equal(t, "browse-filter", s.Status().Scene)

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-type")})
	assert.Contains(t, s.Status().Text, "空所補充")
	cloze := 1 + indexOf(s.facets.Types, deck.TypeCloze)
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "opt-"+itoa(cloze))})
	want := countCards(d, func(c deck.Card) bool { return c.Type == deck.TypeCloze })
	assert.Len(t, b.results, want)
	assert.Contains(t, s.Status().Text, "✓ 空所補充")
	assert.Contains(t, s.Status().Text, itoa(want)+"枚", "the sheet's count follows")
	assert.Contains(t, b.Status().Text, itoa(want)+"枚", "and so does the list under it")

	// Arrow keys turn the pages; a digit picks a choice.
	s.Update(ctx, []input.Action{input.Press(input.ArrowRight)})
	assert.Contains(t, s.Status().Text, "▶種類")
	date := 1 + indexOf(s.facets.Kinds, deck.KindDate)
	require.Less(t, date, 10)
	s.Update(ctx, []input.Action{input.Press(itoa(date))})
	want = countCards(d, func(c deck.Card) bool {
		f, _ := d.Fact(c.Fact)
		return c.Type == deck.TypeCloze && f.Kind == deck.KindDate
	})
	assert.Len(t, b.results, want)

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-tag")})
	tariffs := 1 + indexOf(s.facets.Tags, "topic:trade-tariffs")
	require.Positive(t, tariffs)
	assert.Contains(t, s.Status().Text, "trade-tariffs", "a tag reads without its namespace")
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "opt-"+itoa(tariffs))})
	for _, i := range b.results {
		assert.Contains(t, d.Cards[i].Tags, "topic:trade-tariffs")
	}

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-source")})
	assert.Len(t, strings.Split(s.Status().Text, "\n"), 1+len(filterPages)+len(d.Sources), "a choice for each source")

	// The order: by source title puts the cards of one source together.
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "clear")})
	assert.Len(t, b.results, len(d.Cards), "clear takes every filter off")
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-sort")})
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "opt-3")})
	assert.Equal(t, study.SortSource, b.query.Sort)
	seen := map[string]bool{}
	last := ""
	for _, i := range b.results {
		f, _ := d.Fact(d.Cards[i].Fact)
		if f.Source != last {
			assert.False(t, seen[f.Source], "source %s comes back after others", f.Source)
			seen[f.Source], last = true, f.Source
		}
	}

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-kind"), input.Press("1")})
	assert.Equal(t, Pop, s.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)
	ctx.Epoch++
	b.Resume(ctx)
	b.Update(ctx, nil)
	assert.Equal(t, []string{s.facets.Kinds[0]}, b.query.Kinds)
	assert.Contains(t, b.view.texts(), "条件（1）", "the button counts the filters on")
}

// F opens the sheet unless the search field has the keys.
func TestBrowseFilterKey(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	b := NewBrowse(builtinDeck(t))
	b.Update(ctx, nil)
	b.Update(ctx, []input.Action{input.Press("/")})
	assert.Equal(t, Stay, b.Update(ctx, []input.Action{input.Press("F")}).Op, "typing F in the search")
	b.Update(ctx, []input.Action{input.Press(input.Enter)})
	assert.Equal(t, Push, b.Update(ctx, []input.Action{input.Press("F")}).Op)
}

// TestBrowseFilterScreenshots draws the sheet on its kind page with two
// kinds picked, and the list it leaves, into
// $FACTDECK_ARTIFACTS/scenes/browse.
func TestBrowseFilterScreenshots(t *testing.T) {
	eachShotScreen(t, "browse", func(ctx *Context, shot shotFunc) {
		ctx.Progress = study.NewProgress()
		b := NewBrowse(builtinDeck(t))
		b.Update(ctx, nil)
		s := openFilters(t, b, ctx)
		s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-kind"), input.Press("1"), input.Press("5")})
		shot("filter-kind", b, s)
		s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-source"), input.Press("2")})
		shot("filter-source", b, s)
		s.Update(ctx, []input.Action{tapOn(t, &s.view, "page-tag")})
		shot("filter-tag", b, s)
		s.Update(ctx, []input.Action{input.Press(input.Escape)})
		ctx.Epoch++
		b.Update(ctx, nil)
		shot("filtered", b)
	})
}
