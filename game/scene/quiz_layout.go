package scene

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// layout lays the quiz out in its current phase.
func (s *Quiz) layout(ctx *Context) {
	s.view.begin(ctx)
	s.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*40)
	top := ctx.top() + headerHeight(ctx) + u*0.6
	s.frame = ui.Rect{X: (ctx.W - w) / 2, Y: top, W: w, H: max(u*6, ctx.H-m-top)}
	s.layoutHeader(ctx)
	switch s.phase {
	case answering:
		if q, ok := s.quiz.Current(); ok {
			s.layoutQuestion(ctx, q)
		}
	case feedback:
		s.layoutFeedback(ctx)
	case finished:
		s.layoutResult(ctx)
	}
}

// headerHeight is the height of the line above the frame: the back
// button's, a finger's width at least.
func headerHeight(ctx *Context) float64 { return max(ctx.targetSize(), ctx.Unit()*1.9) }

// layoutHeader puts the back button (not on the result, whose big button
// goes back), the question count and score, and the progress bar.
func (s *Quiz) layoutHeader(ctx *Context) {
	u := ctx.Unit()
	f := s.frame
	sc := s.quiz.Score()
	n := sc.Answered
	if s.phase == answering {
		n++
	}
	bh := headerHeight(ctx)
	y := ctx.top()
	left := f.X
	if s.phase != finished {
		size := u * 0.75
		label := locale.StudyBack.In(ctx.Lang)
		r := ui.Rect{X: f.X, Y: y, W: max(bh*1.6, text.Advance(label, ctx.Fonts.Face(size, true))+size*2), H: bh}
		s.view.button(ctx, s.Bindings(), "back", r, label, ui.Track, size)
		left = r.X + r.W + u*0.5
	}
	label := fmt.Sprintf("%s %d / %d ・ %s %d", locale.In(ctx.Lang, locale.Question), min(n, sc.Total), sc.Total, locale.QuizScore.In(ctx.Lang), sc.Correct)
	small := u * 0.75
	line := ctx.headerLine(label, small)
	w := f.X + f.W - left
	lineH := ctx.Wrap.Height(line, w)
	barH := u * 0.25
	ty := y + max(0, (bh-lineH-u*0.2-barH)/2)
	s.view.text(ctx, line, left, ty, w, ui.Rect{})
	bar := ui.Rect{X: left, Y: ty + lineH + u*0.2, W: w, H: barH}
	s.view.fill(bar, bar.H/2, ui.Track)
	if sc.Total > 0 && sc.Answered > 0 {
		bar.W *= float64(sc.Answered) / float64(sc.Total)
		s.view.fill(bar, bar.H/2, ui.GradeColors[2])
	}
}

// bottomRow is the frame's bottom button; above is the row above it
// (reset, or "I was right").
func (s *Quiz) bottomRow(ctx *Context) (bottom, above ui.Rect) {
	u := ctx.Unit()
	f := s.frame
	h := max(u*3, ctx.targetSize())
	bottom = ui.Rect{X: f.X, Y: f.Y + f.H - h, W: f.W, H: h}
	above = bottom
	above.Y -= h + u*0.5
	return bottom, above
}

// promptBox is the part of the frame the question takes: its text's
// height, at most 40% of the frame. A long question is set a little
// smaller, never below the body text size; one still too long scrolls.
func (s *Quiz) promptBox(ctx *Context, q study.Question) (ui.Rect, ui.Paragraph) {
	f := s.frame
	u := ctx.Unit()
	pad := u
	var p ui.Paragraph
	for _, scale := range []float64{1.2, 1.1, 1} {
		p = ui.Paragraph{Text: q.Card.Prompt, Face: ctx.Fonts.Face(u*scale, false), Size: u * scale, Color: ui.Ink}
		dress(ctx, &p, annotated(s.quiz.Deck(), "", q.Card.Prompt, "", rolePrompt))
		if ctx.Wrap.Height(p, f.W-2*pad)+2*pad <= f.H*0.4 {
			break
		}
	}
	h := min(ctx.Wrap.Height(p, f.W-2*pad)+2*pad, f.H*0.4)
	return ui.Rect{X: f.X, Y: f.Y, W: f.W, H: h}, p
}

// placePrompt sets the question's text in its box, scrolled.
func (s *Quiz) placePrompt(ctx *Context, q study.Question, box ui.Rect, p ui.Paragraph) {
	u := ctx.Unit()
	if key := fmt.Sprintf("%d/%s", s.quiz.Score().Answered, q.Card.ID); key != s.promptFor {
		s.promptScroll, s.promptFor = ui.ScrollView{}, key
	}
	inner := box.Inset(u)
	s.promptScroll.SetSize(ctx.Wrap.Height(p, inner.W), inner.H)
	s.prompt = box
	s.view.text(ctx, p, inner.X, inner.Y-s.promptScroll.Offset, inner.W, box)
	if s.promptScroll.Scrollable() {
		track := ui.Rect{X: box.X + box.W - u*0.55, Y: inner.Y, W: max(u*0.2, 3), H: inner.H}
		s.view.fill(s.promptScroll.Thumb(track), track.W/2, ui.MutedInk)
	}
}

func (s *Quiz) layoutQuestion(ctx *Context, q study.Question) {
	u := ctx.Unit()
	v := &s.view
	b := s.Bindings()
	box, p := s.promptBox(ctx, q)
	v.fill(box, u*0.6, ui.CardFace)
	s.placePrompt(ctx, q, box, p)
	submit, above := s.bottomRow(ctx)
	// The controls take the frame below the prompt, above the buttons.
	c := ui.Rect{X: box.X, Y: box.Y + box.H + u*0.8, W: box.W}
	c.H = max(0, submit.Y-u*0.6-c.Y)
	switch q.Input() {
	case study.InputText:
		s.field.Rect = ui.Rect{X: c.X, Y: c.Y, W: c.W, H: max(ctx.targetSize(), u*2.6)}
		v.textField(&s.field, u)
		hint := locale.In(ctx.Lang, locale.TypeHint)
		if q.Card.Unit != "" {
			hint = locale.In(ctx.Lang, locale.Unit) + ": " + q.Card.Unit + " ・ " + hint
		}
		v.text(ctx, ui.Paragraph{Text: hint, Face: ctx.Fonts.Face(u*0.7, false), Size: u * 0.7, Color: ui.LightInk}, c.X, s.field.Rect.Y+s.field.Rect.H+u*0.4, c.W, ui.Rect{})
		v.button(ctx, b, "submit", submit, locale.In(ctx.Lang, locale.Submit), ui.Accent, u)
	case study.InputChoice:
		// Choices answer at once: they may use the submit button's room.
		c.H = submit.Y + submit.H - c.Y
		list := layoutOptions(ctx, s.quiz.Deck(), optionLabels(q), c)
		for i, t := range list.texts {
			list.add(v, ctx, i, fmt.Sprintf("choice-%d", i+1), t, ui.CardFace, ui.Ink)
		}
	case study.InputOrder:
		c.H = max(0, above.Y-u*0.6-c.Y)
		list := layoutOptions(ctx, s.quiz.Deck(), numbered(q.Items), c)
		for i, item := range q.Items {
			text, bg, fg := list.texts[i], ui.CardFace, ui.Ink
			if pos := s.order.Position(i); pos > 0 {
				text, bg, fg = fmt.Sprintf("%d%s%s", pos, locale.In(ctx.Lang, locale.Ordinal), item), ui.Accent, ui.OnAccent
			}
			list.add(v, ctx, i, fmt.Sprintf("choice-%d", i+1), text, bg, fg)
		}
		s.layoutBuildButtons(ctx, submit, above, s.order.Complete())
	case study.InputMatch:
		c.H = max(0, above.Y-u*0.6-c.Y)
		cols := c.SplitH(2, u*0.8)
		left, right := layoutOptions(ctx, s.quiz.Deck(), numbered(q.Left), cols[0]), layoutOptions(ctx, s.quiz.Deck(), numbered(q.Right), cols[1])
		for i := range q.Left {
			text, bg, fg := left.texts[i], ui.CardFace, ui.Ink
			if i == s.match.Selected() {
				bg, fg = ui.Accent, ui.OnAccent
			} else if r, ok := s.match.PairOf(i); ok {
				text += locale.PairMark + r
				bg = ui.CardBack
			}
			left.add(v, ctx, i, fmt.Sprintf("left-%d", i+1), text, bg, fg)
		}
		for i := range q.Right {
			bg := ui.CardFace
			if s.match.Taken(i) {
				bg = ui.CardBack
			}
			right.add(v, ctx, i, fmt.Sprintf("right-%d", i+1), right.texts[i], bg, ui.Ink)
		}
		s.layoutBuildButtons(ctx, submit, above, s.match.Complete())
	}
}

// layoutBuildButtons places reset (a little lower than the row above) and
// submit, greyed until the answer is complete.
func (s *Quiz) layoutBuildButtons(ctx *Context, submit, above ui.Rect, complete bool) {
	u := ctx.Unit()
	b := s.Bindings()
	above.H = max(above.H*0.75, ctx.targetSize())
	s.view.button(ctx, b, "reset", above, locale.In(ctx.Lang, locale.Reset), ui.Track, u)
	c := ui.Accent
	if !complete {
		c = ui.Track
	}
	s.view.button(ctx, b, "submit", submit, locale.In(ctx.Lang, locale.Submit), c, u)
}

// verdict says how an answer was judged, in language l, in the colour
// of its grade.
func verdict(l locale.Lang, o study.Outcome) cardText {
	switch o {
	case study.Right:
		return cardText{text: locale.In(l, locale.Correct), role: role{1.4, true, ui.GradeColors[2]}}
	case study.Accepted:
		return cardText{text: locale.In(l, locale.Accepted), role: role{1.1, true, ui.Accent}}
	case study.Overridden:
		return cardText{text: locale.In(l, locale.Overridden), role: role{1.1, true, ui.GradeColors[2]}}
	}
	return cardText{text: locale.In(l, locale.Wrong), role: role{1.4, true, ui.GradeColors[0]}}
}

// resultTexts tells how a question went, for a screen reader: verdict,
// question, both answers, what to know about them, and the sentence and
// source it comes from.
func resultTexts(l locale.Lang, r study.Result) []cardText {
	texts := feedbackTexts(l, nil, r, true)
	texts = append(texts, cardText{text: "「" + r.Fact.Sentence + "」", role: roleSentence})
	if r.Source.ID != "" {
		texts = append(texts, cardText{text: sourceLineIn(l, r.Fact, r.Source), role: roleSource})
	}
	return texts
}

// Status describes the quiz for screen readers and tests.
func (s *Quiz) Status() Status {
	sc := s.quiz.Score()
	st := Status{Scene: "quiz", Reviewed: sc.Answered, Remaining: sc.Total - sc.Answered, Score: sc.Correct, Total: sc.Total, Targets: s.view.statusTargets()}
	switch s.phase {
	case answering:
		if q, ok := s.quiz.Current(); ok {
			st.CardID = q.Card.ID
			lines := []string{q.Card.Prompt}
			switch q.Input() {
			case study.InputMatch:
				lines = append(append(lines, q.Left...), q.Right...)
			case study.InputOrder:
				lines = append(lines, numbered(q.Items)...)
			default:
				lines = append(lines, optionLabels(q)...)
			}
			st.Text = strings.Join(lines, "\n")
			if q.Input() == study.InputText && s.field.Text() != "" {
				// What is in the answer box, as a screen reader reads it back.
				st.Text += "\n" + locale.In(s.lang, locale.YourAnswer) + ": " + s.field.Text()
			}
		}
	case feedback:
		st.Scene, st.CardID = "quiz-feedback", s.last.Question.Card.ID
		st.Text = joinTexts(resultTexts(s.lang, s.last))
	case finished:
		st.Scene = "quiz-result"
		st.Text = fmt.Sprintf("%s %d / %d\n%s\n%s", locale.QuizScore.In(s.lang), sc.Correct, sc.Total,
			tookText(s.lang, sc.Took), fmt.Sprintf(locale.QuizBestStreak.In(s.lang), sc.BestStreak))
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
