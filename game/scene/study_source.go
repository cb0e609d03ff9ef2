package scene

import (
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// sourcePanel is the back's source: a panel with the caveat badge (when
// the answer carries one), the document's title and date, and the
// sentence with the answer marked.
type sourcePanel struct {
	badge      string // the badge's label, "" for none
	badgeSize  float64
	badgeW     float64
	badgeH     float64
	paras      []ui.Paragraph
	pad, gap   float64
	height     float64
	hasContent bool
}

// caveatLabel is the badge's short label for a kind of caveat.
func caveatLabel(k study.Caveat) locale.Text {
	switch k {
	case study.CaveatDisputed:
		return locale.CaveatDisputed
	case study.CaveatContested:
		return locale.CaveatContested
	case study.CaveatDated:
		return locale.CaveatDated
	case study.CaveatForecast:
		return locale.CaveatForecast
	}
	return locale.CaveatNote
}

// newSourcePanel sets the panel of card's fact at body size u in width w.
func newSourcePanel(ctx *Context, d *deck.Deck, card deck.Card, u, w float64) sourcePanel {
	fact, ok := d.Fact(card.Fact)
	if !ok {
		return sourcePanel{}
	}
	sp := sourcePanel{pad: u * 0.6, gap: u * 0.35, hasContent: true}
	inner := w - 2*sp.pad
	sp.height = 2 * sp.pad
	if k := study.CaveatOf(card, fact); k != study.NoCaveat {
		sp.badge = locale.ConflictMark + caveatLabel(k).In(ctx.Lang)
		sp.badgeSize = u * 0.7
		sp.badgeH = max(ctx.targetSize(), sp.badgeSize*2.2)
		sp.badgeW = min(inner, text.Advance(sp.badge, ctx.Fonts.Face(sp.badgeSize, true))+sp.badgeH*0.8)
		sp.height += sp.badgeH + sp.gap
	}
	if src, ok := d.Source(fact.Source); ok {
		sp.paras = append(sp.paras, paragraph(ctx, cardText{text: sourceLineIn(ctx.Lang, fact, src), role: roleSource}, u))
	}
	sp.paras = append(sp.paras, paragraph(ctx, sentenceText(d, card, fact), u))
	for _, p := range sp.paras {
		sp.height += ctx.Wrap.Height(p, inner) + sp.gap
	}
	return sp
}

// layoutBack sets the back of card in r: the question, the answer and
// the source panel, scrolling what does not fit; clip is the card
// as drawn (narrower during a flip).
func (s *Study) layoutBack(ctx *Context, card deck.Card, r, clip ui.Rect) {
	d := s.session.Deck()
	texts := append(s.frontTexts(card), s.answerTexts(card)...)
	u := ctx.Unit()
	paras := paragraphs(ctx, texts, u)
	panel := newSourcePanel(ctx, d, card, u, r.W)
	y, clip := s.scrolled(ctx, paragraphsHeight(ctx, paras, r.W)+panel.height, r, clip)
	y = s.placeParagraphs(ctx, paras, r.X, y, r.W, clip)
	panel.place(&s.view, ctx, r.X, y, r.W, clip)
}

// place puts the panel at x, y in width w, clipped to clip; its badge is
// the target "caveat".
func (sp sourcePanel) place(v *view, ctx *Context, x, y, w float64, clip ui.Rect) {
	if !sp.hasContent {
		return
	}
	box := ui.Rect{X: x, Y: y, W: w, H: sp.height}
	clippedFill(v, box, sp.pad, ui.Panel, clip)
	x, y = box.X+sp.pad, box.Y+sp.pad
	if sp.badge != "" {
		b := ui.Rect{X: x, Y: y, W: sp.badgeW, H: sp.badgeH}
		clippedFill(v, b, b.H/2, ui.BadgeEdge, clip)
		clippedFill(v, b.Inset(max(ctx.Scale, 1)*1.5), b.H/2, ui.Badge, clip)
		label := ui.Paragraph{Text: sp.badge, Face: ctx.Fonts.Face(sp.badgeSize, true), Size: sp.badgeSize, Color: ui.Ink, Center: true}
		v.text(ctx, label, b.X, b.Y+(b.H-sp.badgeSize*ui.LineSpacing)/2, b.W, clip)
		if clip == (ui.Rect{}) || clip.Contains(b.X+b.W/2, b.Y+b.H/2) {
			v.target("caveat", b) // not while scrolled out of sight
		}
		y += b.H + sp.gap
	}
	for _, p := range sp.paras {
		y += v.text(ctx, p, x, y, box.W-2*sp.pad, clip) + sp.gap
	}
}

// clippedFill fills the part of r inside clip (all of r when clip is
// empty): the card's panels turn with the card, and a panel too tall for
// its card stops at the card's edge.
func clippedFill(v *view, r ui.Rect, radius float64, c ui.Color, clip ui.Rect) {
	if clip == (ui.Rect{}) {
		v.fill(r, radius, c)
		return
	}
	x0, x1 := max(r.X, clip.X), min(r.X+r.W, clip.X+clip.W)
	y0, y1 := max(r.Y, clip.Y), min(r.Y+r.H, clip.Y+clip.H)
	if x1 <= x0 || y1 <= y0 {
		return
	}
	v.fill(ui.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, radius, c)
}
