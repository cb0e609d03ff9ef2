package scene

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Confirm asks, over another screen, whether to do something that loses
// what a stray key or tap must not: a deck on the list, an answer half
// typed. Its safe choice is on the left, on Esc and on a tap beside the
// panel; the other is on the right and on Enter.
type Confirm struct {
	name        string // the screen's name in Status
	title, body string
	no, yes     locale.Text
	keys        Bindings // Enter: the yes command; Esc: the no command
	// done is told the student chose yes.
	done func()
	view view
	lang locale.Lang
	// text gives the title and body in a language.
	text func(locale.Lang) (title, body string)
}

// removeKeys and leaveKeys name the two questions' buttons.
var (
	removeKeys = Bindings{
		{Keys: []string{input.Enter}, Command: "confirm-remove"},
		{Keys: []string{input.Escape}, Command: "cancel"},
	}
	leaveKeys = Bindings{
		{Keys: []string{input.Enter}, Command: "leave"},
		{Keys: []string{input.Escape}, Command: "stay"},
	}
)

// ConfirmRemove asks, over a deck's screen, whether to take the deck
// titled title off the list; remove is told yes.
func ConfirmRemove(title string, remove func()) *Confirm {
	return &Confirm{name: "confirm-remove", no: locale.RemoveCancel, yes: locale.RemoveConfirm, keys: removeKeys, done: remove,
		text: func(l locale.Lang) (string, string) {
			return locale.RemoveTitle.In(l), fmt.Sprintf(locale.RemoveBody.In(l), title)
		}}
}

// LeaveQuiz asks, over the quiz, whether to leave it and lose the answer
// typed in its box (Esc on a phone's keyboard, a stray tap on back);
// leave is told yes.
func LeaveQuiz(leave func()) *Confirm {
	return &Confirm{name: "quiz-leave", no: locale.QuizStay, yes: locale.QuizLeave, keys: leaveKeys, done: leave,
		text: func(l locale.Lang) (string, string) { return locale.QuizLeaveTitle.In(l), locale.QuizLeaveBody.In(l) }}
}

// Overlay marks the question as drawn over the screen it asks about.
func (*Confirm) Overlay() {}

// Bindings: Enter says yes, Esc no.
func (c *Confirm) Bindings() Bindings { return c.keys }

// Update answers on the buttons or their keys; a tap beside the panel
// says no, as the safer choice.
func (c *Confirm) Update(ctx *Context, actions []input.Action) Transition {
	if c.view.stale(ctx) {
		c.layout(ctx)
	}
	yes, no := c.keys[0].Command, c.keys[1].Command
	for _, a := range actions {
		switch command(a, c.keys, &c.view) {
		case yes:
			c.done()
			return Transition{Op: Pop}
		case no, "scrim":
			return Transition{Op: Pop}
		}
	}
	if !c.view.keep(ctx, actions, 0) {
		c.layout(ctx)
	}
	return Transition{}
}

func (c *Confirm) layout(ctx *Context) {
	v := &c.view
	v.begin(ctx)
	c.lang = ctx.Lang
	c.title, c.body = c.text(c.lang)
	u, m := ctx.Unit(), ctx.Margin()
	v.scrim(ctx)
	w := min(ctx.W-2*m, u*28)
	pad := u
	title := ui.Paragraph{Text: c.title, Face: ctx.Fonts.Face(u*1.2, true), Size: u * 1.2, Color: ui.Ink}
	body := ui.Paragraph{Text: c.body, Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.Ink}
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
	v.button(ctx, c.keys, c.keys[1].Command, row[0], c.no.In(c.lang), ui.Accent, u)
	v.button(ctx, c.keys, c.keys[0].Command, row[1], c.yes.In(c.lang), ui.GradeColors[0], u)
}

// Draw paints the question over the screen below it.
func (c *Confirm) Draw(dst *ebiten.Image, ctx *Context) { c.view.paint(dst, ctx) }

// Status reads the question out, with its two buttons as targets.
func (c *Confirm) Status() Status {
	return Status{Scene: c.name, Text: c.title + "\n" + c.body, Targets: c.view.pressTargets()}
}
