package scene

import (
	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// layoutFeedback shows how the last answer went: for a choice question,
// its options with the pick in green or red and the right one in green,
// at once; then the verdict, both answers and the source panel (title,
// date, the sentence with the answer marked, the caveat badge).
func (s *Quiz) layoutFeedback(ctx *Context) {
	u := ctx.Unit()
	f := s.frame
	b := s.Bindings()
	next, above := s.bottomRow(ctx)
	bottom := next.Y
	if s.quiz.CanOverride() {
		bottom = above.Y
		s.view.button(ctx, b, "override", above, locale.In(ctx.Lang, locale.IWasRight), ui.Track, u)
	}
	area := ui.Rect{X: f.X, Y: f.Y, W: f.W, H: bottom - u*0.8 - f.Y}
	texts := feedbackTexts(ctx.Lang, s.quiz.Deck(), s.last, true)
	if s.last.Question.Input() == study.InputChoice {
		texts = feedbackTexts(ctx.Lang, s.quiz.Deck(), s.last, false)
		if ctx.W > ctx.H {
			// A wide screen has the options beside the explanation, so
			// neither is squeezed to half the height.
			cols := area.SplitH(2, u)
			s.layoutPicked(ctx, cols[0], 1)
			area = cols[1]
		} else {
			area = s.layoutPicked(ctx, area, 0.5)
		}
	}
	s.layoutExplained(ctx, texts, s.last, area)
	s.view.button(ctx, b, "next", next, locale.In(ctx.Lang, locale.Next), ui.Accent, u)
}

// Tile colours after a pick: the right options, the wrong pick, the rest.
var (
	pickedRight = ui.GradeColors[2]
	pickedWrong = ui.GradeColors[0]
)

// layoutPicked sets the prompt and the options of the choice question
// just answered at the top of area, coloured by the pick, in at most
// share of its height, and returns the room left below them.
func (s *Quiz) layoutPicked(ctx *Context, area ui.Rect, share float64) ui.Rect {
	u := ctx.Unit()
	v := &s.view
	q := s.last.Question
	prompt := ui.Paragraph{Text: q.Card.Prompt, Face: ctx.Fonts.Face(u*0.85, false), Size: u * 0.85, Color: ui.LightInk}
	dress(ctx, &prompt, annotated(s.quiz.Deck(), "", q.Card.Prompt, "", rolePrompt))
	y := area.Y + v.text(ctx, prompt, area.X, area.Y, area.W, ui.Rect{}) + u*0.4
	col := ui.Rect{X: area.X, Y: y, W: area.W, H: max(0, area.Y+area.H*share-y)}
	list := layoutShownOptions(ctx, s.quiz.Deck(), optionLabels(q), col)
	right := q.RightOptions()
	for i, o := range q.Options(words) {
		bg, fg := ui.CardFace, ui.MutedInk
		switch {
		case right[i]:
			bg, fg = pickedRight, ui.OnAccent
		case o.Value == s.last.Given:
			bg, fg = pickedWrong, ui.OnAccent
		}
		list.add(v, ctx, i, "", list.texts[i], bg, fg)
	}
	top := list.bottom() + u*0.6
	return ui.Rect{X: area.X, Y: top, W: area.W, H: max(0, area.Y+area.H-top)}
}

// feedbackTexts are the verdict, the question (unless it is on show
// above), the student's answer where it was not plainly right, the
// answer and what to know about it; the source panel follows them.
func feedbackTexts(l locale.Lang, d *deck.Deck, r study.Result, prompt bool) []cardText {
	c := r.Question.Card
	texts := []cardText{verdict(l, r.Outcome)}
	if prompt {
		texts = append(texts, annotated(d, "", c.Prompt, "", roleChoice))
	}
	if r.Outcome != study.Right {
		texts = append(texts, cardText{text: locale.In(l, locale.YourAnswer) + ": " + words.Answer(c, r.Given), role: roleSource})
	}
	texts = append(texts,
		cardText{text: locale.In(l, locale.Answer), role: roleLabel},
		shown(d, words.Answer(c, r.Expected), roleAnswer))
	texts = append(texts, caveats(l, nil, c)...)
	if c.Note == "" && len(r.Fact.Conflicts) > 0 {
		// The note, where the deck has one, already says how the sources differ.
		texts = append(texts, cardText{text: conflictLine(l, r.Conflicts), role: roleConflict})
	}
	return texts
}

// layoutExplained sets texts and the source panel of r's card on a card
// filling area, shrinking them until they fit.
func (s *Quiz) layoutExplained(ctx *Context, texts []cardText, r study.Result, area ui.Rect) {
	v := &s.view
	v.fill(area, ctx.Unit()*0.6, ui.CardBack)
	in := area.Inset(ctx.Unit())
	var paras []ui.Paragraph
	var panel sourcePanel
	for scale := 1.0; scale >= 0.5; scale -= 0.05 {
		u := ctx.Unit() * scale
		paras = paragraphs(ctx, texts, u)
		panel = newSourcePanel(ctx, s.quiz.Deck(), r.Question.Card, u, in.W)
		if paragraphsHeight(ctx, paras, in.W)+panel.height <= in.H {
			break
		}
	}
	y := in.Y
	for _, p := range paras {
		y += v.text(ctx, p, in.X, y, in.W, area) + p.Size*0.5
	}
	// Clipped to the card, should the smallest text still not fit.
	panel.place(v, ctx, in.X, y, in.W, area)
}
