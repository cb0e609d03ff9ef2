package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Button is a labelled, tappable rectangle. Hint is a small second line,
// typically the key that does the same.
type Button struct {
	Rect  Rect
	Label string
	Hint  string
	Color color.Color
	// Ink is the label's colour; nil means OnAccent.
	Ink color.Color
}

// Draw draws the button with its label (and hint, if there is room).
func (b Button) Draw(dst *ebiten.Image, label, hint text.Face, size float64) {
	FillRoundRect(dst, b.Rect, size*0.5, b.Color)
	lines := []struct {
		s    string
		face text.Face
		sz   float64
	}{{b.Label, label, size}}
	if b.Hint != "" && b.Rect.H > size*2.6 {
		lines = append(lines, struct {
			s    string
			face text.Face
			sz   float64
		}{b.Hint, hint, size * 0.7})
	}
	total := 0.0
	for _, l := range lines {
		total += l.sz * 1.3
	}
	y := b.Rect.Y + (b.Rect.H-total)/2
	ink := b.Ink
	if ink == nil {
		ink = OnAccent
	}
	for _, l := range lines {
		drawLine(dst, l.s, l.face, b.Rect.X+(b.Rect.W-text.Advance(l.s, l.face))/2, y+l.sz*0.15, ink)
		y += l.sz * 1.3
	}
}
