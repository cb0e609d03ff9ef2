package scene

import (
	"fmt"
	"math"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// layout places the header (back and the title), the page tabs and the
// page's rows. A row's label stands beside its control where the screen
// is wide enough for both, above it otherwise.
func (s *Settings) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	l, set := ctx.Lang, ctx.Settings()
	s.status = describe(l, set)
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*36)
	x := (ctx.W - w) / 2
	y := ctx.top() - s.scroll.Offset
	bh := max(ctx.targetSize(), u*2)

	size := u * 0.75
	back := locale.StudyBack.In(l)
	br := ui.Rect{X: x, Y: y, W: max(bh*1.6, text.Advance(back, ctx.Fonts.Face(size, true))+size*2), H: bh}
	v.button(ctx, settingsKeys, "back", br, back, ui.Track, size)
	title := ui.Paragraph{Text: locale.Settings.In(l), Face: ctx.Fonts.Face(u*1.2, true), Size: u * 1.2, Color: ui.LightInk}
	tx := br.X + br.W + u*0.6
	v.text(ctx, title, tx, y+(bh-u*1.2*ui.LineSpacing)/2, x+w-tx, ui.Rect{})
	y += bh + u*0.6

	s.pages = s.tabs(ctx, ui.Rect{X: x, Y: y, W: w, H: bh}, []string{"page-display", "page-study"},
		[]string{locale.PageDisplay.In(l), locale.PageStudy.In(l)}, s.page)
	y += bh + u

	r := rows{s: s, ctx: ctx, x: x, w: w, y: y, bh: bh}
	// Beside its control, a label takes what the longest needs, up to
	// half the width; the controls need at least 12 units.
	r.labelW = min(r.labelWidth(l), w*0.5)
	r.wide = w-r.labelW-u >= u*12
	if s.page == pageDisplay {
		s.layoutDisplay(&r, l, set)
	} else {
		s.layoutStudy(&r, l, set)
	}
	// A page taller than the screen scrolls; the next layout uses the
	// offset kept within the page's new height.
	s.scroll.SetSize(r.y+s.scroll.Offset-ctx.top(), ctx.H-m-ctx.top())
}

// layoutDisplay lays out the language, text size, theme, sound and
// furigana rows.
func (s *Settings) layoutDisplay(r *rows, l locale.Lang, set study.Settings) {
	lang := 0
	if l == locale.English {
		lang = 1
	}
	c := r.next(locale.Language.In(l), 1)
	s.lang = s.tabs(r.ctx, c, ids("lang-", langCodes), []string{locale.LangJapanese.In(l), locale.LangEnglish.In(l)}, lang)
	c = r.next(locale.TextSize.In(l), 1)
	s.size = s.tabs(r.ctx, c, []string{"size-1", "size-2", "size-3", "size-4"}, sizeLabels(l), set.TextSize-study.TextSmallest)
	labels := themeLabels(l)
	c = r.next(locale.Theme.In(l), r.rowsFor(labels, r.controlWidth()))
	s.theme = s.tabs(r.ctx, c, ids("theme-", themeNames), labels, index(themeNames, set.ThemeName()))
	c = r.next(locale.Sound.In(l), 1)
	// Beside each other where they fit, so that the page still fits a
	// desktop window at the largest text.
	if left, right, ok := r.besides(c, locale.Furigana.In(l), l); r.wide && ok {
		s.sound = r.toggle("sound", left, set.Sound, l)
		s.furigana = r.labelledToggle("furigana", right, locale.Furigana.In(l), set.Furigana, l)
		return
	}
	s.sound = r.toggle("sound", c, set.Sound, l)
	c = r.next(locale.Furigana.In(l), 1)
	s.furigana = r.toggle("furigana", c, set.Furigana, l)
}

// layoutStudy lays out the daily limits, the desired retention and
// whether quizzes move the schedule.
func (s *Settings) layoutStudy(r *rows, l locale.Lang, set study.Settings) {
	c := r.next(locale.NewPerDay.In(l), 1)
	s.newPerDay = r.stepper("new", c, set.NewPerDay, maxNewPerDay, newStep)
	c = r.next(locale.ReviewsPerDay.In(l), 1)
	s.reviews = r.stepper("reviews", c, set.ReviewsPerDay, maxReviews, reviewsStep)
	c = r.next(locale.Retention.In(l), 1)
	s.retention = ui.Slider{Rect: c, Value: set.DesiredRetention, Min: study.MinRetention, Max: study.MaxRetention, Step: retentionStep,
		Label: func(v float64) string { return fmt.Sprintf("%.0f%%", v*100) }}
	s.view.target("retention", c)
	r.note(locale.RetentionNote.In(l))
	c = r.next(locale.QuizSchedules.In(l), 1)
	s.quizSchedules = r.toggle("quiz-schedules", c, set.QuizSchedules, l)
}

// tabs makes a row of choices in rect with a target per choice.
func (s *Settings) tabs(ctx *Context, rect ui.Rect, ids, labels []string, selected int) ui.Tabs {
	// rect is a whole number of rows high; the choices share them.
	n := max(int(math.Round(rect.H/max(ctx.targetSize(), ctx.Unit()*2))), 1)
	t := ui.Tabs{Rect: rect, Labels: labels, Selected: selected, Cols: (len(labels) + n - 1) / n}
	for i, rr := range t.Rects() {
		s.view.target(ids[i], rr)
	}
	return t
}

// ids prefixes each value.
func ids(prefix string, values []string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = prefix + v
	}
	return out
}

// rows stacks the settings' rows down the screen.
type rows struct {
	s     *Settings
	ctx   *Context
	x, w  float64
	y, bh float64
	// wide puts labels beside their controls, in labelW.
	wide   bool
	labelW float64
}

// labelFace is the rows' label face and size.
func (r *rows) label() (text.Face, float64) {
	size := r.ctx.Unit() * 0.85
	return r.ctx.Fonts.Face(size, false), size
}

// labelWidth is the widest label of either page in language l, beside
// its control.
func (r *rows) labelWidth(l locale.Lang) float64 {
	face, _ := r.label()
	w := 0.0
	for _, t := range []locale.Text{locale.Language, locale.TextSize, locale.Theme, locale.Sound, locale.Furigana,
		locale.NewPerDay, locale.ReviewsPerDay, locale.Retention, locale.QuizSchedules} {
		w = max(w, text.Advance(t.In(l), face))
	}
	return w
}

// controlWidth is the width a control has.
func (r *rows) controlWidth() float64 {
	if r.wide {
		return r.w - r.labelW - r.ctx.Unit()
	}
	return r.w
}

// rowsFor is how many rows a choice of labels needs in width w, each
// label with room around it.
func (r *rows) rowsFor(labels []string, w float64) int {
	face := r.ctx.Fonts.Face(r.ctx.Unit()*0.85, true)
	widest := 0.0
	for _, l := range labels {
		widest = max(widest, text.Advance(l, face)+r.ctx.Unit())
	}
	cols := max(min(int(w/widest), len(labels)), 1)
	return (len(labels) + cols - 1) / cols
}

// next adds a row labelled label and returns the rectangle of its
// control, n control rows high.
func (r *rows) next(label string, n int) ui.Rect {
	face, size := r.label()
	p := ui.Paragraph{Text: label, Face: face, Size: size, Color: ui.LightInk}
	h := r.bh * float64(n)
	var c ui.Rect
	if r.wide {
		lw := r.labelW
		lh := r.ctx.Wrap.Height(p, lw)
		r.s.view.text(r.ctx, p, r.x, r.y+max(0, (min(h, r.bh)-lh)/2), lw, ui.Rect{})
		c = ui.Rect{X: r.x + r.w - r.controlWidth(), Y: r.y, W: r.controlWidth(), H: h}
		r.y += max(h, lh)
	} else {
		r.y += r.s.view.text(r.ctx, p, r.x, r.y, r.w, ui.Rect{}) + size*0.2
		c = ui.Rect{X: r.x, Y: r.y, W: r.w, H: h}
		r.y += h
	}
	r.y += r.ctx.Unit() * 0.7
	return c
}

// note adds a line of explanation under the last row's control.
func (r *rows) note(s string) {
	size := r.ctx.Unit() * 0.7
	p := ui.Paragraph{Text: s, Face: r.ctx.Fonts.Face(size, false), Size: size, Color: ui.MutedLight}
	x, w := r.x, r.w
	if r.wide {
		x, w = r.x+r.w-r.controlWidth(), r.controlWidth()
	}
	r.y += r.s.view.text(r.ctx, p, x, r.y-r.ctx.Unit()*0.5, w, ui.Rect{}) - r.ctx.Unit()*0.2
}

// toggle is a switch in rect c with id.
func (r *rows) toggle(id string, c ui.Rect, on bool, l locale.Lang) ui.Toggle {
	t := ui.Toggle{Rect: c, On: on, OnLabel: locale.On.In(l), OffLabel: locale.Off.In(l)}
	r.s.view.target(id, c)
	return t
}

// labelledToggle is a switch with its own label before it, in rect c; the
// label is part of what a tap flips.
func (r *rows) labelledToggle(id string, c ui.Rect, label string, on bool, l locale.Lang) ui.Toggle {
	face, size := r.label()
	lw := text.Advance(label, face) + size*0.6
	p := ui.Paragraph{Text: label, Face: face, Size: size, Color: ui.LightInk}
	r.s.view.text(r.ctx, p, c.X, c.Y+(c.H-size*ui.LineSpacing)/2, lw, ui.Rect{})
	r.s.view.target(id, c)
	return ui.Toggle{Rect: ui.Rect{X: c.X + lw, Y: c.Y, W: c.W - lw, H: c.H}, On: on, OnLabel: locale.On.In(l), OffLabel: locale.Off.In(l)}
}

// toggleWidth is what a switch in a rect as high as c draws: its track
// and the longer state word after it.
func (r *rows) toggleWidth(c ui.Rect, l locale.Lang) float64 {
	face, size := r.label()
	t := ui.Toggle{Rect: c}
	state := max(text.Advance(locale.On.In(l), face), text.Advance(locale.Off.In(l), face))
	return t.Track().W + size*0.6 + state
}

// besides splits a row's control rect c for two switches, the second
// with its own label: the first as wide as it draws, the second the rest,
// with up to two units between them. It reports whether both fit.
func (r *rows) besides(c ui.Rect, label string, l locale.Lang) (left, right ui.Rect, ok bool) {
	face, size := r.label()
	u := r.ctx.Unit()
	left = c
	left.W = r.toggleWidth(c, l)
	need := text.Advance(label, face) + size*0.6 + r.toggleWidth(c, l)
	gap := min(c.W-left.W-need, u*2)
	right = c
	right.X, right.W = left.X+left.W+gap, c.W-left.W-gap
	return left, right, gap >= u*0.8
}

// stepper is a number with − and + in rect c, their ids id-minus and
// id-plus.
func (r *rows) stepper(id string, c ui.Rect, value, most, step int) ui.Stepper {
	c.W = min(c.W, r.bh*5)
	st := ui.Stepper{Rect: c, Value: value, Min: 0, Max: most, Step: step}
	minus, _, plus := st.Parts()
	r.s.view.target(id+"-minus", minus)
	r.s.view.target(id+"-plus", plus)
	return st
}

// settingsButton is where a screen's settings button goes: at height y,
// its right edge at right, wide enough for its label.
func settingsButton(ctx *Context, right, y float64) ui.Rect {
	size := ctx.Unit() * 0.75
	bh := max(ctx.targetSize(), size*1.9)
	w := max(bh*1.6, text.Advance(locale.Settings.In(ctx.Lang), ctx.Fonts.Face(size, true))+size*2)
	return ui.Rect{X: right - w, Y: y, W: w, H: bh}
}
