package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Toggle is an on/off switch: a track with a knob at the end that says
// which, and the state in words beside it, so colour is not the only cue.
type Toggle struct {
	Rect Rect
	On   bool
	// OnLabel and OffLabel name the two states.
	OnLabel, OffLabel string
}

// Flip turns the switch over.
func (t *Toggle) Flip() { t.On = !t.On }

// Track is the switch's pill at the left of its rectangle; the state's
// word goes to its right.
func (t *Toggle) Track() Rect {
	h := t.Rect.H * 0.6
	return Rect{X: t.Rect.X, Y: t.Rect.Y + (t.Rect.H-h)/2, W: min(h*1.9, t.Rect.W), H: h}
}

// Draw paints the switch, its label in LightInk on the screen's background.
func (t *Toggle) Draw(dst *ebiten.Image, face text.Face, size float64) {
	tr := t.Track()
	fill, label := Track, t.OffLabel
	knob := Rect{X: tr.X, Y: tr.Y, W: tr.H, H: tr.H}
	if t.On {
		fill, label = Accent, t.OnLabel
		knob.X = tr.X + tr.W - tr.H
	}
	FillRoundRect(dst, tr, tr.H/2, fill)
	FillRoundRect(dst, knob.Inset(tr.H*0.12), tr.H/2, OnAccent)
	drawLine(dst, label, face, tr.X+tr.W+size*0.6, t.Rect.Y+(t.Rect.H-size)/2, LightInk)
}
