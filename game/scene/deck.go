package scene

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// Deck is the opening screen: what the deck holds and a button to study it.
type Deck struct {
	deck *deck.Deck
}

// NewDeck shows d.
func NewDeck(d *deck.Deck) *Deck { return &Deck{deck: d} }

func (s *Deck) startButton(ctx *Context) ui.Button {
	u := ctx.Unit()
	w := min(ctx.W-2*ctx.Margin(), u*16)
	h := u * 3.4
	return ui.Button{
		Rect:  ui.Rect{X: (ctx.W - w) / 2, Y: ctx.H - ctx.Margin() - h, W: w, H: h},
		Label: locale.Start, Hint: locale.StartHint, Color: ui.Accent,
	}
}

// Update starts a study session on Enter, Space or a tap on the button.
func (s *Deck) Update(ctx *Context, actions []input.Action) Transition {
	for _, a := range actions {
		switch {
		case a.Kind == input.Confirm, a.Kind == input.Flip,
			a.Kind == input.Tap && s.startButton(ctx).Hit(a.X, a.Y):
			return Transition{Op: Push, Scene: NewStudy(study.NewSession(s.deck, s.deck.Cards))}
		}
	}
	return Transition{}
}

// Draw lists the deck's title, card count and sources.
func (s *Deck) Draw(dst *ebiten.Image, ctx *Context) {
	dst.Fill(ui.Background)
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*40)
	x := (ctx.W - width) / 2
	y := m
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: locale.DeckScreen, Face: ctx.Fonts.Face(u*0.8, false), Size: u * 0.8, Color: ui.Track}, x, y, width)
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: s.deck.Title, Face: ctx.Fonts.Face(u*1.5, true), Size: u * 1.5, Color: ui.LightInk}, x, y, width)
	count := fmt.Sprintf("%d%s", len(s.deck.Cards), locale.Cards)
	y += ctx.Wrap.Draw(dst, ui.Paragraph{Text: count, Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk}, x, y, width)
	y += u * 0.6
	small := u * 0.8
	face := ctx.Fonts.Face(small, false)
	limit := s.startButton(ctx).Rect.Y - u
	for _, src := range s.deck.Sources {
		line := locale.Source + ": " + src.Title
		if src.Date != "" {
			line += "（" + src.Date + "）"
		}
		p := ui.Paragraph{Text: strings.TrimSpace(line), Face: face, Size: small, Color: ui.LightInk}
		if y+ctx.Wrap.Height(p, width) > limit {
			break
		}
		y += ctx.Wrap.Draw(dst, p, x, y, width) + small*0.3
	}
	s.startButton(ctx).Draw(dst, ctx.Fonts.Face(u, true), ctx.Fonts.Face(u*0.7, false), u)
}

// Status describes the deck screen.
func (s *Deck) Status() Status {
	return Status{
		Scene:     "deck",
		Remaining: len(s.deck.Cards),
		Text:      fmt.Sprintf("%s: %s、%d%s。%s", locale.DeckScreen, s.deck.Title, len(s.deck.Cards), locale.Cards, locale.StartHint),
	}
}
