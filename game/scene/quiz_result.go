package scene

import (
	"fmt"
	"time"

	"factdeck/game/locale"
	"factdeck/game/ui"
)

// tookText writes the time a quiz took: seconds, or minutes and seconds.
func tookText(l locale.Lang, d time.Duration) string {
	sec := int(d.Round(time.Second).Seconds())
	if sec < 60 {
		return fmt.Sprintf(locale.QuizTimeShort.In(l), sec)
	}
	return fmt.Sprintf(locale.QuizTime.In(l), sec/60, sec%60)
}

// layoutResult sets the end of the quiz: the score, the time taken and
// the best streak, each with an id; the mistakes one at a time with
// their sources (a tap on either half, or ← →, pages); "retry the
// mistakes" beside back.
func (s *Quiz) layoutResult(ctx *Context) {
	u := ctx.Unit()
	v := &s.view
	f := s.frame
	l := ctx.Lang
	sc := s.quiz.Score()
	y := f.Y
	line := func(id, text string, size float64, bold bool) {
		p := ui.Paragraph{Text: text, Face: ctx.Fonts.Face(size, bold), Size: size, Color: ui.LightInk, Center: true}
		h := v.text(ctx, p, f.X, y, f.W, ui.Rect{})
		v.target(id, ui.Rect{X: f.X, Y: y, W: f.W, H: h})
		y += h
	}
	line("score", fmt.Sprintf("%s %d / %d", locale.QuizScore.In(l), sc.Correct, sc.Total), u*1.6, true)
	line("time", tookText(l, sc.Took), u*0.85, false)
	line("streak", fmt.Sprintf(locale.QuizBestStreak.In(l), sc.BestStreak), u*0.85, false)
	y += u * 0.5

	back, _ := s.bottomRow(ctx)
	b := s.Bindings()
	mistakes := s.quiz.Mistakes()
	if len(mistakes) == 0 {
		v.text(ctx, ui.Paragraph{Text: locale.QuizNoMistakes.In(l), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk, Center: true}, f.X, y, f.W, ui.Rect{})
		v.button(ctx, b, "back", back, locale.QuizDone.In(l), ui.Accent, u)
		return
	}
	label := fmt.Sprintf("%s %d / %d", locale.QuizMistakes.In(l), s.page+1, len(mistakes))
	if len(mistakes) > 1 && ctx.Keyboard {
		label += " ・ " + locale.In(l, locale.PageHint)
	}
	y += v.text(ctx, ui.Paragraph{Text: label, Face: ctx.Fonts.Face(u*0.75, false), Size: u * 0.75, Color: ui.LightInk}, f.X, y, f.W, ui.Rect{})
	card := ui.Rect{X: f.X, Y: y, W: f.W, H: back.Y - u*0.8 - y}
	m := mistakes[s.page]
	s.layoutExplained(ctx, feedbackTexts(l, s.quiz.Deck(), m, true)[1:], m, card)
	v.target("mistake", card)
	if len(mistakes) > 1 {
		// A tap on the left or right half of the mistake pages through.
		halves := card.SplitH(2, 0)
		v.target("mistake-prev", halves[0])
		v.target("mistake-next", halves[1])
	}
	row := back.SplitH(2, u*0.6)
	v.button(ctx, b, "retry", row[0], locale.QuizRetry.In(l), ui.GradeColors[2], u)
	v.button(ctx, b, "back", row[1], locale.QuizDone.In(l), ui.Accent, u)
}
