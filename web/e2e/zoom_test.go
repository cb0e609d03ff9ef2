package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// touchRecord is what a listener after the app's own saw of a touch.
type touchRecord struct {
	Type      string `json:"type"`
	Touches   int    `json:"touches"`
	Prevented bool   `json:"prevented"`
}

// A student can pinch the page on a phone to enlarge it: two-finger
// touches over the app keep their default (the browser's zoom), where the
// app's own one-finger taps are still cancelled (no scroll, no double-tap
// zoom), and the pinch presses nothing in the app. Headless Chromium does
// not zoom on synthesized pinches, so the test reads whether each touch
// event was cancelled, as the browser would read it.
func TestPinchIsLeftToTheBrowser(t *testing.T) {
	a := newTab(t, serve(t, nil), phoneViewport)
	a.navigate("/#/deck")
	a.waitRunning()
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	// Registered last, on the window in the bubble phase: it sees each
	// event after the canvas's listeners.
	eval[bool](a, `(function () {
		window.touchLog = [];
		["touchstart", "touchmove", "touchend"].forEach(function (type) {
			window.addEventListener(type, function (e) {
				window.touchLog.push({type: e.type, touches: e.touches.length, prevented: e.defaultPrevented});
			});
		});
		return true;
	})()`)
	one := 1.0
	point := func(id, x, y float64) *input.TouchPoint {
		return &input.TouchPoint{X: x, Y: y, RadiusX: &one, RadiusY: &one, Force: &one, ID: new(id)}
	}
	touch := func(typ input.DispatchTouchEventType, points ...*input.TouchPoint) {
		if points == nil {
			points = []*input.TouchPoint{}
		}
		_, err := chromedp.Call(a.ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: points})
		require.NoError(t, err)
	}
	// Two fingers over the study button move apart, then lift.
	study, _ := a.waitState(func(s appState) bool { return hasTarget(s, "study") }).Target("study")
	x, y := study.Center()
	touch(input.DispatchTouchEventTypeTouchStart, point(0, x-10, y))
	touch(input.DispatchTouchEventTypeTouchStart, point(0, x-10, y), point(1, x+10, y))
	for d := 20.0; d <= 80; d += 20 {
		touch(input.DispatchTouchEventTypeTouchMove, point(0, x-10-d, y), point(1, x+10+d, y))
	}
	touch(input.DispatchTouchEventTypeTouchEnd, point(0, x-90, y))
	touch(input.DispatchTouchEventTypeTouchEnd)

	log := eval[[]touchRecord](a, `window.touchLog`)
	require.NotEmpty(t, log)
	pinched := 0
	for _, r := range log {
		if r.Touches >= 2 {
			pinched++
			assert.False(t, r.Prevented, "a two-finger %s was cancelled", r.Type)
		}
	}
	assert.Positive(t, pinched, "two-finger events were seen: %+v", log)
	st := a.waitState(func(s appState) bool { return true })
	assert.Equal(t, "deck", st.Scene, "the pinch pressed nothing")

	// A one-finger tap stays the app's: cancelled, and it presses.
	eval[bool](a, `(window.touchLog = [], true)`)
	a.tapID("study")
	a.waitState(func(s appState) bool { return s.Scene == "study" })
	log = eval[[]touchRecord](a, `window.touchLog`)
	require.NotEmpty(t, log)
	assert.True(t, log[0].Prevented, "the tap's touchstart is the app's: %+v", log)
	a.noConsoleErrors()
}
