package scene

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// BrowseFilterSheet sets Browse's order and its filters by card type,
// fact kind, source and tag, over the list. It shows one page of
// choices at a time, picked by the tabs at its top, so that it fits a
// phone; the choices are what the deck's cards have (study.Facets), and
// the count at the top follows each pick.
type BrowseFilterSheet struct {
	browse *Browse
	facets study.BrowseFacets
	page   int
	view   view
	lang   locale.Lang
	// lines read the sheet out for Status; chips are the choices' places.
	lines []string
	chips []ui.Rect
}

// filterPages are the sheet's tabs: the order, then a page for each
// list filter (study.FilterType… in order).
var filterPages = []struct {
	id    string
	label locale.Text
}{
	{"page-sort", locale.BrowsePageSort}, {"page-type", locale.BrowsePageType}, {"page-kind", locale.BrowsePageKind},
	{"page-source", locale.BrowsePageSource}, {"page-tag", locale.BrowsePageTag},
}

// browseSorts are the orders the first page offers.
var browseSorts = []struct {
	sort  study.BrowseSort
	label locale.Text
}{
	{study.SortDeck, locale.BrowseSortDeck}, {study.SortDue, locale.BrowseSortDue},
	{study.SortSource, locale.BrowseSortSource}, {study.SortText, locale.BrowseSortText},
}

// NewBrowseFilterSheet opens the filters of b.
func NewBrowseFilterSheet(b *Browse) *BrowseFilterSheet {
	return &BrowseFilterSheet{browse: b, facets: b.browser.Facets()}
}

// Overlay marks the sheet as drawn over the list.
func (*BrowseFilterSheet) Overlay() {}

var filterSheetKeys = append(Bindings{
	{Keys: []string{input.Escape, input.Enter}, Command: "close"},
	{Keys: []string{input.ArrowLeft}, Command: "page-prev"},
	{Keys: []string{input.ArrowRight}, Command: "page-next"},
	{Keys: []string{"C"}, Command: "clear"},
}, digits("opt", 9)...)

// Bindings close the sheet, turn its pages, clear the filters and pick
// the first nine choices of a page by number.
func (*BrowseFilterSheet) Bindings() Bindings { return filterSheetKeys }

// Update turns pages and picks choices, each applied to the list at once.
func (s *BrowseFilterSheet) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	for _, a := range actions {
		cmd := command(a, filterSheetKeys, &s.view)
		switch {
		case cmd == "close" || cmd == "scrim":
			return Transition{Op: Pop}
		case cmd == "page-prev":
			s.page = max(s.page-1, 0)
		case cmd == "page-next":
			s.page = min(s.page+1, len(filterPages)-1)
		case cmd == "clear":
			s.browse.query.ClearFilters()
			s.browse.changed(ctx)
		case strings.HasPrefix(cmd, "page-"):
			for i, p := range filterPages {
				if p.id == cmd {
					s.page = i
				}
			}
		case strings.HasPrefix(cmd, "opt-"):
			n, _ := strconv.Atoi(strings.TrimPrefix(cmd, "opt-"))
			s.pick(ctx, n-1)
		}
	}
	if !s.view.keep(ctx, actions, 0) {
		s.layout(ctx)
	}
	return Transition{}
}

// pick applies choice i of the page on show: an order replaces the one
// before, a filter's value goes on or off.
func (s *BrowseFilterSheet) pick(ctx *Context, i int) {
	q := &s.browse.query
	if s.page == 0 {
		if i < 0 || i >= len(browseSorts) {
			return
		}
		q.Sort = browseSorts[i].sort
	} else {
		f := study.BrowseFilter(s.page - 1)
		values := s.facets.Values(f)
		if i < 0 || i >= len(values) {
			return
		}
		q.Toggle(f, values[i])
	}
	s.browse.changed(ctx)
}

// choices are the labels of the page's choices and whether each is
// picked.
func (s *BrowseFilterSheet) choices(l locale.Lang) ([]string, []bool) {
	q := &s.browse.query
	var labels []string
	var on []bool
	if s.page == 0 {
		for _, o := range browseSorts {
			labels, on = append(labels, o.label.In(l)), append(on, q.Sort == o.sort)
		}
		return labels, on
	}
	f := study.BrowseFilter(s.page - 1)
	for _, v := range s.facets.Values(f) {
		label := v
		switch f {
		case study.FilterType:
			label = locale.NameIn(locale.CardTypeNames, v, l)
		case study.FilterKind:
			label = locale.NameIn(locale.FactKindNames, v, l)
		case study.FilterSource:
			if src, ok := s.browse.deck.Source(v); ok && src.Title != "" {
				label = cutRunes(src.Title, 24)
			}
		case study.FilterTag:
			label = study.TagName(v)
		}
		labels, on = append(labels, label), append(on, q.Has(f, v))
	}
	return labels, on
}

// cutRunes is s cut to n runes, an ellipsis marking the cut.
func cutRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// layout lays the panel out from the top: the title and the count, the
// page tabs, the page's choices flowing in rows, then clear and close;
// the rest of the screen closes it.
func (s *BrowseFilterSheet) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	l := ctx.Lang
	s.lang = l
	u, m := ctx.Unit(), ctx.Margin()
	v.scrim(ctx)
	w := min(ctx.W-2*m, u*36)
	x, top := (ctx.W-w)/2, ctx.top()
	pad := u * 0.8
	inner := w - 2*pad
	bh := max(ctx.targetSize(), u*2.2)
	gap := u * 0.4
	chipSize := u * 0.9

	labels, on := s.choices(l)
	for i := range labels {
		if on[i] {
			labels[i] = "✓ " + labels[i]
		}
	}
	// Each choice as wide as its label, rows filled left to right.
	face := ctx.Fonts.Face(chipSize, true)
	s.chips = s.chips[:0]
	cx, cy := 0.0, 0.0
	for _, label := range labels {
		cw := min(max(text.Advance(label, face)+chipSize*1.6, u*4), inner)
		if cx > 0 && cx+cw > inner {
			cx, cy = 0, cy+bh+gap
		}
		s.chips = append(s.chips, ui.Rect{X: cx, Y: cy, W: cw, H: bh})
		cx += cw + gap
	}
	title := ui.Paragraph{Text: locale.BrowseFilterTitle.In(l) + "　" + fmt.Sprintf(locale.BrowseCount.In(l), len(s.browse.results)),
		Face: ctx.Fonts.Face(u, true), Size: u, Color: ui.Ink}
	titleH := ctx.Wrap.Height(title, inner)
	var note ui.Paragraph
	chipsH := cy + bh
	if len(labels) == 0 {
		note = ui.Paragraph{Text: locale.BrowseFilterNoTags.In(l), Face: ctx.Fonts.Face(u*0.9, false), Size: u * 0.9, Color: ui.MutedInk}
		chipsH = ctx.Wrap.Height(note, inner)
	}
	ids := make([]string, len(filterPages))
	names := make([]string, len(filterPages))
	for i, p := range filterPages {
		ids[i], names[i] = p.id, p.label.In(l)
	}
	cols := rowCols(ctx, names, inner, u*0.85)
	tabRows := float64((len(names) + cols - 1) / cols)
	tabsH := tabRows*bh + (tabRows-1)*gap // as buttonRows sets them
	h := pad + titleH + u*0.6 + tabsH + u*0.8 + chipsH + u*0.8 + bh + pad
	panel := ui.Rect{X: x, Y: top, W: w, H: min(h, ctx.H-top-m)}
	v.fill(panel, u*0.8, ui.CardBack)
	v.target("panel", panel)

	y := top + pad
	v.text(ctx, title, x+pad, y, inner, ui.Rect{})
	y += titleH + u*0.6
	y += v.buttonRows(ctx, filterSheetKeys, ids, names, func(i int) bool { return i == s.page }, ui.Rect{X: x + pad, Y: y, W: inner, H: bh}, u*0.85)
	y += u * 0.8
	if len(labels) == 0 {
		v.text(ctx, note, x+pad, y, inner, ui.Rect{})
	}
	for i, r := range s.chips {
		r.X, r.Y = r.X+x+pad, r.Y+y
		c := ui.Track
		if on[i] {
			c = ui.Accent
		}
		v.button(ctx, filterSheetKeys, "opt-"+strconv.Itoa(i+1), r, labels[i], c, chipSize)
	}
	y += chipsH + u*0.8
	halves := ui.Rect{X: x + pad, Y: y, W: inner, H: bh}.SplitH(2, gap)
	v.button(ctx, filterSheetKeys, "clear", halves[0], locale.BrowseFilterClear.In(l), ui.Track, u*0.9)
	v.button(ctx, filterSheetKeys, "close", halves[1], locale.SheetClose.In(l), ui.Accent, u*0.9)

	s.lines = append(s.lines[:0], title.Text)
	for i, p := range filterPages {
		mark := ""
		if i == s.page {
			mark = "▶"
		}
		s.lines = append(s.lines, mark+p.label.In(l))
	}
	s.lines = append(s.lines, labels...)
}

// Draw paints the sheet over the list.
func (s *BrowseFilterSheet) Draw(dst *ebiten.Image, ctx *Context) { s.view.paint(dst, ctx) }

// Status reads out the count, the pages (▶ before the one on show) and
// the page's choices (✓ before those picked).
func (s *BrowseFilterSheet) Status() Status {
	return Status{Scene: "browse-filter", Text: strings.Join(s.lines, "\n"), Targets: s.view.pressTargets()}
}
