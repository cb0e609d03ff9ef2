package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
)

// A phone: 390x844 CSS pixels at 3 device pixels each, touch only.
var phone = layout{w: 390, h: 844, dpr: 3}

func TestPhoneTouch(t *testing.T) {
	a := newTab(t, serve(t, nil), chromedp.EmulateViewport(390, 844,
		chromedp.EmulateScale(phone.dpr), chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch))
	a.navigate("/")
	a.waitRunning()
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	w, h := eval[float64](a, `innerWidth`), eval[float64](a, `innerHeight`)
	assert.Equal(t, []float64{phone.w, phone.h}, []float64{w, h})
	a.screenshot("phone-deck")

	a.tap(phone.startButton())
	first := a.waitState(func(s appState) bool { return s.Scene == "study" })
	a.screenshot("phone-front")

	a.tap(phone.card())
	a.waitState(func(s appState) bool { return s.Flipped })
	a.screenshot("phone-flipped")

	a.tap(phone.gradeButton(3))
	next := a.waitState(func(s appState) bool { return s.Reviewed == 1 })
	assert.NotEqual(t, first.Card, next.Card)
	a.noConsoleErrors()
}
