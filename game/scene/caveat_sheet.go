package scene

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// CaveatSheet is what a card's caveat badge opens, over the study screen:
// the full note, the answer's source and sentence, and every source that
// states the claim otherwise, each with its date.
type CaveatSheet struct {
	deck  *deck.Deck
	card  deck.Card
	view  view
	panel ui.Rect
	lang  locale.Lang
}

// NewCaveatSheet opens the caveat of card, a card of d.
func NewCaveatSheet(d *deck.Deck, card deck.Card) *CaveatSheet {
	return &CaveatSheet{deck: d, card: card}
}

// Overlay marks the sheet as drawn over the study screen.
func (*CaveatSheet) Overlay() {}

var sheetKeys = Bindings{
	{Keys: []string{input.Escape, input.Enter, input.Space}, Command: "close"},
}

// Bindings close the sheet.
func (*CaveatSheet) Bindings() Bindings { return sheetKeys }

// Update closes the sheet on its button, its keys or a tap beside it.
func (c *CaveatSheet) Update(ctx *Context, actions []input.Action) Transition {
	if c.view.stale(ctx) {
		c.layout(ctx)
	}
	for _, a := range actions {
		switch command(a, sheetKeys, &c.view) {
		case "close", "scrim":
			return Transition{Op: Pop}
		}
	}
	if !c.view.keep(ctx, actions, 0) {
		c.layout(ctx)
	}
	return Transition{}
}

// texts are the sheet's content, top to bottom.
func (c *CaveatSheet) texts(l locale.Lang) []cardText {
	d := c.deck
	fact, _ := d.Fact(c.card.Fact)
	title := role{1.1, true, ui.Ink}
	out := []cardText{
		{text: locale.CaveatTitle.In(l), role: title},
		{text: locale.ConflictMark + caveatLabel(study.CaveatOf(c.card, fact)).In(l), role: roleNote},
	}
	if c.card.Note != "" {
		out = append(out, annotated(d, "", c.card.Note, "", role{0.8, false, ui.Ink}))
	}
	if len(c.card.Accept) > 0 {
		out = append(out, otherAnswers(l, c.card))
	}
	out = append(out, cardText{text: locale.ThisSource.In(l), role: roleLabel})
	if src, ok := d.Source(fact.Source); ok {
		out = append(out, cardText{text: sourceLineIn(l, fact, src), role: roleSource})
	}
	out = append(out, sentenceText(d, c.card, fact))
	for _, o := range study.Conflicting(d, fact) {
		where := locale.In(l, locale.Source) + ": " + o.Source.Title
		if o.Date != "" {
			where += "（" + o.Date + "）"
		}
		out = append(out,
			cardText{text: locale.OtherSource.In(l), role: roleLabel},
			cardText{text: where, role: roleSource},
			annotated(d, "「", o.Sentence, "」", roleSentence))
	}
	return out
}

// layout centres the sheet's panel, its text shrunk until it fits, with
// the close button under it; the rest of the screen closes it too.
func (c *CaveatSheet) layout(ctx *Context) {
	v := &c.view
	v.begin(ctx)
	c.lang = ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	v.scrim(ctx)
	w := min(ctx.W-2*m, u*36)
	x := (ctx.W - w) / 2
	top := ctx.top()
	bh := max(ctx.targetSize(), u*2.4)
	room := ctx.H - top - m - bh - u*0.6
	pad := u * 1
	texts := c.texts(ctx.Lang)
	var paras []ui.Paragraph
	for scale := 1.0; scale >= 0.5; scale -= 0.1 {
		paras = paragraphs(ctx, texts, u*scale)
		if paragraphsHeight(ctx, paras, w-2*pad)+2*pad <= room {
			break
		}
	}
	h := min(paragraphsHeight(ctx, paras, w-2*pad)+2*pad, room)
	c.panel = ui.Rect{X: x, Y: top, W: w, H: h}
	v.fill(c.panel, u*0.8, ui.CardBack)
	// Taps on the panel itself do nothing: it is not the scrim.
	v.target("panel", c.panel)
	y := c.panel.Y + pad
	for _, p := range paras {
		y += v.text(ctx, p, x+pad, y, w-2*pad, c.panel) + p.Size*0.5
	}
	v.button(ctx, sheetKeys, "close", ui.Rect{X: x, Y: c.panel.Y + h + u*0.6, W: w, H: bh}, locale.SheetClose.In(ctx.Lang), ui.Accent, u)
}

// Draw paints the sheet over the study screen.
func (c *CaveatSheet) Draw(dst *ebiten.Image, ctx *Context) { c.view.paint(dst, ctx) }

// Status reads the sheet out.
func (c *CaveatSheet) Status() Status {
	var parts []string
	for _, t := range c.texts(c.lang) {
		parts = append(parts, t.text)
	}
	out := c.view.pressTargets()
	return Status{Scene: "caveat", Text: strings.Join(parts, "\n"), Targets: out}
}
