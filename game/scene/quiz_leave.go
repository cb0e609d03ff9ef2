package scene

import (
	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// LeaveQuiz asks, over the quiz, whether to leave it and lose the answer
// typed in its box: Esc on a phone's keyboard or a stray tap on back must
// not throw a half-typed answer away.
type LeaveQuiz struct {
	// leave is told the student chose to leave.
	leave func()
	view  view
	lang  locale.Lang
}

// Overlay marks the question as drawn over the quiz.
func (*LeaveQuiz) Overlay() {}

var leaveKeys = Bindings{
	{Keys: []string{input.Enter}, Command: "leave"},
	{Keys: []string{input.Escape}, Command: "stay"},
}

// Bindings: Enter leaves, Esc stays.
func (*LeaveQuiz) Bindings() Bindings { return leaveKeys }

// Update leaves or stays on the buttons or their keys; a tap beside the
// panel stays, as the safer choice.
func (l *LeaveQuiz) Update(ctx *Context, actions []input.Action) Transition {
	if l.view.stale(ctx) {
		l.layout(ctx)
	}
	for _, a := range actions {
		switch command(a, leaveKeys, &l.view) {
		case "leave":
			l.leave()
			return Transition{Op: Pop}
		case "stay", "scrim":
			return Transition{Op: Pop}
		}
	}
	if !l.view.keep(ctx, actions, 0) {
		l.layout(ctx)
	}
	return Transition{}
}

func (l *LeaveQuiz) layout(ctx *Context) {
	v := &l.view
	v.begin(ctx)
	l.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	v.scrim(ctx)
	w := min(ctx.W-2*m, u*28)
	pad := u
	title := ui.Paragraph{Text: locale.QuizLeaveTitle.In(l.lang), Face: ctx.Fonts.Face(u*1.2, true), Size: u * 1.2, Color: ui.Ink}
	body := ui.Paragraph{Text: locale.QuizLeaveBody.In(l.lang), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.Ink}
	bh := max(ctx.targetSize(), u*2.6)
	th, bodyH := ctx.Wrap.Height(title, w-2*pad), ctx.Wrap.Height(body, w-2*pad)
	h := pad + th + u*0.5 + bodyH + u + bh + pad
	panel := ui.Rect{X: (ctx.W - w) / 2, Y: max(ctx.top(), (ctx.H-h)/2), W: w, H: h}
	v.fill(panel, u*0.8, ui.CardBack)
	v.target("panel", panel)
	y := panel.Y + pad
	y += v.text(ctx, title, panel.X+pad, y, w-2*pad, ui.Rect{}) + u*0.5
	y += v.text(ctx, body, panel.X+pad, y, w-2*pad, ui.Rect{}) + u
	row := ui.Rect{X: panel.X + pad, Y: y, W: w - 2*pad, H: bh}.SplitH(2, u*0.6)
	v.button(ctx, leaveKeys, "stay", row[0], locale.QuizStay.In(l.lang), ui.Accent, u)
	v.button(ctx, leaveKeys, "leave", row[1], locale.QuizLeave.In(l.lang), ui.GradeColors[0], u)
}

// Draw paints the question over the quiz.
func (l *LeaveQuiz) Draw(dst *ebiten.Image, ctx *Context) { l.view.paint(dst, ctx) }

// Status reads the question out, with its two buttons as targets.
func (l *LeaveQuiz) Status() Status {
	out := l.view.pressTargets()
	return Status{Scene: "quiz-leave", Text: locale.QuizLeaveTitle.In(l.lang) + "\n" + locale.QuizLeaveBody.In(l.lang), Targets: out}
}
