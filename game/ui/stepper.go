package ui

import (
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Stepper is a whole number with − and + buttons, kept within Min..Max.
type Stepper struct {
	Rect            Rect
	Value, Min, Max int
	// Step is how much a press changes the value (1 when 0).
	Step int
}

// Parts are the minus button, the value between them, and the plus button.
func (s *Stepper) Parts() (minus, value, plus Rect) {
	b := min(s.Rect.H, s.Rect.W/3)
	minus = Rect{X: s.Rect.X, Y: s.Rect.Y, W: b, H: s.Rect.H}
	plus = Rect{X: s.Rect.X + s.Rect.W - b, Y: s.Rect.Y, W: b, H: s.Rect.H}
	value = Rect{X: minus.X + b, Y: s.Rect.Y, W: s.Rect.W - 2*b, H: s.Rect.H}
	return minus, value, plus
}

// Add moves the value by n steps, stopping at the bounds, and reports
// whether it changed.
func (s *Stepper) Add(n int) bool {
	step := max(s.Step, 1)
	v := min(max(s.Value+n*step, s.Min), s.Max)
	changed := v != s.Value
	s.Value = v
	return changed
}

// Draw paints the buttons and the value (LightInk on the background). The
// signs are drawn as bars, which no font can lack.
func (s *Stepper) Draw(dst *ebiten.Image, face text.Face, size float64) {
	minus, value, plus := s.Parts()
	for _, p := range []struct {
		r    Rect
		plus bool
		on   bool
	}{{minus, false, s.Value > s.Min}, {plus, true, s.Value < s.Max}} {
		fill, ink := Track, OnAccent
		if !p.on {
			fill, ink = Disabled, MutedLight
		}
		r := p.r.Inset(size * 0.1)
		FillRoundRect(dst, r, size*0.5, fill)
		cx, cy, l, t := r.X+r.W/2, r.Y+r.H/2, size*0.8, max(size*0.12, 2)
		FillRoundRect(dst, Rect{X: cx - l/2, Y: cy - t/2, W: l, H: t}, t/2, ink)
		if p.plus {
			FillRoundRect(dst, Rect{X: cx - t/2, Y: cy - l/2, W: t, H: l}, t/2, ink)
		}
	}
	v := strconv.Itoa(s.Value)
	drawLine(dst, v, face, value.X+(value.W-text.Advance(v, face))/2, value.Y+(value.H-size)/2, LightInk)
}
