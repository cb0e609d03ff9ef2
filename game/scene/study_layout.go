package scene

import (
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// minTarget is the smallest side of a tap target, in CSS pixels, as the
// platforms' guidelines ask for fingers.
const minTarget = 44

// targetSize is minTarget in device pixels.
func (c *Context) targetSize() float64 { return minTarget * max(c.Scale, 1) }

// layout places the header (back, progress, undo), the card and the
// buttons, or the session's result.
func (s *Study) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	s.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*40)
	x := (ctx.W - w) / 2
	h := max(u*3.2, ctx.targetSize())
	s.row = ui.Rect{X: x, Y: ctx.H - m - h, W: w, H: h}
	card, ok := s.session.Current()
	s.layoutHeader(ctx, x, w, ok)
	top := s.header.Y + s.header.H + u*0.6
	s.card = ui.Rect{X: x, Y: top, W: w, H: max(u*4, s.row.Y-u*0.8-top)}
	if !ok {
		s.layoutDone(ctx, x, w)
		return
	}
	s.layoutCard(ctx, card)
	bindings := s.Bindings()
	if !s.session.Flipped() {
		v.button(ctx, bindings, "flip", s.row, locale.In(ctx.Lang, locale.Flip), ui.Accent, u)
		return
	}
	ivl, scheduled := s.session.Intervals()
	for i, r := range s.row.SplitH(4, u*0.5) {
		id, label := fmt.Sprintf("grade-%d", i+1), gradeLabel(ctx.Lang, i)
		if !scheduled {
			v.button(ctx, bindings, id, r, label, ui.GradeColors[i], u)
			continue
		}
		v.buttonSub(ctx, bindings, id, r, label, study.FormatInterval(ivl[i], intervalUnits(ctx.Lang)), ui.GradeColors[i], u)
	}
}

// intervalUnits are the interval labels' units in language l.
func intervalUnits(l locale.Lang) study.IntervalUnits {
	return study.IntervalUnits{
		Minute: locale.IntervalMinute.In(l), Hour: locale.IntervalHour.In(l), Day: locale.IntervalDay.In(l),
		Month: locale.IntervalMonth.In(l), Year: locale.IntervalYear.In(l),
	}
}

// layoutHeader puts the back button (not on the done screen, whose big
// button goes back), the progress line and bar, and the undo button,
// drawn dimmed and not tappable when there is nothing to undo.
func (s *Study) layoutHeader(ctx *Context, x, w float64, cards bool) {
	u := ctx.Unit()
	size := u * 0.75
	bh := ctx.targetSize()
	s.header = ui.Rect{X: x, Y: ctx.top(), W: w, H: bh}
	bw := func(label string) float64 {
		return max(bh*1.6, text.Advance(label, ctx.Fonts.Face(size, true))+size*2)
	}
	bindings := s.Bindings()
	left := x
	if cards {
		label := locale.StudyBack.In(ctx.Lang)
		r := ui.Rect{X: x, Y: s.header.Y, W: bw(label), H: bh}
		s.view.button(ctx, bindings, "back", r, label, ui.Track, size)
		left = r.X + r.W + u*0.5
	}
	label := locale.StudyUndo.In(ctx.Lang)
	undo := ui.Rect{X: x + w - bw(label), Y: s.header.Y, W: bw(label), H: bh}
	if s.session.CanUndo() {
		s.view.button(ctx, bindings, "undo", undo, label, ui.Track, size)
	} else {
		s.view.items = append(s.view.items, item{kind: buttonItem, button: ui.Button{Rect: undo, Label: label, Color: ui.Disabled, Ink: ui.MutedInk}, size: size})
	}
	right := undo.X - u*0.5

	small := u * 0.7
	label = fmt.Sprintf("%s %d ・ %s %d", locale.In(ctx.Lang, locale.Reviewed), s.session.Reviewed(), locale.In(ctx.Lang, locale.Remaining), s.session.Remaining())
	line := ctx.headerLine(label, small)
	lineH := ctx.Wrap.Height(line, right-left)
	barH := u * 0.25
	y := s.header.Y + (bh-lineH-u*0.2-barH)/2
	s.view.text(ctx, line, left, y, right-left, ui.Rect{})
	bar := ui.Rect{X: left, Y: y + lineH + u*0.2, W: right - left, H: barH}
	s.view.fill(bar, bar.H/2, ui.Track)
	total := s.session.Reviewed() + s.session.Remaining()
	if total > 0 && s.session.Reviewed() > 0 {
		bar.W *= float64(s.session.Reviewed()) / float64(total)
		s.view.fill(bar, bar.H/2, ui.Accent)
	}
}

// layoutCard draws the card where its motion has it: squeezed to an edge
// and opened again for a flip, shifted aside for a slide. The text is set
// for the card at rest and clipped to the card as drawn, so it turns and
// moves with the card without being set again.
func (s *Study) layoutCard(ctx *Context, card deck.Card) {
	u := ctx.Unit()
	face, back := s.card, s.session.Flipped()
	p := s.motion.progress(ctx.now())
	dx := 0.0
	switch s.motion.kind {
	case flipping:
		share, b := flipWidth(p)
		back = b
		face.W = s.card.W * share
		face.X = s.card.X + (s.card.W-face.W)/2
	case sliding:
		dx = slideShift(p) * s.card.W * s.motion.dir
		face.X += dx
	}
	color := ui.CardFace
	if back {
		color = ui.CardBack
	}
	s.view.fill(face, u*0.8, color)
	if !s.session.Flipped() {
		s.view.target("card", face)
	}
	if face.W < u {
		return // edge on: nothing to read
	}
	inner := s.card.Inset(u * 1.2)
	inner.X += dx
	if back {
		s.layoutBack(ctx, card, inner, face)
		return
	}
	s.layoutTexts(ctx, s.frontTexts(card), inner, face)
}

// layoutTexts sets texts in r at the student's text size; a prompt too
// long for the card scrolls within it.
func (s *Study) layoutTexts(ctx *Context, texts []cardText, r, clip ui.Rect) {
	paras := paragraphs(ctx, texts, ctx.Unit())
	y, clip := s.scrolled(ctx, paragraphsHeight(ctx, paras, r.W), r, clip)
	s.placeParagraphs(ctx, paras, r.X, y, r.W, clip)
}

// scrolled fits content of the given height into r: it returns where the
// content starts, scrolled, and the rectangle to clip it to, and draws a
// scroll bar at the card's right edge when the content does not fit.
func (s *Study) scrolled(ctx *Context, content float64, r, clip ui.Rect) (float64, ui.Rect) {
	key := s.scrollKey()
	if key != s.scrollFor {
		s.scroll, s.scrollFor = ui.ScrollView{}, key
	}
	s.scroll.SetSize(content, r.H)
	if !s.scroll.Scrollable() {
		return r.Y, clip
	}
	u := ctx.Unit()
	// Text scrolls out of sight a little inside the card's edge.
	clip = intersect(clip, ui.Rect{X: clip.X, Y: r.Y - u*0.4, W: clip.W, H: r.H + u*0.8})
	track := ui.Rect{X: clip.X + clip.W - u*0.55, Y: r.Y, W: max(u*0.2, 3), H: r.H}
	s.view.fill(s.scroll.Thumb(track), track.W/2, ui.MutedInk)
	return r.Y - s.scroll.Offset, clip
}

// scrollKey names the card and side on show.
func (s *Study) scrollKey() string {
	card, _ := s.session.Current()
	if s.session.Flipped() {
		return card.ID + "/back"
	}
	return card.ID
}

// scrollStep is how far an arrow key scrolls: three lines, down for
// scroll-down.
func scrollStep(ctx *Context, cmd string) float64 {
	d := ctx.Unit() * ui.LineSpacing * 3
	if cmd == "scroll-up" {
		return -d
	}
	return d
}

// intersect is the part of a inside b.
func intersect(a, b ui.Rect) ui.Rect {
	x0, y0 := max(a.X, b.X), max(a.Y, b.Y)
	x1, y1 := min(a.X+a.W, b.X+b.W), min(a.Y+a.H, b.Y+b.H)
	return ui.Rect{X: x0, Y: y0, W: max(x1-x0, 0), H: max(y1-y0, 0)}
}

func (s *Study) placeParagraphs(ctx *Context, paras []ui.Paragraph, x, y, w float64, clip ui.Rect) float64 {
	for _, p := range paras {
		y += s.view.text(ctx, p, x, y, w, clip) + p.Size*0.5
	}
	return y
}

func paragraphsHeight(ctx *Context, paras []ui.Paragraph, width float64) float64 {
	h := 0.0
	for _, p := range paras {
		h += ctx.Wrap.Height(p, width) + p.Size*0.5
	}
	return h
}

func (s *Study) layoutDone(ctx *Context, x, w float64) {
	u := ctx.Unit()
	y := max(ctx.H/5, s.header.Y+s.header.H+u)
	y += s.view.text(ctx, ui.Paragraph{Text: s.doneTitle(ctx), Face: ctx.Fonts.Face(u*1.4, true), Size: u * 1.4, Color: ui.LightInk, Center: true}, x, y, w, ui.Rect{})
	y += u
	y += s.view.text(ctx, ui.Paragraph{Text: s.gradeCounts(), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk, Center: true}, x, y, w, ui.Rect{})
	s.view.button(ctx, studyDone, "back", s.row, locale.In(ctx.Lang, locale.Back), ui.Accent, u)

	more := s.offers()
	if !more.Any() {
		return
	}
	size := u * 0.8
	s.view.text(ctx, ui.Paragraph{Text: locale.LimitReached.In(ctx.Lang), Face: ctx.Fonts.Face(size, false), Size: size, Color: ui.LightInk, Center: true}, x, y+u, w, ui.Rect{})
	row := ui.Rect{X: x, Y: s.row.Y - u*0.6 - s.row.H, W: w, H: s.row.H}
	var ids, labels []string
	if more.New > 0 {
		ids, labels = append(ids, "more-new"), append(labels, fmt.Sprintf(locale.MoreNew.In(ctx.Lang), more.New))
	}
	if more.Ahead > 0 {
		ids, labels = append(ids, "review-ahead"), append(labels, fmt.Sprintf(locale.ReviewAhead.In(ctx.Lang), more.Ahead))
	}
	for i, r := range row.SplitH(len(ids), u*0.5) {
		s.view.button(ctx, studyDone, ids[i], r, labels[i], ui.GradeColors[2], size)
	}
}

// doneTitle says the day's cards are done, or when the next learning
// card falls due.
func (s *Study) doneTitle(ctx *Context) string {
	if due, ok := s.session.NextDue(); ok {
		mins := int(math.Ceil(due.Sub(ctx.now()).Minutes()))
		return fmt.Sprintf("%s %d%s", locale.In(ctx.Lang, locale.NextDueIn), max(mins, 1), locale.In(ctx.Lang, locale.Minutes))
	}
	return locale.In(ctx.Lang, locale.Done)
}
