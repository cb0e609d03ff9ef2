package ui_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/game/ui"
)

func TestToggleFlips(t *testing.T) {
	tg := ui.Toggle{Rect: ui.Rect{X: 10, Y: 0, W: 300, H: 50}}
	tg.Flip()
	assert.True(t, tg.On)
	tg.Flip()
	assert.False(t, tg.On)
	tr := tg.Track()
	assert.Equal(t, 10.0, tr.X, "the switch starts at the left")
	assert.Less(t, tr.W, tg.Rect.W, "its state's word has room beside it")
	assert.InDelta(t, tg.Rect.Y+tg.Rect.H/2, tr.Y+tr.H/2, 1e-9, "centred on its row")
}

func TestStepperStaysInBounds(t *testing.T) {
	s := ui.Stepper{Value: 20, Min: 0, Max: 30, Step: 5}
	assert.True(t, s.Add(1))
	assert.Equal(t, 25, s.Value)
	assert.True(t, s.Add(3), "a move past the top stops at it")
	assert.Equal(t, 30, s.Value)
	assert.False(t, s.Add(1), "no change at the top")
	assert.True(t, s.Add(-10))
	assert.Equal(t, 0, s.Value)

	zero := ui.Stepper{Value: 1, Max: 3}
	zero.Add(1)
	assert.Equal(t, 2, zero.Value, "a step of 0 counts as 1")
}

func TestStepperParts(t *testing.T) {
	s := ui.Stepper{Rect: ui.Rect{X: 0, Y: 0, W: 300, H: 50}}
	minus, value, plus := s.Parts()
	assert.Equal(t, ui.Rect{X: 0, Y: 0, W: 50, H: 50}, minus)
	assert.Equal(t, ui.Rect{X: 250, Y: 0, W: 50, H: 50}, plus)
	assert.Equal(t, ui.Rect{X: 50, Y: 0, W: 200, H: 50}, value)
	narrow := ui.Stepper{Rect: ui.Rect{W: 90, H: 50}}
	minus, value, plus = narrow.Parts()
	assert.Equal(t, 30.0, minus.W, "the buttons share a narrow row with the value")
	assert.Equal(t, 30.0, value.W)
	assert.Equal(t, 60.0, plus.X)
}

func TestSliderSnapsToSteps(t *testing.T) {
	s := ui.Slider{Rect: ui.Rect{X: 0, Y: 0, W: 1000, H: 40}, Min: 0.80, Max: 0.97, Step: 0.01, Value: 0.9}
	assert.True(t, s.SetAt(0), "a tap left of the track takes the minimum")
	assert.Equal(t, 0.80, s.Value)
	assert.True(t, s.SetAt(5000))
	assert.Equal(t, 0.97, s.Value, "and right of it the maximum")
	// The track runs from the knob's half width to 70% of the width less it.
	x0, w := 20.0, 1000*0.7-40
	s.SetAt(x0 + w*0.3)
	assert.Equal(t, 0.85, s.Value, "0.3 of the way is 0.851, snapped to 0.85")
	assert.True(t, s.Nudge(2))
	assert.Equal(t, 0.87, s.Value, "steps add without float dust")
	assert.False(t, s.Nudge(0))
	s.Nudge(100)
	assert.Equal(t, 0.97, s.Value)
}

func TestTabsSelect(t *testing.T) {
	tb := ui.Tabs{Rect: ui.Rect{X: 0, Y: 0, W: 300, H: 50}, Labels: []string{"a", "b", "c"}}
	rs := tb.Rects()
	assert.Len(t, rs, 3)
	assert.Equal(t, ui.Rect{X: 100, Y: 0, W: 100, H: 50}, rs[1])
	assert.True(t, tb.Select(2))
	assert.False(t, tb.Select(2), "the same pick is no change")
	assert.False(t, tb.Select(3), "out of range changes nothing")
	assert.False(t, tb.Select(-1))
	assert.Equal(t, 2, tb.Selected)
	assert.False(t, tb.Move(1), "the last stays last")
	assert.True(t, tb.Move(-1))
	assert.Equal(t, 1, tb.Selected)
	assert.Nil(t, (&ui.Tabs{}).Rects())
}

// Choices too long for one row wrap into rows that share the height.
func TestTabsWrap(t *testing.T) {
	tb := ui.Tabs{Rect: ui.Rect{X: 0, Y: 0, W: 200, H: 100}, Labels: []string{"a", "b", "c"}, Cols: 2}
	assert.Equal(t, 2, tb.Rows())
	assert.Equal(t, []ui.Rect{{X: 0, Y: 0, W: 100, H: 50}, {X: 100, Y: 0, W: 100, H: 50}, {X: 0, Y: 50, W: 100, H: 50}}, tb.Rects())
	tb.Cols = 9
	assert.Equal(t, 1, tb.Rows(), "more columns than choices is one row")
}
