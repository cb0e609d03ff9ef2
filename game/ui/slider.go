package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Slider is a value in Min..Max on a track, in steps of Step: a tap on
// the track puts the value where it landed, and Nudge moves it by steps
// (the arrow keys).
type Slider struct {
	Rect                  Rect
	Value, Min, Max, Step float64
	// Label writes the value beside the track (90%), in the right 30% of
	// Rect.
	Label func(float64) string
}

// track is where the values lie: the rectangle less room for the knob at
// each end and for the value's label at the right.
func (s *Slider) track() Rect {
	k := s.Rect.H / 2
	return Rect{X: s.Rect.X + k, Y: s.Rect.Y, W: max(s.Rect.W*0.7-2*k, 1), H: s.Rect.H}
}

// SetAt puts the value at x along the track (snapped to a step) and
// reports whether it changed.
func (s *Slider) SetAt(x float64) bool {
	tr := s.track()
	f := min(max((x-tr.X)/tr.W, 0), 1)
	return s.set(s.Min + f*(s.Max-s.Min))
}

// Nudge moves the value by n steps and reports whether it changed.
func (s *Slider) Nudge(n int) bool { return s.set(s.Value + float64(n)*s.Step) }

// set snaps v to a step within the bounds.
func (s *Slider) set(v float64) bool {
	if s.Step > 0 {
		v = s.Min + math.Round((v-s.Min)/s.Step)*s.Step
	}
	v = min(max(v, s.Min), s.Max)
	v = math.Round(v*1e6) / 1e6 // no 0.8999999 from the sums
	changed := v != s.Value
	s.Value = v
	return changed
}

// Draw paints the track, filled up to the knob, and the value's label.
func (s *Slider) Draw(dst *ebiten.Image, face text.Face, size float64) {
	tr := s.track()
	f := 0.0
	if s.Max > s.Min {
		f = (s.Value - s.Min) / (s.Max - s.Min)
	}
	bar := Rect{X: tr.X, Y: tr.Y + tr.H*0.42, W: tr.W, H: tr.H * 0.16}
	FillRoundRect(dst, bar, bar.H/2, Track)
	FillRoundRect(dst, Rect{X: bar.X, Y: bar.Y, W: bar.W * f, H: bar.H}, bar.H/2, Accent)
	k := s.Rect.H * 0.7
	knob := Rect{X: tr.X + tr.W*f - k/2, Y: tr.Y + (tr.H-k)/2, W: k, H: k}
	FillRoundRect(dst, knob, k/2, Accent)
	FillRoundRect(dst, knob.Inset(k*0.3), k/2, OnAccent)
	if s.Label != nil {
		l := s.Label(s.Value)
		x := tr.X + tr.W + s.Rect.H/2 + size*0.5
		drawLine(dst, l, face, x, s.Rect.Y+(s.Rect.H-size)/2, LightInk)
	}
}
