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

// SourceView shows where a card's fact comes from: its document's title
// and date, and the paragraph of the document around the fact's
// sentence, the sentence highlighted in it (study.Passage). A deck that
// keeps no paragraphs shows the sentence alone. Opened from a card's
// sheet in Browse; a passage too long for the screen scrolls.
type SourceView struct {
	fact   deck.Fact
	source deck.Source
	view   view
	scroll ui.ScrollView
	// body is the passage's panel, where a drag or the wheel scrolls.
	body  ui.Rect
	lang  locale.Lang
	lines []string
}

// NewSourceView opens the source of card, a card of d.
func NewSourceView(d *deck.Deck, card deck.Card) *SourceView {
	f, _ := d.Fact(card.Fact)
	src, _ := d.Source(f.Source)
	return &SourceView{fact: f, source: src}
}

var sourceViewKeys = Bindings{
	{Keys: []string{input.Escape, input.Enter}, Command: "back"},
	{Keys: []string{input.ArrowDown}, Command: "down"},
	{Keys: []string{input.ArrowUp}, Command: "up"},
}

// Bindings go back and scroll.
func (*SourceView) Bindings() Bindings { return sourceViewKeys }

// Update scrolls the passage or goes back to the card.
func (s *SourceView) Update(ctx *Context, actions []input.Action) Transition {
	if s.view.stale(ctx) {
		s.layout(ctx)
	}
	step := ctx.Unit() * 2
	for _, a := range actions {
		if a.Kind == input.Scroll && s.body.Contains(a.X, a.Y) {
			s.scroll.By(a.DY)
			continue
		}
		switch command(a, sourceViewKeys, &s.view) {
		case "back":
			return Transition{Op: Pop}
		case "down":
			s.scroll.By(step)
		case "up":
			s.scroll.By(-step)
		}
	}
	if !s.view.keep(ctx, actions, 0) {
		s.layout(ctx)
	}
	return Transition{}
}

// layout puts the title bar, the document's title and date, and the
// passage in a panel below them, scrolled.
func (s *SourceView) layout(ctx *Context) {
	v := &s.view
	v.begin(ctx)
	l := ctx.Lang
	s.lang = l
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*40)
	x := (ctx.W - width) / 2
	y := v.titleBar(ctx, sourceViewKeys, x, ctx.top(), width, locale.SourceViewTitle.In(l), u) + u*0.8

	title := ui.Paragraph{Text: s.source.Title, Face: ctx.Fonts.Face(u, true), Size: u, Color: ui.LightInk}
	y += v.text(ctx, title, x, y, width, ui.Rect{}) + u*0.3
	meta := s.meta()
	if meta != "" {
		p := ui.Paragraph{Text: meta, Face: ctx.Fonts.Face(u*0.75, false), Size: u * 0.75, Color: ui.MutedLight}
		y += v.text(ctx, p, x, y, width, ui.Rect{})
	}
	y += u * 0.6

	text, i, j := study.Passage(s.fact)
	pad := u
	passage := ui.Paragraph{Text: text, Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.Ink, Mark: [2]int{i, j}, MarkColor: ui.Marker}
	textW := width - 2*pad
	h := ctx.Wrap.Height(passage, textW)
	s.body = ui.Rect{X: x, Y: y, W: width, H: min(h+2*pad, ctx.H-m-y)}
	s.scroll.SetSize(h+2*pad, s.body.H)
	v.fill(s.body, u*0.6, ui.CardFace)
	v.text(ctx, passage, x+pad, y+pad-s.scroll.Offset, textW, s.body)
	if s.scroll.Scrollable() {
		track := ui.Rect{X: s.body.X + s.body.W - u*0.5, Y: s.body.Y + u*0.3, W: u * 0.3, H: s.body.H - u*0.6}
		v.fill(track, u*0.15, ui.Track)
		v.fill(s.scroll.Thumb(track), u*0.15, ui.MutedInk)
	}
	s.lines = append(s.lines[:0], locale.SourceViewTitle.In(l), s.source.Title, meta, text[:i]+"【"+text[i:j]+"】"+text[j:])
}

// meta is the date the fact was stated and the document's file.
func (s *SourceView) meta() string {
	parts := make([]string, 0, 2)
	if date := study.Stated(s.fact, s.source); date != "" {
		parts = append(parts, date)
	}
	if s.source.File != "" {
		parts = append(parts, s.source.File)
	}
	return strings.Join(parts, "・")
}

// Draw paints the screen as Update laid it out.
func (s *SourceView) Draw(dst *ebiten.Image, ctx *Context) { s.view.draw(dst, ctx) }

// Status reads the source out, the highlighted sentence in 【】.
func (s *SourceView) Status() Status {
	return Status{Scene: "source", Text: strings.Join(s.lines, "\n"), Targets: s.view.statusTargets()}
}
