package scene

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Browse lists every card of a deck, searched as the student types
// (study.Browser: Japanese and Latin, full and half width, hiragana and
// katakana alike), filtered by state and, on the filter sheet
// (BrowseFilterSheet), by card type, fact kind, source and tag, and put
// in order. Only the rows on show are laid out, so a deck of 10,000
// cards scrolls as lightly as one of 10. A tap on a row opens the card's
// sheet.
type Browse struct {
	deck    *deck.Deck
	browser *study.Browser
	field   ui.TextField
	state   study.CardState // "" for every card
	// query holds the order and the list filters the sheet sets, and
	// queryRev counts its changes.
	query    study.BrowseQuery
	queryRev int
	results  []int
	// searched is what results were found for: the field's text, the
	// state filter and the query's revision, and the progress's edit
	// count.
	searched string
	edits    uint64
	current  bool
	scroll   ui.ScrollView
	list     ui.Rect
	rowH     float64
	view     view
	lang     locale.Lang
}

// NewBrowse lists the cards of d.
func NewBrowse(d *deck.Deck) *Browse {
	return &Browse{deck: d, browser: study.NewBrowser(d)}
}

var browseKeys = Bindings{
	{Keys: []string{input.Escape}, Command: "back"},
	{Keys: []string{"/"}, Command: "field"},
	{Keys: []string{input.ArrowDown}, Command: "down"},
	{Keys: []string{input.ArrowUp}, Command: "up"},
	{Keys: []string{input.Enter}, Command: "done"},
	{Keys: []string{"F"}, Command: "filter"},
}

// Bindings go back, focus the search, open the filters and scroll.
func (b *Browse) Bindings() Bindings { return browseKeys }

// browseState is a state filter's button.
type browseState struct {
	state study.CardState
	label locale.Text
}

// browseStates are the filters, in the order of their buttons.
var browseStates = []browseState{{"", locale.BrowseAll}, {study.StateNew, locale.BrowseNew}, {study.StateDue, locale.BrowseDue}, {study.StateSuspended, locale.BrowseSuspended},
	// Last, so the others keep the ids they had before it.
	{study.StateLearning, locale.BrowseLearning}}

// Leave gives the keyboard back.
func (b *Browse) Leave(*Context) { b.field.Blur() }

// Resume searches again: a card may have been suspended on its sheet.
func (b *Browse) Resume(*Context) { b.current = false }

// Update types into the search, filters, scrolls and opens a card.
func (b *Browse) Update(ctx *Context, actions []input.Action) Transition {
	if b.view.stale(ctx) {
		b.search(ctx)
		b.layout(ctx)
	}
	if b.field.Focused() {
		if _, err := b.field.Update(ctx.Fonts.Face(ctx.Unit(), false)); err != nil {
			ctx.Notices.Set(err.Error())
		}
	}
	for _, a := range actions {
		if a.Kind == input.Scroll && b.list.Contains(a.X, a.Y) {
			b.scroll.By(a.DY)
			continue
		}
		cmd := command(a, browseKeys, &b.view)
		switch {
		case cmd == "back" && b.field.Focused():
			b.field.Blur()
		case cmd == "back":
			return Transition{Op: Pop}
		case cmd == "done":
			b.field.Blur()
		case cmd == "field":
			b.field.Focus()
		case cmd == "filter" && !b.field.Focused():
			return Transition{Op: Push, Scene: NewBrowseFilterSheet(b)}
		case cmd == "filter" && a.Kind == input.Tap:
			b.field.Blur()
			return Transition{Op: Push, Scene: NewBrowseFilterSheet(b)}
		case cmd == "down" && !b.field.Focused():
			b.scroll.By(b.rowH)
		case cmd == "up" && !b.field.Focused():
			b.scroll.By(-b.rowH)
		case strings.HasPrefix(cmd, "state-"):
			i, _ := strconv.Atoi(strings.TrimPrefix(cmd, "state-"))
			b.state = browseStates[i].state
		case strings.HasPrefix(cmd, "row-"):
			i, _ := strconv.Atoi(strings.TrimPrefix(cmd, "row-"))
			b.field.Blur()
			return Transition{Op: Push, Scene: NewCardSheet(b.deck, b.deck.Cards[b.results[i]])}
		}
	}
	// Typing comes through the field, not as actions.
	if !b.view.keep(ctx, actions, int64(b.field.Rev())) {
		b.search(ctx)
		b.layout(ctx)
	}
	return Transition{}
}

// search finds the cards again when the text, the filter or the
// progress changed since the last search.
func (b *Browse) search(ctx *Context) {
	var edits uint64
	if ctx.Progress != nil {
		edits = ctx.Progress.Edits()
	}
	key := b.field.Text() + "\x00" + string(b.state) + "\x00" + strconv.Itoa(b.queryRev)
	if b.current && key == b.searched && edits == b.edits {
		return
	}
	if key != b.searched {
		b.scroll.Offset = 0 // other results start from the top
	}
	b.searched, b.edits, b.current = key, edits, true
	q := b.query
	q.Text = b.field.Text()
	if b.state != "" {
		q.States = []study.CardState{b.state}
	}
	p := ctx.Progress
	if p == nil {
		p = study.NewProgress()
	}
	b.results = b.browser.Search(p, q, ctx.now())
}

// changed searches again after the filter sheet changed the query, and
// lays the list out, which shows under the sheet.
func (b *Browse) changed(ctx *Context) {
	b.queryRev++
	b.search(ctx)
	b.layout(ctx)
}

// layout puts the header, the search field, the filters and the rows on
// show.
func (b *Browse) layout(ctx *Context) {
	v := &b.view
	v.begin(ctx)
	l := ctx.Lang
	b.lang = l
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*44)
	x, y := (ctx.W-width)/2, ctx.top()
	h := max(ctx.targetSize(), u*2.2)
	y = v.titleBar(ctx, browseKeys, x, y, width, locale.BrowseTitle.In(l)+"　"+fmt.Sprintf(locale.BrowseCount.In(l), len(b.results)), u) + u*0.5
	fw := min(u*8, width*0.3) // the filter button, right of the field
	b.field.Rect = ui.Rect{X: x, Y: y, W: width - fw - u*0.4, H: h}
	v.textField(&b.field, u)
	if b.field.Text() == "" && !b.field.Focused() {
		hint := ui.Paragraph{Text: locale.BrowseSearch.In(l), Face: ctx.Fonts.Face(u*0.9, false), Size: u * 0.9, Color: ui.MutedInk}
		v.text(ctx, hint, x+h*0.25, y+(h-u*0.9*1.3)/2, b.field.Rect.W-h*0.5, ui.Rect{})
	}
	label, c := locale.BrowseFilter.In(l), ui.Track
	if n := b.query.Filters(); n > 0 {
		label, c = fmt.Sprintf(locale.BrowseFilterCount.In(l), n), ui.Accent
	} else if b.query.Sort != study.SortDeck {
		c = ui.Accent
	}
	v.button(ctx, browseKeys, "filter", ui.Rect{X: x + width - fw, Y: y, W: fw, H: h}, label, c, u*0.85)
	y += h + u*0.5
	ids := make([]string, len(browseStates))
	labels := make([]string, len(browseStates))
	for i, st := range browseStates {
		ids[i], labels[i] = "state-"+strconv.Itoa(i), st.label.In(l)
	}
	y += v.buttonRows(ctx, browseKeys, ids, labels, func(i int) bool { return browseStates[i].state == b.state }, ui.Rect{X: x, Y: y, W: width, H: h}, u*0.85)
	y += u * 0.6
	b.list = ui.Rect{X: x, Y: y, W: width, H: ctx.H - m - y}
	b.layoutRows(ctx)
}

// layoutRows lays out the rows that show in the list, each a card's
// prompt over its answer, and a scroll bar when they do not all fit.
func (b *Browse) layoutRows(ctx *Context) {
	v := &b.view
	u := ctx.Unit()
	// A row holds two lines of the prompt and one of the answer.
	promptSize, answerSize := u*0.85, u*0.75
	pad := u * 0.5
	b.rowH = max(ctx.targetSize(), 2*promptSize*1.35+answerSize*1.35+pad*1.6)
	gap := u * 0.3
	step := b.rowH + gap
	b.scroll.SetSize(float64(len(b.results))*step, b.list.H)
	if len(b.results) == 0 {
		v.text(ctx, ui.Paragraph{Text: locale.BrowseNone.In(b.lang), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.MutedLight}, b.list.X, b.list.Y, b.list.W, ui.Rect{})
		return
	}
	first := int(b.scroll.Offset / step)
	last := min(len(b.results), int(math.Ceil((b.scroll.Offset+b.list.H)/step)))
	w := b.list.W
	if b.scroll.Scrollable() {
		w -= u * 0.8
		track := ui.Rect{X: b.list.X + b.list.W - u*0.4, Y: b.list.Y, W: u * 0.4, H: b.list.H}
		v.fill(track, u*0.2, ui.Track)
		v.fill(b.scroll.Thumb(track), u*0.2, ui.MutedLight)
	}
	for i := first; i < last; i++ {
		c := b.deck.Cards[b.results[i]]
		r := ui.Rect{X: b.list.X, Y: b.list.Y + float64(i)*step - b.scroll.Offset, W: w, H: b.rowH}
		clip := r.Intersect(b.list)
		v.fill(clip, u*0.3, ui.CardFace)
		v.target("row-"+strconv.Itoa(i), clip)
		prompt := ui.Paragraph{Text: oneLine(c.Prompt), Face: ctx.Fonts.Face(promptSize, false), Size: promptSize, Color: ui.Ink}
		// A row cut by the list's edge may have a line wholly outside:
		// it is left out, as an empty clip would not clip it at all.
		if promptClip := (ui.Rect{X: r.X, Y: r.Y, W: r.W, H: pad*0.6 + 2*promptSize*1.35}).Intersect(b.list); promptClip != (ui.Rect{}) {
			v.text(ctx, prompt, r.X+pad, r.Y+pad*0.6, r.W-2*pad, promptClip)
		}
		answer := ui.Paragraph{Text: "→ " + oneLine(words.CardAnswer(c)), Face: ctx.Fonts.Face(answerSize, false), Size: answerSize, Color: ui.MutedInk}
		answerY := r.Y + r.H - pad*0.8 - answerSize*1.35
		if answerClip := (ui.Rect{X: r.X, Y: answerY, W: r.W, H: pad*0.8 + answerSize*1.35}).Intersect(b.list); answerClip != (ui.Rect{}) {
			v.text(ctx, answer, r.X+pad, answerY, r.W-2*pad, answerClip)
		}
	}
}

// oneLine is s on one line, cut to a length a row shows.
func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}

// Draw paints the screen as Update laid it out.
func (b *Browse) Draw(dst *ebiten.Image, ctx *Context) { b.view.draw(dst, ctx) }

// Status says how many cards were found and reads the rows on show.
func (b *Browse) Status() Status {
	lines := []string{locale.BrowseTitle.In(b.lang), fmt.Sprintf(locale.BrowseCount.In(b.lang), len(b.results))}
	for _, t := range b.view.targets {
		if i, ok := strings.CutPrefix(t.id, "row-"); ok {
			n, _ := strconv.Atoi(i)
			c := b.deck.Cards[b.results[n]]
			lines = append(lines, oneLine(c.Prompt)+" → "+oneLine(words.CardAnswer(c)))
		}
	}
	return Status{Scene: "browse", Text: strings.Join(lines, "\n"), Targets: b.view.statusTargets()}
}
