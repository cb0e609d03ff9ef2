package scene

import (
	"fmt"
	"image/color"
	"strings"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// quizPhase is where the student is in a question.
type quizPhase int

const (
	answering quizPhase = iota
	feedback
	finished
)

// Quiz asks a fixed set of questions of mixed types, tells after each
// whether the answer was right and where the fact comes from, and ends on
// the score and the mistakes.
type Quiz struct {
	quiz  *study.Quiz
	phase quizPhase
	last  study.Result
	// The answer being built: typed text, items put in order, pairs.
	field   ui.TextField
	order   []string
	pairs   map[string]string
	selLeft string
	// page is the mistake shown on the result screen.
	page int
}

// NewQuiz runs q.
func NewQuiz(q *study.Quiz) *Quiz {
	s := &Quiz{quiz: q}
	s.reset()
	return s
}

// Quiz returns the quiz the scene runs.
func (s *Quiz) Quiz() *study.Quiz { return s.quiz }

// reset clears the answer for the current question.
func (s *Quiz) reset() {
	s.order, s.pairs, s.selLeft = nil, map[string]string{}, ""
	s.field.SetText("")
	if q, ok := s.quiz.Current(); ok && study.Typed(q.Card.Type) {
		s.field.Focus()
	} else {
		s.field.Blur()
	}
}

// Update routes actions to the phase the quiz is in.
func (s *Quiz) Update(ctx *Context, actions []input.Action) Transition {
	composing := false
	if s.phase == answering && s.field.Focused() {
		var err error
		if composing, err = s.field.Update(ctx.Fonts.Face(ctx.Unit(), false)); err != nil {
			ctx.Notice = err.Error()
		}
	}
	for _, a := range actions {
		if composing && a.Kind == input.Confirm {
			// Enter confirmed a kana-kanji conversion, not the answer.
			continue
		}
		if a.Kind == input.Back {
			s.field.Blur()
			return Transition{Op: Pop}
		}
		switch s.phase {
		case answering:
			s.answering(ctx, a)
		case feedback:
			s.feedback(ctx, a)
		case finished:
			if t := s.finished(ctx, a); t.Op != Stay {
				return t
			}
		}
	}
	return Transition{}
}

// feedback applies one action to the feedback on an answer: go on, or
// declare a wrong typed answer right.
func (s *Quiz) feedback(ctx *Context, a input.Action) {
	switch {
	case s.quiz.CanOverride() && (a.Kind == input.Override || a.Kind == input.Tap && s.overrideButton(ctx).Hit(a.X, a.Y)):
		s.override(ctx)
	case a.Kind == input.Confirm || a.Kind == input.Flip || a.Kind == input.Tap && s.nextButton(ctx).Hit(a.X, a.Y):
		s.advance()
	}
}

// override declares the last answer right, at the student's word, and
// saves the progress it changed.
func (s *Quiz) override(ctx *Context) {
	res, err := s.quiz.Override()
	if err != nil {
		ctx.Notice = err.Error()
		return
	}
	ctx.save()
	s.last = res
}

// advance leaves the feedback for the next question or the result.
func (s *Quiz) advance() {
	if s.quiz.Done() {
		s.phase = finished
		return
	}
	s.phase = answering
	s.reset()
}

func (s *Quiz) finished(ctx *Context, a input.Action) Transition {
	n := len(s.quiz.Mistakes())
	switch {
	case a.Kind == input.Next && s.page < n-1:
		s.page++
	case a.Kind == input.Prev && s.page > 0:
		s.page--
	case a.Kind == input.Confirm, a.Kind == input.Tap && s.nextButton(ctx).Hit(a.X, a.Y):
		return Transition{Op: Pop}
	case a.Kind == input.Tap && n > 0:
		// A tap on the left or right half of the mistake pages through.
		if a.X < ctx.W/2 && s.page > 0 {
			s.page--
		} else if a.X >= ctx.W/2 && s.page < n-1 {
			s.page++
		}
	}
	return Transition{}
}

// answering applies one action to the current question.
func (s *Quiz) answering(ctx *Context, a input.Action) {
	q, ok := s.quiz.Current()
	if !ok {
		return
	}
	switch q.Card.Type {
	case deck.TypeCloze, deck.TypeBasic, deck.TypeNumeric:
		if a.Kind == input.Confirm || a.Kind == input.Tap && s.submitButton(ctx).Hit(a.X, a.Y) {
			if strings.TrimSpace(s.field.Text()) != "" {
				s.submit(ctx, study.Response{Text: s.field.Text()})
			}
		} else if a.Kind == input.Tap && s.field.Rect.Contains(a.X, a.Y) {
			s.field.Focus()
		}
	case deck.TypeMCQ, deck.TypeTrueFalse:
		if i := s.pick(ctx, q, a); i >= 0 {
			s.submit(ctx, study.Response{Text: choiceValues(q)[i]})
		}
	case deck.TypeOrder:
		s.answerOrder(ctx, q, a)
	case deck.TypeMatch:
		s.answerMatch(ctx, q, a)
	}
}

// pick returns the option a number key or a tap chose, or -1.
func (s *Quiz) pick(ctx *Context, q study.Question, a input.Action) int {
	n := len(choiceValues(q))
	switch a.Kind {
	case input.Grade:
		if a.Grade >= 1 && a.Grade <= n {
			return a.Grade - 1
		}
	case input.Tap:
		return s.options(ctx, q).hit(a.X, a.Y)
	}
	return -1
}

func (s *Quiz) answerOrder(ctx *Context, q study.Question, a input.Action) {
	if a.Kind == input.Undo || a.Kind == input.Tap && s.resetButton(ctx).Hit(a.X, a.Y) {
		s.order = nil
		return
	}
	if len(s.order) == len(q.Items) {
		if a.Kind == input.Confirm || a.Kind == input.Tap && s.submitButton(ctx).Hit(a.X, a.Y) {
			s.submit(ctx, study.Response{Order: s.order})
		}
		return
	}
	if i := s.pick(ctx, q, a); i >= 0 && !contains(s.order, q.Items[i]) {
		s.order = append(s.order, q.Items[i])
	}
}

func (s *Quiz) answerMatch(ctx *Context, q study.Question, a input.Action) {
	if a.Kind == input.Undo || a.Kind == input.Tap && s.resetButton(ctx).Hit(a.X, a.Y) {
		s.pairs, s.selLeft = map[string]string{}, ""
		return
	}
	if len(s.pairs) == len(q.Left) && (a.Kind == input.Confirm || a.Kind == input.Tap && s.submitButton(ctx).Hit(a.X, a.Y)) {
		s.submit(ctx, study.Response{Pairs: s.pairs})
		return
	}
	left, right := s.matchColumns(ctx, q)
	pickLeft := func(i int) { s.selLeft = q.Left[i] }
	pickRight := func(i int) {
		if s.selLeft == "" {
			return
		}
		// A right side belongs to one left side: move it if taken.
		for l, r := range s.pairs {
			if r == q.Right[i] {
				delete(s.pairs, l)
			}
		}
		s.pairs[s.selLeft] = q.Right[i]
		s.selLeft = ""
	}
	switch a.Kind {
	case input.Grade:
		i := a.Grade - 1
		if s.selLeft == "" && i >= 0 && i < len(q.Left) {
			pickLeft(i)
		} else if i >= 0 && i < len(q.Right) {
			pickRight(i)
		}
	case input.Tap:
		if i := left.hit(a.X, a.Y); i >= 0 {
			pickLeft(i)
		} else if i := right.hit(a.X, a.Y); i >= 0 {
			pickRight(i)
		}
	}
}

// submit checks the answer, saves the progress it moved, and shows feedback.
func (s *Quiz) submit(ctx *Context, r study.Response) {
	res, err := s.quiz.Answer(r)
	if err != nil {
		ctx.Notice = err.Error()
		return
	}
	ctx.save()
	s.last, s.phase = res, feedback
	s.field.Blur()
}

// choiceValues are the answers an option stands for.
func choiceValues(q study.Question) []string {
	switch q.Card.Type {
	case deck.TypeTrueFalse:
		return []string{"true", "false"}
	case deck.TypeOrder:
		return q.Items
	}
	return q.Choices
}

// choiceLabels are the options as shown, numbered for their keys.
func choiceLabels(q study.Question) []string {
	values := choiceValues(q)
	labels := make([]string, len(values))
	for i, v := range values {
		if q.Card.Type == deck.TypeTrueFalse {
			v = map[string]string{"true": locale.TrueLabel, "false": locale.FalseLabel}[v]
		}
		labels[i] = fmt.Sprintf("%d. %s", i+1, v)
	}
	return labels
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// --- layout ---

func (s *Quiz) frame(ctx *Context) ui.Rect {
	u, m := ctx.Unit(), ctx.Margin()
	w := min(ctx.W-2*m, u*40)
	return ui.Rect{X: (ctx.W - w) / 2, Y: m + u*2.2, W: w, H: ctx.H - 2*m - u*2.2}
}

func (s *Quiz) bottomButton(ctx *Context, label, hint string, clr color.Color) ui.Button {
	u := ctx.Unit()
	f := s.frame(ctx)
	h := u * 3
	return ui.Button{Rect: ui.Rect{X: f.X, Y: f.Y + f.H - h, W: f.W, H: h}, Label: label, Hint: hint, Color: clr}
}

func (s *Quiz) submitButton(ctx *Context) ui.Button {
	return s.bottomButton(ctx, locale.Submit, locale.SubmitHint, ui.Accent)
}

func (s *Quiz) nextButton(ctx *Context) ui.Button {
	if s.phase == finished {
		return s.bottomButton(ctx, locale.Back, locale.DoneHint, ui.Accent)
	}
	return s.bottomButton(ctx, locale.Next, locale.NextHint, ui.Accent)
}

// overrideButton sits above Next while a wrong typed answer may be
// declared right.
func (s *Quiz) overrideButton(ctx *Context) ui.Button {
	b := s.nextButton(ctx)
	u := ctx.Unit()
	b.Rect.Y -= b.Rect.H + u*0.5
	b.Label, b.Hint, b.Color = locale.IWasRight, locale.IWasRightHint, ui.Track
	return b
}

func (s *Quiz) resetButton(ctx *Context) ui.Button {
	b := s.submitButton(ctx)
	u := ctx.Unit()
	b.Rect.Y -= b.Rect.H + u*0.5
	b.Rect.H *= 0.75
	b.Label, b.Hint, b.Color = locale.Reset, "U", ui.Track
	return b
}

// promptBox is the part of the frame the question takes: its text's
// height, at most 40% of the frame.
func (s *Quiz) promptBox(ctx *Context, q study.Question) (ui.Rect, ui.Paragraph) {
	f := s.frame(ctx)
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

// controls is the frame below the prompt, above the bottom buttons.
func (s *Quiz) controls(ctx *Context, q study.Question) ui.Rect {
	box, _ := s.promptBox(ctx, q)
	u := ctx.Unit()
	top := box.Y + box.H + u*0.8
	bottom := s.submitButton(ctx).Rect.Y - u*0.6
	if q.Card.Type == deck.TypeOrder || q.Card.Type == deck.TypeMatch {
		bottom = s.resetButton(ctx).Rect.Y - u*0.6
	}
	return ui.Rect{X: box.X, Y: top, W: box.W, H: max(0, bottom-top)}
}

func (s *Quiz) options(ctx *Context, q study.Question) optionList {
	col := s.controls(ctx, q)
	if q.Card.Type == deck.TypeMCQ || q.Card.Type == deck.TypeTrueFalse {
		// Choices answer at once: they may use the submit button's room.
		col.H = s.submitButton(ctx).Rect.Y + s.submitButton(ctx).Rect.H - col.Y
	}
	return layoutOptions(ctx, choiceLabels(q), col)
}

func (s *Quiz) matchColumns(ctx *Context, q study.Question) (left, right optionList) {
	cols := s.controls(ctx, q).SplitH(2, ctx.Unit()*0.8)
	label := func(list []string) []string {
		out := make([]string, len(list))
		for i, x := range list {
			out[i] = fmt.Sprintf("%d. %s", i+1, x)
		}
		return out
	}
	return layoutOptions(ctx, label(q.Left), cols[0]), layoutOptions(ctx, label(q.Right), cols[1])
}
