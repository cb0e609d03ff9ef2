package scene

import (
	"fmt"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// statsDays is how many days each chart covers.
const statsDays = 30

// Stats is the statistics screen of a deck: today's numbers, the answers
// of the last 30 days by grade, the cards due over the next 30, the
// cards by state and Anki's True Retention table. The series come from
// cards/study; the screen draws them.
type Stats struct {
	deck *deck.Deck
	view view
	lang locale.Lang
	// text is the screen in words, for a screen reader, as last laid out.
	text string
}

// NewStats shows the statistics of d.
func NewStats(d *deck.Deck) *Stats { return &Stats{deck: d} }

var statsKeys = Bindings{{Keys: []string{input.Escape}, Command: "back"}}

// Bindings go back.
func (s *Stats) Bindings() Bindings { return statsKeys }

// Update goes back on its button or Escape.
func (s *Stats) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	for _, a := range actions {
		if command(a, statsKeys, &s.view) == "back" {
			return Transition{Op: Pop}
		}
	}
	if !s.view.keep(ctx, actions, minute(ctx)) {
		s.layout(ctx)
	}
	return Transition{}
}

// layout draws the sections top to bottom: two columns on a wide
// screen, one on a narrow one, the charts taking the height left.
func (s *Stats) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	l := ctx.Lang
	s.lang = l
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*60)
	x, y := (ctx.W-width)/2, ctx.top()
	y = v.titleBar(ctx, statsKeys, x, y, width, locale.StatsTitle.In(l)+"　"+s.deck.Title, u*1.1) + u*0.6

	p := ctx.Progress
	if p == nil {
		p = study.NewProgress()
	}
	now := ctx.now()
	today := study.Today(s.deck, p, now)
	langCode := "en"
	if l == locale.Japanese {
		langCode = "ja"
	}
	words := []string{locale.StatsTitle.In(l), today.Sentence(langCode)}
	y += v.text(ctx, s.para(ctx, today.Sentence(langCode), 0.9, ui.LightInk), x, y, width, ui.Rect{}) + u*0.6

	reviews := study.ReviewsPerDay(p.Log(), now, statsDays)
	due := study.DuePerDay(s.deck, p, now, statsDays)
	states := study.CountStates(s.deck, p)
	retention := study.TrueRetention(p, now)

	cols := 1
	if ctx.W > ctx.H && width >= u*30 {
		cols = 2
	}
	gap := u
	colW := (width - gap*float64(cols-1)) / float64(cols)
	// The text parts take what they need; the two charts share the rest.
	stateText, retText := s.stateWords(l, states), s.retentionWords(l, retention)
	statesH := u*1.5 + ctx.Wrap.Height(s.para(ctx, stateText, 0.75, ui.LightInk), colW) + u*0.8
	retH := ctx.Wrap.Height(s.para(ctx, retText, 0.75, ui.LightInk), colW) + u*0.8
	labelH := ctx.Wrap.Height(s.para(ctx, "あ", 0.8, ui.LightInk), colW) + u*0.3
	room := ctx.H - m - y
	var chartH float64
	if cols == 2 {
		chartH = (room - 2*(labelH+u*0.8) - max(statesH, retH) - u) / 2
	} else {
		chartH = (room - 4*(labelH+u*0.8) - statesH - retH) / 2
	}
	chartH = max(chartH, u*3)

	col := func(i int) float64 { return x + float64(i%cols)*(colW+gap) }
	// Charts.
	y0 := y
	y = s.section(ctx, locale.StatsReviews.In(l), col(0), y, colW)
	s.reviewBars(ctx, reviews, ui.Rect{X: col(0), Y: y, W: colW, H: chartH})
	words = append(words, s.reviewWords(l, reviews))
	yLeft := y + chartH + u*0.8
	if cols == 2 {
		y = y0
	} else {
		y = yLeft
	}
	y = s.section(ctx, locale.StatsDue.In(l), col(1), y, colW)
	s.dueBars(ctx, due, ui.Rect{X: col(1), Y: y, W: colW, H: chartH})
	words = append(words, s.dueWords(l, due))
	y += chartH + u*0.8
	if cols == 2 {
		y = max(y, yLeft)
		y0 = y
	}
	// States and retention.
	y = s.section(ctx, locale.StatsStates.In(l), col(0), y, colW)
	s.stateBar(ctx, states, ui.Rect{X: col(0), Y: y, W: colW, H: u * 1.2})
	v.text(ctx, s.para(ctx, stateText, 0.75, ui.LightInk), col(0), y+u*1.5, colW, ui.Rect{})
	words = append(words, locale.StatsStates.In(l)+": "+stateText)
	if cols == 2 {
		y = y0
	} else {
		y += statesH
	}
	y = s.section(ctx, locale.StatsRetention.In(l), col(1), y, colW)
	v.text(ctx, s.para(ctx, retText, 0.75, ui.LightInk), col(1), y, colW, ui.Rect{})
	words = append(words, locale.StatsRetention.In(l)+"\n"+retText)
	s.text = strings.Join(words, "\n")
}

// para is a paragraph of s at size times the unit.
func (s *Stats) para(ctx *Context, text string, size float64, c ui.Role) ui.Paragraph {
	sz := ctx.Unit() * size
	return ui.Paragraph{Text: text, Face: ctx.Fonts.Face(sz, false), Size: sz, Color: c}
}

// section sets a section's heading and returns where its content starts.
func (s *Stats) section(ctx *Context, heading string, x, y, w float64) float64 {
	p := s.para(ctx, heading, 0.8, ui.MutedLight)
	return y + s.view.text(ctx, p, x, y, w, ui.Rect{}) + ctx.Unit()*0.3
}

// reviewBars draws a bar a day, its answers stacked by grade, Again at
// the bottom, in the grade buttons' colours.
func (s *Stats) reviewBars(ctx *Context, days []study.DayReviews, r ui.Rect) {
	peak := 1
	for _, d := range days {
		peak = max(peak, d.Total())
	}
	s.axis(ctx, r)
	bw := r.W / float64(len(days))
	for i, d := range days {
		y := r.Y + r.H
		for g := range 4 {
			n := d.ByRating[g]
			if n == 0 {
				continue
			}
			h := r.H * float64(n) / float64(peak)
			y -= h
			s.view.fill(ui.Rect{X: r.X + float64(i)*bw + bw*0.15, Y: y, W: bw * 0.7, H: h}, 0, ui.GradeColors[g])
		}
	}
}

// dueBars draws a bar a day of the cards falling due.
func (s *Stats) dueBars(ctx *Context, days []study.DayCount, r ui.Rect) {
	peak := 1
	for _, d := range days {
		peak = max(peak, d.Count)
	}
	s.axis(ctx, r)
	bw := r.W / float64(len(days))
	for i, d := range days {
		if d.Count == 0 {
			continue
		}
		h := r.H * float64(d.Count) / float64(peak)
		s.view.fill(ui.Rect{X: r.X + float64(i)*bw + bw*0.15, Y: r.Y + r.H - h, W: bw * 0.7, H: h}, 0, ui.Accent)
	}
}

// axis is a chart's ground: a panel and its base line.
func (s *Stats) axis(ctx *Context, r ui.Rect) {
	s.view.fill(r, ctx.Unit()*0.2, ui.Track)
	s.view.fill(ui.Rect{X: r.X, Y: r.Y + r.H - 1, W: r.W, H: math.Max(1, ctx.Scale)}, 0, ui.MutedLight)
}

// stateBar draws the cards by state as one bar split in proportion.
func (s *Stats) stateBar(ctx *Context, c study.StateCounts, r ui.Rect) {
	total := c.Total()
	if total == 0 {
		s.view.fill(r, ctx.Unit()*0.2, ui.Track)
		return
	}
	parts := []struct {
		n    int
		role ui.Role
	}{{c.New, ui.Accent}, {c.Learning, ui.GradeColors[1]}, {c.Young, ui.GradeColors[2]}, {c.Mature, ui.GradeColors[3]}, {c.Suspended, ui.Track}}
	x := r.X
	for _, p := range parts {
		w := r.W * float64(p.n) / float64(total)
		if w > 0 {
			s.view.fill(ui.Rect{X: x, Y: r.Y, W: w, H: r.H}, 0, p.role)
		}
		x += w
	}
}

// reviewWords says the answers of the period in words.
func (s *Stats) reviewWords(l locale.Lang, days []study.DayReviews) string {
	total, peak := 0, 0
	for _, d := range days {
		total += d.Total()
		peak = max(peak, d.Total())
	}
	return locale.StatsReviews.In(l) + ": " + fmt.Sprintf(locale.StatsTotal.In(l), total) + "、" + fmt.Sprintf(locale.StatsPeak.In(l), peak)
}

// dueWords says the cards falling due in words.
func (s *Stats) dueWords(l locale.Lang, days []study.DayCount) string {
	total, peak := 0, 0
	for _, d := range days {
		total += d.Count
		peak = max(peak, d.Count)
	}
	return locale.StatsDue.In(l) + ": " + fmt.Sprintf(locale.StatsTotal.In(l), total) + "、" + fmt.Sprintf(locale.StatsPeak.In(l), peak)
}

// stateWords lists the cards by state.
func (s *Stats) stateWords(l locale.Lang, c study.StateCounts) string {
	return fmt.Sprintf("%s %d ・ %s %d ・ %s %d ・ %s %d ・ %s %d",
		locale.StatsNew.In(l), c.New, locale.StatsLearning.In(l), c.Learning, locale.StatsYoung.In(l), c.Young,
		locale.StatsMature.In(l), c.Mature, locale.StatsSuspended.In(l), c.Suspended)
}

// retentionWords is the True Retention table, a line a period: young,
// mature, and the desired retention under it.
func (s *Stats) retentionWords(l locale.Lang, t study.Retention) string {
	names := []locale.Text{locale.StatsToday, locale.StatsYesterday, locale.StatsWeek, locale.StatsMonth, locale.StatsYear, locale.StatsAllTime}
	rate := func(c study.PassCount) string {
		if r, ok := c.Rate(); ok {
			return fmt.Sprintf("%.0f%% (%d/%d)", r*100, c.Passed, c.Total())
		}
		return "—"
	}
	// A header names the columns once; a period without reviews says so
	// in one word.
	lines := []string{locale.StatsYoung.In(l) + " ・ " + locale.StatsMature.In(l)}
	for _, row := range t.Rows {
		if int(row.Period) >= len(names) {
			continue
		}
		if row.All().Total() == 0 {
			lines = append(lines, names[row.Period].In(l)+": "+locale.StatsNone.In(l))
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %s ・ %s", names[row.Period].In(l), rate(row.Young), rate(row.Mature)))
	}
	lines = append(lines, fmt.Sprintf(locale.StatsDesired.In(l), int(math.Round(t.Desired*100))))
	return strings.Join(lines, "\n")
}

// Draw paints the screen as Update laid it out.
func (s *Stats) Draw(dst *ebiten.Image, ctx *Context) { s.view.draw(dst, ctx) }

// Status reads the numbers out.
func (s *Stats) Status() Status {
	return Status{Scene: "stats", Text: s.text, Targets: s.view.statusTargets()}
}
