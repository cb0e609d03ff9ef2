package scene

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// CardSheet shows one card over Browse as it is studied: its question,
// its answer, its source and the sentence it comes from; the student can
// suspend it (no session shows it) or flag it as wrong (kept with the
// progress, for the teacher). Where the deck keeps the paragraph around
// the fact's sentence, a button opens it (SourceView).
type CardSheet struct {
	deck  *deck.Deck
	card  deck.Card
	view  view
	lang  locale.Lang
	lines []string
}

// NewCardSheet opens card, a card of d.
func NewCardSheet(d *deck.Deck, card deck.Card) *CardSheet { return &CardSheet{deck: d, card: card} }

// Overlay marks the sheet as drawn over the list.
func (*CardSheet) Overlay() {}

var cardSheetKeys = Bindings{
	{Keys: []string{input.Escape, input.Enter}, Command: "close"},
	{Keys: []string{"S"}, Command: "suspend"},
	{Keys: []string{"F"}, Command: "flag"},
	{Keys: []string{"O"}, Command: "source"},
}

// Bindings close the sheet, suspend, flag and open the source.
func (*CardSheet) Bindings() Bindings { return cardSheetKeys }

// Update suspends or flags the card, or closes the sheet.
func (c *CardSheet) Update(ctx *Context, actions []input.Action) Transition {
	if c.view.stale(ctx) {
		c.layout(ctx)
	}
	for _, a := range actions {
		switch command(a, cardSheetKeys, &c.view) {
		case "close", "scrim":
			return Transition{Op: Pop}
		case "suspend":
			c.toggleSuspend(ctx)
		case "flag":
			c.toggleFlag(ctx)
		case "source":
			if c.view.has("source") {
				return Transition{Op: Push, Scene: NewSourceView(c.deck, c.card)}
			}
		}
	}
	if !c.view.keep(ctx, actions, 0) {
		c.layout(ctx)
	}
	return Transition{}
}

func (c *CardSheet) toggleSuspend(ctx *Context) {
	p := ctx.Progress
	if p == nil {
		return
	}
	if p.Suspended(c.card.ID) {
		p.Unsuspend(c.card.ID)
	} else {
		p.Suspend(c.card.ID)
	}
	ctx.save()
}

func (c *CardSheet) toggleFlag(ctx *Context) {
	p := ctx.Progress
	if p == nil {
		return
	}
	if _, flagged := p.Flagged(c.card.ID); flagged {
		p.Unflag(c.card.ID)
	} else if err := p.FlagCard(c.card.ID, ctx.now(), ""); err != nil {
		ctx.Notices.Set(NoticeTextIn(ctx.Lang, err))
		return
	}
	ctx.save()
}

// texts are the sheet's content, top to bottom.
func (c *CardSheet) texts(ctx *Context) []cardText {
	l := ctx.Lang
	out := []cardText{
		{text: c.card.Prompt, role: role{1, false, ui.Ink}},
		{text: locale.In(l, locale.Answer) + ": " + words.CardAnswer(c.card), role: role{1, true, ui.Ink}},
	}
	fact, _ := c.deck.Fact(c.card.Fact)
	if src, ok := c.deck.Source(fact.Source); ok {
		out = append(out, cardText{text: sourceLineIn(l, fact, src), role: roleSource})
	}
	out = append(out, sentenceText(c.deck, c.card, fact))
	if p := ctx.Progress; p != nil {
		if p.Suspended(c.card.ID) {
			out = append(out, cardText{text: locale.CardIsSuspended.In(l), role: roleNote})
		}
		if _, ok := p.Flagged(c.card.ID); ok {
			out = append(out, cardText{text: locale.CardIsFlagged.In(l), role: roleNote})
		}
	}
	return out
}

// layout centres the panel, its text shrunk until it fits, with the
// buttons under it; the rest of the screen closes it.
func (c *CardSheet) layout(ctx *Context) {
	v := &c.view
	v.begin(ctx)
	l := ctx.Lang
	c.lang = l
	u, m := ctx.Unit(), ctx.Margin()
	v.scrim(ctx)
	w := min(ctx.W-2*m, u*36)
	x, top := (ctx.W-w)/2, ctx.top()
	bh := max(ctx.targetSize(), u*2.4)
	rows := 2.0
	if ctx.Progress == nil {
		rows = 1
	}
	room := ctx.H - top - m - rows*(bh+u*0.6)
	pad := u
	texts := c.texts(ctx)
	c.lines = c.lines[:0]
	for _, t := range texts {
		c.lines = append(c.lines, t.text)
	}
	var paras []ui.Paragraph
	for scale := 1.0; scale >= 0.5; scale -= 0.1 {
		paras = paragraphs(ctx, texts, u*scale)
		if paragraphsHeight(ctx, paras, w-2*pad)+2*pad <= room {
			break
		}
	}
	h := min(paragraphsHeight(ctx, paras, w-2*pad)+2*pad, room)
	panel := ui.Rect{X: x, Y: top, W: w, H: h}
	v.fill(panel, u*0.8, ui.CardBack)
	v.target("panel", panel)
	y := panel.Y + pad
	for _, p := range paras {
		y += v.text(ctx, p, x+pad, y, w-2*pad, panel) + p.Size*0.5
	}
	y = panel.Y + h + u*0.6
	if p := ctx.Progress; p != nil {
		suspend, flag := locale.CardSuspend, locale.CardFlag
		if p.Suspended(c.card.ID) {
			suspend = locale.CardUnsuspend
		}
		if _, ok := p.Flagged(c.card.ID); ok {
			flag = locale.CardUnflag
		}
		halves := ui.Rect{X: x, Y: y, W: w, H: bh}.SplitH(2, u*0.6)
		v.button(ctx, cardSheetKeys, "suspend", halves[0], suspend.In(l), ui.Track, u*0.9)
		v.button(ctx, cardSheetKeys, "flag", halves[1], flag.In(l), ui.Track, u*0.9)
		y += bh + u*0.6
	}
	last := ui.Rect{X: x, Y: y, W: w, H: bh}
	if fact, _ := c.deck.Fact(c.card.Fact); fact.Paragraph != "" {
		halves := last.SplitH(2, u*0.6)
		v.button(ctx, cardSheetKeys, "source", halves[0], locale.CardSource.In(l), ui.Track, u*0.9)
		last = halves[1]
	}
	v.button(ctx, cardSheetKeys, "close", last, locale.SheetClose.In(l), ui.Accent, u)
}

// Draw paints the sheet over the list.
func (c *CardSheet) Draw(dst *ebiten.Image, ctx *Context) { c.view.paint(dst, ctx) }

// Status reads the card out.
func (c *CardSheet) Status() Status {
	out := c.view.pressTargets()
	return Status{Scene: "card", Text: strings.Join(c.lines, "\n"), Targets: out}
}
