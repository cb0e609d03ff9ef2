package scene

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Draw paints the quiz in its current phase.
func (s *Quiz) Draw(dst *ebiten.Image, ctx *Context) {
	dst.Fill(ui.Background)
	s.drawHeader(dst, ctx)
	switch s.phase {
	case answering:
		if q, ok := s.quiz.Current(); ok {
			s.drawQuestion(dst, ctx, q)
		}
	case feedback:
		s.drawFeedback(dst, ctx)
	case finished:
		s.drawResult(dst, ctx)
	}
}

func (s *Quiz) drawHeader(dst *ebiten.Image, ctx *Context) {
	u, m := ctx.Unit(), ctx.Margin()
	f := s.frame(ctx)
	sc := s.quiz.Score()
	n := sc.Answered
	if s.phase == answering {
		n++
	}
	label := fmt.Sprintf("%s %d / %d ・ %s %d", locale.Question, min(n, sc.Total), sc.Total, locale.Score, sc.Correct)
	small := u * 0.75
	ctx.Wrap.Draw(dst, ctx.headerLine(label, small), f.X, m, f.W)
	bar := ui.Rect{X: f.X, Y: m + small*ui.LineSpacing + u*0.2, W: f.W, H: u * 0.25}
	ui.FillRoundRect(dst, bar, bar.H/2, ui.Track)
	if sc.Total > 0 && sc.Answered > 0 {
		bar.W *= float64(sc.Answered) / float64(sc.Total)
		ui.FillRoundRect(dst, bar, bar.H/2, ui.GradeColors[2])
	}
}

func (s *Quiz) drawQuestion(dst *ebiten.Image, ctx *Context, q study.Question) {
	u := ctx.Unit()
	box, p := s.promptBox(ctx, q)
	ui.FillRoundRect(dst, box, u*0.6, ui.CardFace)
	ctx.Wrap.Draw(dst.SubImage(box.Bounds()).(*ebiten.Image), p, box.X+u, box.Y+u, box.W-2*u)
	bold, small := ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false)
	switch q.Card.Type {
	case deck.TypeCloze, deck.TypeBasic, deck.TypeNumeric:
		c := s.controls(ctx, q)
		s.field.Rect = ui.Rect{X: c.X, Y: c.Y, W: c.W, H: u * 2.6}
		s.field.Draw(dst, ctx.Fonts.Face(u, false), u)
		hint := locale.TypeHint
		if q.Card.Unit != "" {
			hint = locale.Unit + ": " + q.Card.Unit + " ・ " + hint
		}
		ctx.Wrap.Draw(dst, ui.Paragraph{Text: hint, Face: small, Size: u * 0.7, Color: ui.LightInk}, c.X, c.Y+u*3, c.W)
		s.submitButton(ctx).Draw(dst, bold, small, u)
	case deck.TypeMCQ, deck.TypeTrueFalse:
		list := s.options(ctx, q)
		for i := range list.rects {
			list.draw(dst, ctx, i, ui.CardFace, ui.Ink)
		}
	case deck.TypeOrder:
		list := s.options(ctx, q)
		for i, item := range q.Items {
			bg, fg := ui.CardFace, ui.Ink
			if pos := indexOf(s.order, item); pos >= 0 {
				bg, fg = ui.Accent, ui.LightInk
				list.texts[i] = fmt.Sprintf("%d%s%s", pos+1, locale.Ordinal, item)
			}
			list.draw(dst, ctx, i, bg, fg)
		}
		s.drawBuildButtons(dst, ctx, len(s.order) == len(q.Items))
	case deck.TypeMatch:
		left, right := s.matchColumns(ctx, q)
		for i, l := range q.Left {
			bg, fg := ui.CardFace, ui.Ink
			if l == s.selLeft {
				bg, fg = ui.Accent, ui.LightInk
			} else if r, ok := s.pairs[l]; ok {
				left.texts[i] += locale.PairMark + r
				bg = ui.CardBack
			}
			left.draw(dst, ctx, i, bg, fg)
		}
		for i, r := range q.Right {
			bg := ui.CardFace
			for _, taken := range s.pairs {
				if taken == r {
					bg = ui.CardBack
				}
			}
			right.draw(dst, ctx, i, bg, ui.Ink)
		}
		s.drawBuildButtons(dst, ctx, len(s.pairs) == len(q.Left))
	}
}

// drawBuildButtons draws reset and, once the answer is complete, submit.
func (s *Quiz) drawBuildButtons(dst *ebiten.Image, ctx *Context, complete bool) {
	u := ctx.Unit()
	bold, small := ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false)
	s.resetButton(ctx).Draw(dst, bold, small, u)
	b := s.submitButton(ctx)
	if !complete {
		b.Color = ui.Track
	}
	b.Draw(dst, bold, small, u)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func (s *Quiz) drawFeedback(dst *ebiten.Image, ctx *Context) {
	u := ctx.Unit()
	f := s.frame(ctx)
	next := s.nextButton(ctx)
	bottom := next.Rect.Y
	bold, small := ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false)
	if s.quiz.CanOverride() {
		b := s.overrideButton(ctx)
		bottom = b.Rect.Y
		b.Draw(dst, bold, small, u)
	}
	card := ui.Rect{X: f.X, Y: f.Y, W: f.W, H: bottom - u*0.8 - f.Y}
	ui.FillRoundRect(dst, card, u*0.6, ui.CardBack)
	texts := resultTexts(s.last)
	drawTexts(dst.SubImage(card.Bounds()).(*ebiten.Image), ctx, texts, card.Inset(u))
	next.Draw(dst, bold, small, u)
}

// verdicts say how an answer was judged, in the colour of its grade.
var verdicts = map[study.Outcome]cardText{
	study.Right:      {text: locale.Correct, role: role{1.4, true, ui.GradeColors[2]}},
	study.Accepted:   {text: locale.Accepted, role: role{1.1, true, ui.Accent}},
	study.Overridden: {text: locale.Overridden, role: role{1.1, true, ui.GradeColors[2]}},
	study.Wrong:      {text: locale.Wrong, role: role{1.4, true, ui.GradeColors[0]}},
}

// resultTexts tells how a question went: verdict, question, both answers,
// what the student should know about them (other sources' answers, the
// card's note), and the sentence and source it comes from.
func resultTexts(r study.Result) []cardText {
	texts := []cardText{verdicts[r.Outcome], {text: r.Question.Card.Prompt, role: roleChoice}}
	if r.Outcome != study.Right {
		texts = append(texts, cardText{text: locale.YourAnswer + ": " + displayAnswer(r.Question.Card, r.Given), role: roleSource})
	}
	texts = append(texts,
		cardText{text: locale.Answer, role: roleLabel},
		cardText{text: displayAnswer(r.Question.Card, r.Expected), role: roleAnswer})
	texts = append(texts, caveats(nil, r.Question.Card)...)
	texts = append(texts, cardText{text: "「" + r.Fact.Sentence + "」", role: roleSentence})
	if r.Source.ID != "" {
		texts = append(texts, cardText{text: sourceLine(r.Fact, r.Source), role: roleSource})
	}
	if r.Question.Card.Note == "" && len(r.Fact.Conflicts) > 0 {
		// The note, where the deck has one, already says how the sources differ.
		texts = append(texts, cardText{text: conflictLine(r.Conflicts), role: roleConflict})
	}
	return texts
}

// displayAnswer shows true/false answers in words.
func displayAnswer(c deck.Card, s string) string {
	if c.Type == deck.TypeTrueFalse {
		switch s {
		case "true":
			return locale.TrueLabel
		case "false":
			return locale.FalseLabel
		}
	}
	return s
}

// drawTexts sets texts in r, shrinking them until they fit.
func drawTexts(dst *ebiten.Image, ctx *Context, texts []cardText, r ui.Rect) {
	var paras []ui.Paragraph
	for scale := 1.0; scale >= 0.5; scale -= 0.1 {
		paras = paras[:0]
		for _, t := range texts {
			size := ctx.Unit() * scale * t.role.scale
			paras = append(paras, ui.Paragraph{Text: t.text, Face: ctx.Fonts.Face(size, t.role.bold), Size: size, Color: t.role.color, Phrases: t.breaks})
		}
		if paragraphsHeight(ctx, paras, r.W) <= r.H {
			break
		}
	}
	y := r.Y
	for _, p := range paras {
		y += ctx.Wrap.Draw(dst, p, r.X, y, r.W) + p.Size*0.5
	}
}

func (s *Quiz) drawResult(dst *ebiten.Image, ctx *Context) {
	u := ctx.Unit()
	f := s.frame(ctx)
	sc := s.quiz.Score()
	y := f.Y
	head := fmt.Sprintf("%s %d / %d", locale.Score, sc.Correct, sc.Total)
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: head, Face: ctx.Fonts.Face(u*1.6, true), Size: u * 1.6, Color: ui.LightInk, Center: true}, f.X, y, f.W)
	took := fmt.Sprintf("%s %d%s", locale.Time, int(sc.Took.Seconds()), locale.Seconds)
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: took, Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: ui.LightInk, Center: true}, f.X, y, f.W)
	y += u * 0.5
	next := s.nextButton(ctx)
	mistakes := s.quiz.Mistakes()
	if len(mistakes) == 0 {
		ctx.Wrap.Draw(dst, ui.Paragraph{Text: locale.NoMistakes, Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk, Center: true}, f.X, y, f.W)
	} else {
		label := fmt.Sprintf("%s %d / %d ・ %s", locale.Mistakes, s.page+1, len(mistakes), locale.PageHint)
		y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: label, Face: ctx.Fonts.Face(u*0.75, false), Size: u * 0.75, Color: ui.LightInk}, f.X, y, f.W)
		card := ui.Rect{X: f.X, Y: y, W: f.W, H: next.Rect.Y - u*0.8 - y}
		ui.FillRoundRect(dst, card, u*0.6, ui.CardBack)
		drawTexts(dst.SubImage(card.Bounds()).(*ebiten.Image), ctx, resultTexts(mistakes[s.page])[1:], card.Inset(u))
	}
	next.Draw(dst, ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false), u)
}

// Status describes the quiz for screen readers and tests.
func (s *Quiz) Status() Status {
	sc := s.quiz.Score()
	st := Status{Scene: "quiz", Reviewed: sc.Answered, Remaining: sc.Total - sc.Answered, Score: sc.Correct, Total: sc.Total}
	switch s.phase {
	case answering:
		if q, ok := s.quiz.Current(); ok {
			st.CardID = q.Card.ID
			st.Text = strings.Join(append([]string{q.Card.Prompt}, choiceLabels(q)...), "\n")
			if q.Card.Type == deck.TypeMatch {
				st.Text = strings.Join(append(append([]string{q.Card.Prompt}, q.Left...), q.Right...), "\n")
			}
			if study.Typed(q.Card.Type) && s.field.Text() != "" {
				// What is in the answer box, as a screen reader reads it back.
				st.Text += "\n" + locale.YourAnswer + ": " + s.field.Text()
			}
		}
	case feedback:
		st.Scene, st.CardID = "quiz-feedback", s.last.Question.Card.ID
		st.Text = joinTexts(resultTexts(s.last))
	case finished:
		st.Scene = "quiz-result"
		st.Text = fmt.Sprintf("%s %d / %d", locale.Score, sc.Correct, sc.Total)
	}
	return st
}

func joinTexts(texts []cardText) string {
	parts := make([]string, len(texts))
	for i, t := range texts {
		parts[i] = t.text
	}
	return strings.Join(parts, "\n")
}
