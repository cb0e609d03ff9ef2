package scene

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// ConfirmRemove asks, over a deck's screen, whether to take the deck off
// the list: a stray tap must not remove a deck.
type ConfirmRemove struct {
	title string
	// confirm is told the student chose to remove it.
	confirm func()
	view    view
	lang    locale.Lang
}

// Overlay marks the question as drawn over the deck's screen.
func (*ConfirmRemove) Overlay() {}

var removeKeys = Bindings{
	{Keys: []string{input.Enter}, Command: "confirm-remove"},
	{Keys: []string{input.Escape}, Command: "cancel"},
}

// Bindings: Enter removes, Esc cancels.
func (*ConfirmRemove) Bindings() Bindings { return removeKeys }

// Update removes or cancels on the buttons or their keys; a tap beside
// the panel cancels, as the safer choice.
func (c *ConfirmRemove) Update(ctx *Context, actions []input.Action) Transition {
	if c.view.stale(ctx) {
		c.layout(ctx)
	}
	for _, a := range actions {
		switch command(a, removeKeys, &c.view) {
		case "confirm-remove":
			c.confirm()
			return Transition{Op: Pop}
		case "cancel", "scrim":
			return Transition{Op: Pop}
		}
	}
	if !c.view.keep(ctx, actions, 0) {
		c.layout(ctx)
	}
	return Transition{}
}

func (c *ConfirmRemove) layout(ctx *Context) {
	v := &c.view
	v.begin(ctx)
	c.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	v.scrim(ctx)
	w := min(ctx.W-2*m, u*28)
	pad := u
	title := ui.Paragraph{Text: locale.RemoveTitle.In(c.lang), Face: ctx.Fonts.Face(u*1.2, true), Size: u * 1.2, Color: ui.Ink}
	body := ui.Paragraph{Text: c.body(), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.Ink}
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
	v.button(ctx, removeKeys, "cancel", row[0], locale.RemoveCancel.In(c.lang), ui.Accent, u)
	v.button(ctx, removeKeys, "confirm-remove", row[1], locale.RemoveConfirm.In(c.lang), ui.GradeColors[0], u)
}

func (c *ConfirmRemove) body() string { return fmt.Sprintf(locale.RemoveBody.In(c.lang), c.title) }

// Draw paints the question over the deck's screen.
func (c *ConfirmRemove) Draw(dst *ebiten.Image, ctx *Context) { c.view.paint(dst, ctx) }

// Status reads the question out, with its two buttons as targets.
func (c *ConfirmRemove) Status() Status {
	out := c.view.pressTargets()
	return Status{Scene: "confirm-remove", Text: locale.RemoveTitle.In(c.lang) + "\n" + c.body(), Targets: out}
}
