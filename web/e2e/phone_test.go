package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// A phone: 390x844 CSS pixels at 2 device pixels each, touch only. The
// screens' flows are tried at 2: Chromium's software WebGL, which the
// tests run on, draws a 3x screen at about a twelfth of the frame rate
// of a 2x one (5 fps against 60 on a 2-core machine), and every tap waits
// for frames. retinaPhone tries the study flow at 3.
var phoneViewport = chromedp.EmulateViewport(390, 844,
	chromedp.EmulateScale(2), chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch)

// retinaPhone is the same phone at 3 device pixels each, as many phones
// have.
var retinaPhone = chromedp.EmulateViewport(390, 844,
	chromedp.EmulateScale(3), chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch)

func TestPhoneTouch(t *testing.T) {
	a := newTab(t, serve(t, nil), retinaPhone)
	a.navigate("/#/deck")
	a.waitRunning()
	deckState := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.False(t, deckState.Keyboard, "a touch-only phone shows no key hints")
	w, h := eval[float64](a, `innerWidth`), eval[float64](a, `innerHeight`)
	assert.Equal(t, []float64{390, 844}, []float64{w, h})
	a.screenshot("phone-deck")

	a.tapID("study")
	first := a.waitState(func(s appState) bool { return s.Scene == "study" })
	a.screenshot("phone-front")

	a.tapID("card")
	a.waitState(func(s appState) bool { return s.Flipped && !s.Moving })
	a.screenshot("phone-flipped")

	a.tapID("grade-3")
	next := a.waitState(func(s appState) bool { return s.Reviewed == 1 })
	assert.NotEqual(t, first.Card, next.Card)
	a.noConsoleErrors()
}

// On a phone the answer box of a typed question takes a tap, which is
// when a phone's browser lets a page focus a text box and shows the
// on-screen keyboard; text that keyboard sends is the answer, and the
// answer button submits it.
func TestPhoneTypedAnswer(t *testing.T) {
	d := teacherDeck(t, "記述式", "")
	d.Cards = []deck.Card{{ID: "q-phone", Fact: "f1", Type: deck.TypeCloze,
		Prompt: "安保条約の締結は" + deck.Blank + "。", Answer: "1951年"}}
	require.NoError(t, d.Validate())
	a := newTab(t, serve(t, nil), phoneViewport)
	a.navigate(link(t, d))
	a.waitRunning()
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.tapID("quiz")
	a.waitState(func(s appState) bool { return s.Scene == "quiz" && s.Card == "q-phone" })
	focused := `document.activeElement && document.activeElement.tagName === "TEXTAREA"`
	assert.False(t, eval[bool](a, focused), "no text box before the student taps")

	a.tapID("field")
	require.NoError(t, waitTrue(a, focused), "the tap focused the text box")
	_, err := chromedp.Call(a.ctx, input.InsertText, input.InsertTextParams{Text: "1951年"})
	require.NoError(t, err)
	a.tapID("submit")
	fb := a.waitState(func(s appState) bool { return s.Scene == "quiz-feedback" })
	a.screenshot("phone-typed-feedback")
	assert.Equal(t, 1, fb.Score, "the typed answer was right: %s", fb.Text)
	a.noConsoleErrors()
}
