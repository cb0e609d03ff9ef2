package scene

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/sound"
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
	field ui.TextField
	order *study.OrderDraft
	match *study.MatchDraft
	// page is the mistake shown on the result screen.
	page int
	view view
	// leaving is set when the student confirmed leaving over the
	// question LeaveQuiz asked; the next Update closes the quiz.
	leaving bool
	// lang is the language the screen was last laid out in, for Status.
	lang locale.Lang
	// frame is the area below the header line, where the question, the
	// feedback or the result is laid out.
	frame ui.Rect
	// prompt is the question's box, and promptScroll how far a question
	// too long for it is scrolled (promptFor names the question).
	prompt       ui.Rect
	promptScroll ui.ScrollView
	promptFor    string
}

// NewQuiz runs q.
func NewQuiz(q *study.Quiz) *Quiz {
	s := &Quiz{quiz: q}
	s.reset()
	return s
}

// Quiz returns the quiz the scene runs.
func (s *Quiz) Quiz() *study.Quiz { return s.quiz }

// reset starts an empty answer to the current question.
func (s *Quiz) reset() {
	s.field.SetText("")
	s.field.Blur()
	q, ok := s.quiz.Current()
	if !ok {
		return
	}
	s.order, s.match = study.NewOrderDraft(q), study.NewMatchDraft(q)
	s.field.Numeric = q.NumberKeypad()
	if q.Input() == study.InputText {
		s.field.Focus()
	}
}

// Leave takes the keyboard from the answer box, so the browser's text
// box does not keep it for a screen that is gone.
func (s *Quiz) Leave(*Context) { s.field.Blur() }

// Resume gives the answer box the keyboard back after the question about
// leaving (or the caveat sheet) closed, unless the student left.
func (s *Quiz) Resume(*Context) {
	if q, ok := s.quiz.Current(); ok && !s.leaving && s.phase == answering && q.Input() == study.InputText {
		s.field.Focus()
	}
}

// hasTypedAnswer reports whether leaving would lose an answer typed in
// the box.
func (s *Quiz) hasTypedAnswer() bool {
	return s.phase == answering && strings.TrimSpace(s.field.Text()) != ""
}

var leaveQuiz = Binding{Keys: []string{input.Escape}, Command: "back"}

// Bindings are the keys of the phase and the kind of question on show:
// digits pick options, Enter submits or goes on.
func (s *Quiz) Bindings() Bindings {
	switch s.phase {
	case feedback:
		return Bindings{
			{Keys: []string{input.Enter, input.Space}, Command: "next"},
			{Keys: []string{"R"}, Command: "override", Hint: locale.In(s.lang, locale.IWasRightHint)},
			{Keys: []string{"S"}, Command: "caveat"},
			leaveQuiz,
		}
	case finished:
		return Bindings{
			{Keys: []string{input.Enter, input.Escape}, Command: "back"},
			{Keys: []string{"R"}, Command: "retry"},
			{Keys: []string{input.ArrowLeft}, Command: "mistake-prev"},
			{Keys: []string{input.ArrowRight}, Command: "mistake-next"},
		}
	}
	q, ok := s.quiz.Current()
	if !ok {
		return Bindings{leaveQuiz}
	}
	switch q.Input() {
	case study.InputChoice:
		return append(digits("choice", len(q.Options(words))), leaveQuiz)
	case study.InputOrder:
		return append(digits("choice", len(q.Items)),
			Binding{Keys: []string{"U"}, Command: "reset"},
			Binding{Keys: []string{input.Enter}, Command: "submit"},
			leaveQuiz)
	case study.InputMatch:
		return append(digits("pick", max(len(q.Left), len(q.Right))),
			Binding{Keys: []string{"U"}, Command: "reset"},
			Binding{Keys: []string{input.Enter}, Command: "submit"},
			leaveQuiz)
	}
	return Bindings{{Keys: []string{input.Enter}, Command: "submit"}, leaveQuiz}
}

// Update routes actions to the phase the quiz is in, then lays the screen
// out again.
func (s *Quiz) Update(ctx *Context, actions []input.Action) Transition {
	if s.leaving {
		return Transition{Op: Pop}
	}
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	t := s.handle(ctx, actions)
	// Typing comes through the field, not as actions: what it shows is
	// the screen's clock.
	if !s.view.keep(ctx, actions, int64(s.field.Rev())) {
		s.layout(ctx)
	}
	return t
}

func (s *Quiz) handle(ctx *Context, actions []input.Action) Transition {
	composing := false
	if s.phase == answering && s.field.Focused() {
		var err error
		if composing, err = s.field.Update(ctx.Fonts.Face(ctx.Unit(), false)); err != nil {
			ctx.Notices.Set(err.Error())
		}
	}
	for _, a := range actions {
		if composing && a.Kind == input.Key && a.Key == input.Enter {
			// Enter confirmed a kana-kanji conversion, not the answer.
			continue
		}
		if a.Kind == input.Scroll && s.phase == answering && s.prompt.Contains(a.X, a.Y) {
			s.promptScroll.By(a.DY)
			continue
		}
		cmd := command(a, s.Bindings(), &s.view)
		switch {
		case cmd == "back" && s.hasTypedAnswer():
			s.field.Blur()
			return Transition{Op: Push, Scene: LeaveQuiz(func() { s.leaving = true })}
		case cmd == "back":
			s.field.Blur()
			return Transition{Op: Pop}
		case cmd == "caveat" && s.phase == feedback && s.view.has("caveat"):
			return Transition{Op: Push, Scene: NewCaveatSheet(s.quiz.Deck(), s.last.Question.Card)}
		case cmd == "retry" && s.phase == finished && len(s.quiz.Mistakes()) > 0:
			return s.retry(ctx)
		}
		switch s.phase {
		case answering:
			s.answering(ctx, cmd)
		case feedback:
			s.feedback(ctx, cmd)
		case finished:
			s.finished(cmd)
		}
	}
	return Transition{}
}

// feedback applies one command to the feedback on an answer: go on, or
// declare a wrong typed answer right.
func (s *Quiz) feedback(ctx *Context, cmd string) {
	switch cmd {
	case "override":
		if s.quiz.CanOverride() {
			s.override(ctx)
		}
	case "next":
		s.advance(ctx)
	}
}

// override declares the last answer right, at the student's word, and
// saves the progress it changed.
func (s *Quiz) override(ctx *Context) {
	res, err := s.quiz.Override()
	if err != nil {
		ctx.Notices.Set(err.Error())
		return
	}
	ctx.save()
	s.last = res
}

// advance leaves the feedback for the next question or the result.
func (s *Quiz) advance(ctx *Context) {
	if s.quiz.Done() {
		s.phase = finished
		ctx.play(sound.Finish)
		return
	}
	s.phase = answering
	s.reset()
}

// retry replaces the finished quiz with one of just its mistakes, its
// order and match questions shuffled afresh.
func (s *Quiz) retry(ctx *Context) Transition {
	q, err := s.quiz.RetryMistakes(uint64(ctx.now().UnixNano()))
	if err != nil {
		ctx.Notices.Set(err.Error())
		return Transition{}
	}
	return Transition{Op: Replace, Scene: NewQuiz(q)}
}

// finished pages through the mistakes.
func (s *Quiz) finished(cmd string) {
	n := len(s.quiz.Mistakes())
	switch {
	case cmd == "mistake-next" && s.page < n-1:
		s.page++
	case cmd == "mistake-prev" && s.page > 0:
		s.page--
	}
}

// answering applies one command to the current question.
func (s *Quiz) answering(ctx *Context, cmd string) {
	q, ok := s.quiz.Current()
	if !ok {
		return
	}
	name, n := splitCommand(cmd)
	switch q.Input() {
	case study.InputText:
		switch cmd {
		case "submit":
			if strings.TrimSpace(s.field.Text()) != "" {
				s.submit(ctx, study.Response{Text: s.field.Text()})
			}
		case "field":
			s.field.Focus()
		}
	case study.InputChoice:
		if opts := q.Options(words); name == "choice" && n >= 1 && n <= len(opts) {
			s.submit(ctx, study.Response{Text: opts[n-1].Value})
		}
	case study.InputOrder:
		switch {
		case cmd == "reset":
			s.order.Reset()
		case cmd == "submit" && s.order.Complete():
			s.submit(ctx, s.order.Response())
		case name == "choice":
			s.order.Pick(n - 1)
		}
	case study.InputMatch:
		switch {
		case cmd == "reset":
			s.match.Reset()
		case cmd == "submit" && s.match.Complete():
			s.submit(ctx, s.match.Response())
		case name == "pick":
			s.match.Key(n)
		case name == "left":
			s.match.SelectLeft(n - 1)
		case name == "right":
			s.match.PickRight(n - 1)
		}
	}
}

// splitCommand reads "choice-3" as choice, 3; a command without a number
// gives 0.
func splitCommand(cmd string) (string, int) {
	i := strings.LastIndexByte(cmd, '-')
	if i < 0 {
		return cmd, 0
	}
	n, err := strconv.Atoi(cmd[i+1:])
	if err != nil {
		return cmd, 0
	}
	return cmd[:i], n
}

// submit checks the answer, saves the progress it moved, and shows feedback.
func (s *Quiz) submit(ctx *Context, r study.Response) {
	res, err := s.quiz.Answer(r)
	if err != nil {
		ctx.Notices.Set(err.Error())
		return
	}
	ctx.save()
	s.last, s.phase = res, feedback
	ctx.answered(res.Correct)
	s.field.Blur()
}

// numbered puts each text after its key's number.
func numbered(texts []string) []string {
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = fmt.Sprintf("%d. %s", i+1, t)
	}
	return out
}

// optionLabels are q's options as shown, numbered for their keys.
func optionLabels(q study.Question) []string {
	opts := q.Options(words)
	labels := make([]string, len(opts))
	for i, o := range opts {
		labels[i] = o.Label
	}
	return numbered(labels)
}

// Draw paints the screen as Update laid it out.
func (s *Quiz) Draw(dst *ebiten.Image, ctx *Context) { s.view.draw(dst, ctx) }
