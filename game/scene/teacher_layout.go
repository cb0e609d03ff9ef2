package scene

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/cards/deck"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// layout places the title bar, then the quiz's controls (its name, the
// search box, the filter's chips, the random draw, and save, share and
// start) and the list (its tabs, the rows, and what acts on the
// cursor's card). On a wide screen the controls are a column at the left
// and the list fills the right; on a narrow one they stack, the list
// between them.
func (t *Teacher) layout(ctx *Context) {
	v := &t.view
	v.begin(ctx)
	l := ctx.Lang
	t.lang = l
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*60)
	x, y := (ctx.W-width)/2, ctx.top()
	h := max(ctx.targetSize(), u*2.2)
	gap := u * 0.4
	y = v.titleBar(ctx, teacherKeys, x, y, width, locale.TeacherTitle.In(l)+"　"+t.draft.Deck().Title, u) + gap
	bottom := ctx.H - m
	// Two columns where the screen is landscape and the controls fit
	// the left one, the boxes side by side; else one.
	if left := min(width*0.45, u*24); ctx.W > ctx.H && width >= u*26 && y+t.controlsHeight(ctx, true)+h <= bottom {
		cx := x + left + u
		cw := width - left - u
		y0 := y
		y = t.layoutControls(ctx, x, y, left, true)
		t.layoutQuizActions(ctx, ui.Rect{X: x, Y: max(y, bottom-h), W: left, H: h})
		t.layoutList(ctx, ui.Rect{X: cx, Y: y0, W: cw, H: bottom - y0})
		return
	}
	y = t.layoutControls(ctx, x, y, width, false)
	t.layoutQuizActions(ctx, ui.Rect{X: x, Y: bottom - h, W: width, H: h})
	t.layoutList(ctx, ui.Rect{X: x, Y: y, W: width, H: max(0, bottom-h-gap-y)})
}

// Rows of the controls: the boxes and the chips are lower than the
// buttons, whose second line is their key.
func teacherRows(ctx *Context) (low, high, gap float64) {
	u := ctx.Unit()
	return max(ctx.targetSize(), u*1.8), max(ctx.targetSize(), u*2.2), u * 0.4
}

// chipsPerRow is how many of the filter's chips share a line: two in the
// left column of two, else three.
func chipsPerRow(column bool) int {
	if column {
		return 2
	}
	return 3
}

// controlsHeight is how tall layoutControls makes the controls, with
// the gap after them.
func (t *Teacher) controlsHeight(ctx *Context, column bool) float64 {
	low, high, gap := teacherRows(ctx)
	boxes := 2.0
	if column {
		boxes = 1
	}
	per := chipsPerRow(column)
	chipRows := float64((chips + 1 + per - 1) / per)
	return (boxes+chipRows)*(low+gap) + high + gap
}

// layoutControls lays out, from y down in a column width wide, the
// quiz's name and the search box (side by side in the left column of
// two, else one above the other), the filter's chips and the random
// draw; it returns where the next row goes.
func (t *Teacher) layoutControls(ctx *Context, x, y, width float64, column bool) float64 {
	l := ctx.Lang
	low, high, gap := teacherRows(ctx)
	boxes := []ui.Rect{{X: x, Y: y, W: width, H: low}, {X: x, Y: y + low + gap, W: width, H: low}}
	if column {
		boxes = ui.Rect{X: x, Y: y, W: width, H: low}.SplitH(2, gap)
	}
	t.box(ctx, "name", &t.name, boxes[0], locale.TeacherName.In(l))
	t.box(ctx, "search", &t.search, boxes[1], locale.TeacherSearch.In(l)+"（/）")
	y = boxes[1].Y + low + gap
	y = t.layoutChips(ctx, x, y, width, low, chipsPerRow(column)) + gap
	return t.layoutDraw(ctx, x, y, width, high) + gap
}

// layoutList lays out, in r, the tabs at the top, the buttons that act
// on the cursor's card at the bottom, and the rows between them.
func (t *Teacher) layoutList(ctx *Context, r ui.Rect) {
	l, u := ctx.Lang, ctx.Unit()
	h := max(ctx.targetSize(), u*2.2)
	gap := u * 0.4
	tabs := ui.Rect{X: r.X, Y: r.Y, W: r.W, H: h}.SplitH(2, gap)
	for i, tab := range []struct {
		id    string
		label string
	}{{"tab-offered", fmt.Sprintf(locale.TeacherOffered.In(l), len(t.offered))}, {"tab-picked", fmt.Sprintf(locale.TeacherPicked.In(l), len(t.draft.Picked()))}} {
		c := ui.Track
		if t.tab == i {
			c = ui.Accent
		}
		t.view.button(ctx, teacherKeys, tab.id, tabs[i], tab.label, c, u*0.8)
	}
	t.layoutCardActions(ctx, ui.Rect{X: r.X, Y: r.Y + r.H - h, W: r.W, H: h})
	top := r.Y + h + gap
	t.list = ui.Rect{X: r.X, Y: top, W: r.W, H: max(0, r.Y+r.H-h-gap-top)}
	t.layoutRows(ctx)
}

// box lays out a text box with a hint in it while it is empty.
func (t *Teacher) box(ctx *Context, id string, f *ui.TextField, r ui.Rect, hint string) {
	u := ctx.Unit()
	f.Rect = r
	t.view.textFieldAs(id, f, u*0.9)
	if f.Text() == "" && !f.Focused() {
		p := ui.Paragraph{Text: hint, Face: ctx.Fonts.Face(u*0.85, false), Size: u * 0.85, Color: ui.MutedInk}
		t.view.text(ctx, p, r.X+r.H*0.25, r.Y+(r.H-u*0.85*1.3)/2, r.W-r.H*0.5, r)
	}
}

// layoutChips lays out the filter's chips, perRow on a line, each in
// the accent colour when it filters; a tap on a chip moves it to its next
// value. It returns where the chips end.
func (t *Teacher) layoutChips(ctx *Context, x, y, width, h float64, perRow int) float64 {
	u := ctx.Unit()
	labels, on := t.filterLabels(ctx.Lang)
	ids := append(chipIDs[:], "filter-conflicts")
	gap := u * 0.4
	for i := 0; i < len(labels); i += perRow {
		row := ui.Rect{X: x, Y: y, W: width, H: h}.SplitH(min(perRow, len(labels)-i), gap)
		for j, r := range row {
			color := ui.Track
			if on[i+j] {
				color = ui.Accent
			}
			t.view.button(ctx, teacherKeys, ids[i+j], r, labels[i+j], color, u*0.75)
		}
		y += h + gap
	}
	return y - gap
}

// filterLabels are what the filter's chips say, the disputed facts'
// last, and whether each filters.
func (t *Teacher) filterLabels(l locale.Lang) (labels []string, on []bool) {
	names := [chips]locale.Text{locale.TeacherTag, locale.TeacherKind, locale.TeacherType, locale.TeacherSource}
	for i := range chips {
		labels = append(labels, names[i].In(l)+": "+t.chipLabel(i, l))
		on = append(on, t.chip[i] > 0)
	}
	conflicts := locale.TeacherConflicts.In(l)
	if t.noConflicts {
		conflicts = locale.TeacherNoConflict.In(l)
	}
	return append(labels, conflicts), append(on, t.noConflicts)
}

// chipLabel is how chip i names its value: a tag without its namespace,
// a kind or a type in words, a source by the start of its title.
func (t *Teacher) chipLabel(i int, l locale.Lang) string {
	if t.chip[i] == 0 {
		return locale.TeacherAny.In(l)
	}
	v := t.chipValues(i)[t.chip[i]-1]
	switch i {
	case tagChip:
		_, name := splitNamespace(v)
		return name
	case kindChip:
		return nameOf(locale.KindNames, v, l)
	case typeChip:
		return nameOf(locale.TypeNames, v, l)
	}
	src, _ := t.draft.Deck().Source(v)
	return clipRunes(src.Title, 10)
}

// layoutDraw lays out the random draw: fewer, the count, more, the seed
// (a tap takes the next) and the button that draws.
func (t *Teacher) layoutDraw(ctx *Context, x, y, width, h float64) float64 {
	l, u := ctx.Lang, ctx.Unit()
	gap := u * 0.4
	step := h
	rest := width - 2*step - 2*gap
	seed := ui.Rect{X: x + 2*step + 2*gap, Y: y, W: (rest - gap) * 0.45, H: h}
	draw := ui.Rect{X: seed.X + seed.W + gap, Y: y, W: rest - seed.W - gap, H: h}
	t.view.button(ctx, teacherKeys, "count-down", ui.Rect{X: x, Y: y, W: step, H: h}, "-", ui.Track, u)
	t.view.button(ctx, teacherKeys, "count-up", ui.Rect{X: x + step + gap, Y: y, W: step, H: h}, "+", ui.Track, u)
	t.view.button(ctx, teacherKeys, "seed", seed, fmt.Sprintf(locale.TeacherSeed.In(l), t.seed), ui.Track, u*0.8)
	t.view.button(ctx, teacherKeys, "random", draw, fmt.Sprintf(locale.TeacherRandom.In(l), t.count), ui.GradeColors[2], u*0.8)
	return y + h
}

// layoutCardActions lays out, in row, what acts on the cursor's card:
// move it up or down and preview it in the quiz; clear and preview
// among the cards offered.
func (t *Teacher) layoutCardActions(ctx *Context, row ui.Rect) {
	l, u := ctx.Lang, ctx.Unit()
	v := &t.view
	gap := u * 0.4
	if t.tab == pickedTab {
		r := row.SplitH(3, gap)
		v.button(ctx, teacherKeys, "up", r[0], "↑ "+locale.TeacherUp.In(l), ui.Track, u*0.8)
		v.button(ctx, teacherKeys, "down", r[1], "↓ "+locale.TeacherDown.In(l), ui.Track, u*0.8)
		v.button(ctx, teacherKeys, "preview", r[2], locale.TeacherPreview.In(l), ui.Track, u*0.8)
		return
	}
	r := row.SplitH(2, gap)
	v.button(ctx, teacherKeys, "clear", r[0], locale.TeacherClear.In(l), ui.Track, u*0.8)
	v.button(ctx, teacherKeys, "preview", r[1], locale.TeacherPreview.In(l), ui.Track, u*0.8)
}

// layoutQuizActions lays out, in row, what acts on the whole quiz: save,
// share where the app has an address, and start.
func (t *Teacher) layoutQuizActions(ctx *Context, row ui.Rect) {
	l, u := ctx.Lang, ctx.Unit()
	v := &t.view
	n := 2
	if ctx.ShareBase != "" {
		n = 3
	}
	r := row.SplitH(n, u*0.4)
	v.button(ctx, teacherKeys, "save", r[0], locale.TeacherSave.In(l), ui.Track, u*0.8)
	if n == 3 {
		v.button(ctx, teacherKeys, "share", r[1], locale.ShareButton.In(l), ui.Track, u*0.8)
	}
	v.button(ctx, teacherKeys, "start", r[n-1], locale.TeacherStart.In(l), ui.Accent, u*0.8)
}

// layoutRows lays out the rows of the tab on show that fall in the list:
// an offered card marked with its place in the quiz when it is picked; a
// quiz card with its number and a grip to drag it by.
func (t *Teacher) layoutRows(ctx *Context) {
	v := &t.view
	u := ctx.Unit()
	size := u * 0.85
	pad := u * 0.5
	rowH := max(ctx.targetSize(), 2*size*1.35+pad*1.2)
	gap := u * 0.3
	t.step = rowH + gap
	n := t.rows()
	s := &t.scroll[t.tab]
	s.SetSize(float64(n)*t.step, t.list.H)
	if n == 0 {
		msg := locale.TeacherNoneOffer
		if t.tab == pickedTab {
			msg = locale.TeacherNonePicked
		}
		v.text(ctx, ui.Paragraph{Text: msg.In(t.lang), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.MutedLight}, t.list.X, t.list.Y, t.list.W, t.list)
		return
	}
	w := t.list.W
	if s.Scrollable() {
		w -= u * 0.8
		track := ui.Rect{X: t.list.X + t.list.W - u*0.4, Y: t.list.Y, W: u * 0.4, H: t.list.H}
		v.fill(track, u*0.2, ui.Track)
		v.fill(s.Thumb(track), u*0.2, ui.MutedLight)
	}
	grip := 0.0
	if t.tab == pickedTab {
		grip = max(ctx.targetSize(), u*2.2)
	}
	first := int(s.Offset / t.step)
	last := min(n, int(math.Ceil((s.Offset+t.list.H)/t.step)))
	for i := first; i < last; i++ {
		r := ui.Rect{X: t.list.X, Y: t.list.Y + float64(i)*t.step - s.Offset, W: w, H: rowH}
		clip := r.Intersect(t.list)
		face := ui.CardFace
		if t.tab == offeredTab && t.draft.Has(t.offered[i].ID) {
			face = ui.Badge
		}
		v.fill(clip, u*0.3, face)
		if i == t.selected[t.tab] {
			v.fill(ui.Rect{X: r.X, Y: clip.Y, W: u * 0.35, H: clip.H}, 0, ui.Accent)
		}
		body := ui.Rect{X: r.X, Y: r.Y, W: r.W - grip, H: r.H}
		v.target("row-"+strconv.Itoa(i), body.Intersect(t.list))
		p := ui.Paragraph{Text: t.rowText(i), Face: ctx.Fonts.Face(size, false), Size: size, Color: ui.Ink}
		v.text(ctx, p, r.X+pad+u*0.3, r.Y+pad*0.6, body.W-2*pad-u*0.3, ui.Rect{X: r.X, Y: r.Y, W: body.W, H: r.H - pad*0.4}.Intersect(t.list))
		if grip > 0 {
			g := ui.Rect{X: r.X + r.W - grip, Y: r.Y, W: grip, H: r.H}
			v.fill(g.Intersect(t.list), u*0.3, ui.Track)
			size := fitLabel(ctx, "↑↓", grip, u)
			gp := ui.Paragraph{Text: "↑↓", Face: ctx.Fonts.Face(size, true), Size: size, Color: ui.OnAccent}
			gw := text.Advance(gp.Text, gp.Face)
			v.text(ctx, gp, g.X+(grip-gw)/2, g.Y+(g.H-size*1.3)/2, gw+1, g.Intersect(t.list))
			v.target("grip-"+strconv.Itoa(i), g.Intersect(t.list))
		}
	}
}

// rowText is what row i of the tab on show says: the card's place in
// the quiz (if any), its type, its prompt and answer.
func (t *Teacher) rowText(i int) string {
	var c deck.Card
	place := 0
	if t.tab == pickedTab {
		c, _ = t.cardAt(i)
		place = i + 1
	} else if i < len(t.offered) {
		c = t.offered[i]
		place = t.placeOf(c.ID)
	}
	mark := ""
	switch {
	case t.tab == pickedTab:
		mark = strconv.Itoa(place) + ". "
	case place > 0:
		mark = "✓" + strconv.Itoa(place) + " "
	}
	return mark + "[" + nameOf(locale.TypeNames, c.Type, t.lang) + "] " + oneLine(c.Prompt) + " → " + oneLine(words.CardAnswer(c))
}

// cardAt is the quiz's card at place i.
func (t *Teacher) cardAt(i int) (deck.Card, bool) {
	picked := t.draft.Picked()
	if i < 0 || i >= len(picked) {
		return deck.Card{}, false
	}
	for _, c := range t.draft.Deck().Cards {
		if c.ID == picked[i] {
			return c, true
		}
	}
	return deck.Card{}, false
}

// placeOf is card id's place in the quiz, from 1, or 0.
func (t *Teacher) placeOf(id string) int {
	for i, p := range t.draft.Picked() {
		if p == id {
			return i + 1
		}
	}
	return 0
}

// nameOf is how the screen names a type or kind, its id where the
// locale has no name for it.
func nameOf(names map[string]locale.Text, id string, l locale.Lang) string {
	if n, ok := names[id]; ok {
		return n.In(l)
	}
	return id
}

// splitNamespace splits "topic:trade-tariffs" at its colon.
func splitNamespace(tag string) (ns, name string) {
	if ns, name, ok := strings.Cut(tag, ":"); ok {
		return ns, name
	}
	return "", tag
}

// clipRunes cuts s to n characters, with an ellipsis when cut.
func clipRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
