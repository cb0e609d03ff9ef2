package e2e

import (
	"fmt"
	"image"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/web/harness"
)

// The wide screen of the settings tests, in CSS pixels.
var wideViewport = chromedp.EmulateViewport(1280, 800)

// viewport is a screen a test runs on: a laptop's with a mouse, or a
// phone's with touch.
type viewport struct {
	name    string
	emulate chromedp.Action[chromedp.Void]
	touch   bool
}

// bothViewports are the laptop and the phone the screens are tried on.
var bothViewports = []viewport{{"wide", wideViewport, false}, {"phone", phoneViewport, true}}

// presser is how a test presses a target on vp: a click, or a tap.
func (a *app) presser(vp viewport) func(string) {
	if vp.touch {
		return a.tapID
	}
	return a.clickID
}

// A student switches to English, the largest text, the light theme,
// furigana on and sound off from the home screen; after a reload the app
// still speaks English in large text on a light screen, on every deck, and
// silently; the settings screen (by its button on a deck's screen, and by
// #/settings) shows the five choices kept.
func TestSettingsKeptAfterReload(t *testing.T) {
	a := newTab(t, serve(t, nil), wideViewport)
	a.navigate("/")
	a.waitRunning()
	home := a.waitState(func(s appState) bool { return s.Scene == "home" })
	assert.Equal(t, "ja", home.Lang, "the browser's language (%s) by default", eval[string](a, `navigator.language`))
	assert.True(t, isDark(a.screenshot("settings-before")), "the first look is dark")

	a.clickID("settings")
	a.waitState(func(s appState) bool { return s.Scene == "settings" })
	assert.Equal(t, "#/settings", eval[string](a, `location.hash`))
	// Each choice is waited for before the next: the next one's place
	// depends on it (English labels, larger text).
	a.clickID("lang-en")
	a.waitState(func(s appState) bool { return s.Lang == "en" })
	a.clickID("size-4")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "Text size: XL") })
	a.clickID("theme-light")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "Colours: Light") })
	a.clickID("furigana")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "Furigana: On") })
	a.clickID("sound")
	st := a.waitState(func(s appState) bool {
		return s.Lang == "en" && strings.Contains(s.Text, "Text size: XL") && strings.Contains(s.Text, "Colours: Light") &&
			strings.Contains(s.Text, "Furigana: On") && strings.Contains(s.Text, "Sound: Off")
	})
	assert.Contains(t, st.Text, "Settings")
	assert.Equal(t, "en", eval[string](a, `document.documentElement.lang`), "the page's language follows, for screen readers")
	a.clickID("back")
	a.waitState(func(s appState) bool { return s.Scene == "home" })

	require.NoError(t, chromedp.Do(a.ctx, chromedp.Reload()))
	a.waitRunning()
	home = a.waitState(func(s appState) bool { return s.Scene == "home" })
	assert.Equal(t, "en", home.Lang)
	assert.Contains(t, home.Text, "Your decks")
	img := a.screenshot("settings-after-reload")
	assert.False(t, isDark(img), "the light theme is kept")

	a.clickID("open-builtin")
	deck := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.Equal(t, "en", deck.Lang)
	assert.Contains(t, deck.Text, "Deck:")
	a.clickID("settings")
	st = a.waitState(func(s appState) bool { return s.Scene == "settings" })
	assert.Contains(t, st.Text, "Language / 言語: English")
	assert.Contains(t, st.Text, "Text size: XL")
	assert.Contains(t, st.Text, "Colours: Light")
	assert.Contains(t, st.Text, "Furigana: On")
	assert.Contains(t, st.Text, "Sound: Off")
	a.clickID("back")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("study")
	a.waitState(func(s appState) bool { return s.Scene == "study" && !s.Moving })
	a.screenshot("settings-kept-study-furigana")
	a.press("Space")
	flipped := a.waitState(func(s appState) bool { return s.Flipped && !s.Moving })
	assert.Zero(t, flipped.Sounds, "sound off: a flip is silent")

	a.navigate("/#/settings")
	a.waitRunning()
	st = a.waitState(func(s appState) bool { return s.Scene == "settings" })
	assert.Contains(t, st.Text, "Colours: Light", "#/settings opens the settings")
	a.noConsoleErrors()
}

// ?lang=en and the browser's language choose the language until the
// student picks one.
func TestLanguageDefaults(t *testing.T) {
	srv := serve(t, nil)
	a := newTab(t, srv, wideViewport)
	a.navigate("/?lang=en")
	a.waitRunning()
	assert.Equal(t, "en", a.waitState(func(s appState) bool { return s.Scene == "home" }).Lang, "?lang=en")

	b := newTab(t, srv, wideViewport)
	require.NoError(t, setBrowserLanguage(b, "en-US"))
	b.navigate("/")
	b.waitRunning()
	assert.Equal(t, "en-US", eval[string](b, `navigator.language`))
	assert.Equal(t, "en", b.waitState(func(s appState) bool { return s.Scene == "home" }).Lang, "an English browser")
}

// isDark reports whether most of img is dark: the dark theme's screen.
func isDark(img image.Image) bool {
	b := img.Bounds()
	dark, n := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if (r+g+bl)/3 < 0x5000 {
				dark++
			}
			n++
		}
	}
	return dark*2 > n
}

// TestSettingsScreenshots takes the settings, deck, study, quiz and home screens at
// 1280x800 and on a 390x844 phone, at the smallest and the largest text,
// in Japanese and English, for a person to look at (.artifacts/e2e).
func TestSettingsScreenshots(t *testing.T) {
	srv := serve(t, nil)
	for _, vp := range bothViewports {
		t.Run(vp.name, func(t *testing.T) {
			a := newTab(t, srv, vp.emulate)
			a.navigate("/#/deck")
			a.waitRunning()
			press := a.presser(vp)
			for _, lang := range []string{"ja", "en"} {
				for _, size := range []string{"size-1", "size-4"} {
					name := func(screen string) string { return fmt.Sprintf("shot-%s-%s-%s-%s", vp.name, lang, size, screen) }
					a.waitState(func(s appState) bool { return s.Scene == "deck" })
					press("settings")
					a.waitState(func(s appState) bool { return s.Scene == "settings" })
					want := sizeWords[lang][size]
					st := a.choose(press, func(s appState) string {
						switch {
						case s.Lang != lang:
							return "lang-" + lang
						case !strings.Contains(s.Text, want):
							return size
						}
						return ""
					})
					require.Equal(t, lang, st.Lang, "%s: %s", size, st.Text)
					a.screenshot(name("settings"))
					press("page-study")
					a.waitState(func(s appState) bool { return s.Scene == "settings" && hasTarget(s, "new-plus") })
					a.screenshot(name("settings-study"))
					press("back")
					a.waitState(func(s appState) bool { return s.Scene == "deck" })
					a.screenshot(name("deck"))

					press("study")
					a.waitState(func(s appState) bool { return s.Scene == "study" && !s.Moving })
					a.screenshot(name("study"))
					press("card")
					a.waitState(func(s appState) bool { return s.Flipped && !s.Moving })
					a.screenshot(name("study-back"))
					press("back")
					a.waitState(func(s appState) bool { return s.Scene == "deck" })

					press("quiz")
					a.waitState(func(s appState) bool { return s.Scene == "quiz" })
					a.screenshot(name("quiz"))
					press("back")
					a.waitState(func(s appState) bool { return s.Scene == "deck" })
					press("back")
					a.waitState(func(s appState) bool { return s.Scene == "home" })
					a.screenshot(name("home"))
					press("open-builtin")
				}
			}
			a.noConsoleErrors()
		})
	}
}

// choose presses what next names until next names nothing, reading the
// screen afresh before each press. A choice (a language, a text size)
// comes out the same however often it is made, so a press lost on a
// loaded machine is made again; and one that landed on the other choice
// while the layout moved under it (a text size that switched the
// language) is put right by the next round.
func (a *app) choose(press func(string), next func(appState) string) appState {
	a.t.Helper()
	deadline := time.Now().Add(2 * stepTimeout)
	for {
		st := a.waitState(func(appState) bool { return true })
		id := next(st)
		if id == "" {
			return st
		}
		require.False(a.t, time.Now().After(deadline), "still to press %s: %+v", id, st)
		press(id)
		// Wait for the press to show, or for a while if it was lost.
		_, _ = harness.WaitState(a.ctx, 3*time.Second, func(s appState) bool { return next(s) != id })
	}
}

// sizeWords are how the settings screen states the two text sizes the
// screenshots use, in each language.
var sizeWords = map[string]map[string]string{
	"ja": {"size-1": "文字の大きさ: 小", "size-4": "文字の大きさ: 特大"},
	"en": {"size-1": "Text size: S", "size-4": "Text size: XL"},
}

func hasTarget(s appState, id string) bool {
	_, ok := s.Target(id)
	return ok
}
