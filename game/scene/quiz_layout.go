package scene

import (
	"fmt"
	"strings"

	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// layout lays the quiz out in its current phase.
func (s *Quiz) layout(ctx *Context) {
	s.view.begin(ctx)
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*40)
	top := ctx.top() + u*2.2
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

func (s *Quiz) layoutHeader(ctx *Context) {
	u := ctx.Unit()
	f := s.frame
	sc := s.quiz.Score()
	n := sc.Answered
	if s.phase == answering {
		n++
	}
	label := fmt.Sprintf("%s %d / %d ・ %s %d", locale.Question, min(n, sc.Total), sc.Total, locale.Score, sc.Correct)
	small := u * 0.75
	y := ctx.top()
	s.view.text(ctx, ctx.headerLine(label, small), f.X, y, f.W, ui.Rect{})
	bar := ui.Rect{X: f.X, Y: y + small*ui.LineSpacing + u*0.2, W: f.W, H: u * 0.25}
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
	h := u * 3
	bottom = ui.Rect{X: f.X, Y: f.Y + f.H - h, W: f.W, H: h}
	above = bottom
	above.Y -= h + u*0.5
	return bottom, above
}

// promptBox is the part of the frame the question takes: its text's
// height, at most 40% of the frame.
func (s *Quiz) promptBox(ctx *Context, q study.Question) (ui.Rect, ui.Paragraph) {
	f := s.frame
	u := ctx.Unit()
	pad := u
	var p ui.Paragraph
	for scale := 1.2; scale >= 0.6; scale -= 0.1 {
		p = ui.Paragraph{Text: q.Card.Prompt, Face: ctx.Fonts.Face(u*scale, false), Size: u * scale, Color: ui.Ink}
		if ctx.Wrap.Height(p, f.W-2*pad)+2*pad <= f.H*0.4 {
			break
		}
	}
	h := min(ctx.Wrap.Height(p, f.W-2*pad)+2*pad, f.H*0.4)
	return ui.Rect{X: f.X, Y: f.Y, W: f.W, H: h}, p
}

func (s *Quiz) layoutQuestion(ctx *Context, q study.Question) {
	u := ctx.Unit()
	v := &s.view
	b := s.Bindings()
	box, p := s.promptBox(ctx, q)
	v.fill(box, u*0.6, ui.CardFace)
	v.text(ctx, p, box.X+u, box.Y+u, box.W-2*u, box)
	submit, above := s.bottomRow(ctx)
	// The controls take the frame below the prompt, above the buttons.
	c := ui.Rect{X: box.X, Y: box.Y + box.H + u*0.8, W: box.W}
	c.H = max(0, submit.Y-u*0.6-c.Y)
	switch q.Input() {
	case study.InputText:
		s.field.Rect = ui.Rect{X: c.X, Y: c.Y, W: c.W, H: u * 2.6}
		v.textField(&s.field, u)
		hint := locale.TypeHint
		if q.Card.Unit != "" {
			hint = locale.Unit + ": " + q.Card.Unit + " ・ " + hint
		}
		v.text(ctx, ui.Paragraph{Text: hint, Face: ctx.Fonts.Face(u*0.7, false), Size: u * 0.7, Color: ui.LightInk}, c.X, c.Y+u*3, c.W, ui.Rect{})
		v.button(ctx, b, "submit", submit, locale.Submit, ui.Accent, u)
	case study.InputChoice:
		// Choices answer at once: they may use the submit button's room.
		c.H = submit.Y + submit.H - c.Y
		list := layoutOptions(ctx, optionLabels(q), c)
		for i, t := range list.texts {
			list.add(v, ctx, i, fmt.Sprintf("choice-%d", i+1), t, ui.CardFace, ui.Ink)
		}
	case study.InputOrder:
		c.H = max(0, above.Y-u*0.6-c.Y)
		list := layoutOptions(ctx, numbered(q.Items), c)
		for i, item := range q.Items {
			text, bg, fg := list.texts[i], ui.CardFace, ui.Ink
			if pos := s.order.Position(i); pos > 0 {
				text, bg, fg = fmt.Sprintf("%d%s%s", pos, locale.Ordinal, item), ui.Accent, ui.LightInk
			}
			list.add(v, ctx, i, fmt.Sprintf("choice-%d", i+1), text, bg, fg)
		}
		s.layoutBuildButtons(ctx, submit, above, s.order.Complete())
	case study.InputMatch:
		c.H = max(0, above.Y-u*0.6-c.Y)
		cols := c.SplitH(2, u*0.8)
		left, right := layoutOptions(ctx, numbered(q.Left), cols[0]), layoutOptions(ctx, numbered(q.Right), cols[1])
		for i := range q.Left {
			text, bg, fg := left.texts[i], ui.CardFace, ui.Ink
			if i == s.match.Selected() {
				bg, fg = ui.Accent, ui.LightInk
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
	above.H *= 0.75
	s.view.button(ctx, b, "reset", above, locale.Reset, ui.Track, u)
	c := ui.Accent
	if !complete {
		c = ui.Track
	}
	s.view.button(ctx, b, "submit", submit, locale.Submit, c, u)
}

func (s *Quiz) layoutFeedback(ctx *Context) {
	u := ctx.Unit()
	f := s.frame
	b := s.Bindings()
	next, above := s.bottomRow(ctx)
	bottom := next.Y
	if s.quiz.CanOverride() {
		bottom = above.Y
		s.view.button(ctx, b, "override", above, locale.IWasRight, ui.Track, u)
	}
	card := ui.Rect{X: f.X, Y: f.Y, W: f.W, H: bottom - u*0.8 - f.Y}
	s.view.fill(card, u*0.6, ui.CardBack)
	s.layoutTexts(ctx, resultTexts(s.last), card)
	s.view.button(ctx, b, "next", next, locale.Next, ui.Accent, u)
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
	c := r.Question.Card
	texts := []cardText{verdicts[r.Outcome], {text: c.Prompt, role: roleChoice}}
	if r.Outcome != study.Right {
		texts = append(texts, cardText{text: locale.YourAnswer + ": " + words.Answer(c, r.Given), role: roleSource})
	}
	texts = append(texts,
		cardText{text: locale.Answer, role: roleLabel},
		cardText{text: words.Answer(c, r.Expected), role: roleAnswer})
	texts = append(texts, caveats(locale.Japanese, nil, c)...)
	texts = append(texts, cardText{text: "「" + r.Fact.Sentence + "」", role: roleSentence})
	if r.Source.ID != "" {
		texts = append(texts, cardText{text: sourceLine(r.Fact, r.Source), role: roleSource})
	}
	if c.Note == "" && len(r.Fact.Conflicts) > 0 {
		// The note, where the deck has one, already says how the sources differ.
		texts = append(texts, cardText{text: conflictLine(locale.Japanese, r.Conflicts), role: roleConflict})
	}
	return texts
}

// layoutTexts sets texts inside card (a unit in from its edges),
// shrinking them until they fit.
func (s *Quiz) layoutTexts(ctx *Context, texts []cardText, card ui.Rect) {
	r := card.Inset(ctx.Unit())
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
		y += s.view.text(ctx, p, r.X, y, r.W, card) + p.Size*0.5
	}
}

func (s *Quiz) layoutResult(ctx *Context) {
	u := ctx.Unit()
	v := &s.view
	f := s.frame
	sc := s.quiz.Score()
	y := f.Y
	head := fmt.Sprintf("%s %d / %d", locale.Score, sc.Correct, sc.Total)
	y += v.text(ctx, ui.Paragraph{Text: head, Face: ctx.Fonts.Face(u*1.6, true), Size: u * 1.6, Color: ui.LightInk, Center: true}, f.X, y, f.W, ui.Rect{})
	took := fmt.Sprintf("%s %d%s", locale.Time, int(sc.Took.Seconds()), locale.Seconds)
	y += v.text(ctx, ui.Paragraph{Text: took, Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: ui.LightInk, Center: true}, f.X, y, f.W, ui.Rect{})
	y += u * 0.5
	back, _ := s.bottomRow(ctx)
	mistakes := s.quiz.Mistakes()
	if len(mistakes) == 0 {
		v.text(ctx, ui.Paragraph{Text: locale.NoMistakes, Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk, Center: true}, f.X, y, f.W, ui.Rect{})
	} else {
		label := fmt.Sprintf("%s %d / %d ・ %s", locale.Mistakes, s.page+1, len(mistakes), locale.PageHint)
		y += v.text(ctx, ui.Paragraph{Text: label, Face: ctx.Fonts.Face(u*0.75, false), Size: u * 0.75, Color: ui.LightInk}, f.X, y, f.W, ui.Rect{})
		card := ui.Rect{X: f.X, Y: y, W: f.W, H: back.Y - u*0.8 - y}
		v.fill(card, u*0.6, ui.CardBack)
		s.layoutTexts(ctx, resultTexts(mistakes[s.page])[1:], card)
		// A tap on the left or right half of the mistake pages through.
		halves := card.SplitH(2, 0)
		v.target("mistake-prev", halves[0])
		v.target("mistake-next", halves[1])
	}
	v.button(ctx, s.Bindings(), "back", back, locale.Back, ui.Accent, u)
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
