package e2e

import (
	"image/color"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/web/harness"
)

// background is the app's background colour, ui.Background.
var background = color.RGBA{0x1e, 0x24, 0x33, 0xff}

func TestPageLoadsWithoutConsoleErrors(t *testing.T) {
	a := openApp(t, "/")
	st := a.waitState(func(s appState) bool { return s.Scene == "home" })
	assert.Contains(t, st.Text, "デッキ")
	require.NotEmpty(t, st.Decks)
	assert.Positive(t, st.Decks[0].Cards, "the built-in deck has cards")
	assert.Empty(t, st.FallbackFont, "the built-in deck needs no fallback font")

	assert.Equal(t, "ja", eval[string](a, `document.documentElement.lang`))
	assert.Equal(t, st.Text, eval[string](a, `document.getElementById("fd-live").textContent`),
		"the live region speaks what the screen shows")
	assert.True(t, eval[bool](a, `document.activeElement === document.querySelector("canvas")`),
		"the canvas has the focus, so keys reach the app")

	// The built-in deck needs no fallback font: it is never downloaded.
	for path := range a.srv.Sent() {
		assert.NotContains(t, path, "fallback", "fetched %s", path)
	}
	a.noConsoleErrors()
}

func TestFirstFrameDrawn(t *testing.T) {
	a := openApp(t, "/")
	a.waitState(func(s appState) bool { return s.Scene == "home" })
	assert.Positive(t, eval[float64](a, `window.factdeckFirstFrame || 0`), "the app reported its first frame")
	assert.True(t, eval[bool](a, `!document.getElementById("fd-loader") || document.getElementById("fd-loader").className.indexOf("fd-done") >= 0`),
		"the loading screen is gone")

	img := a.screenshot("first-frame")
	colors, bg := harness.Census(img, background)
	t.Logf("first frame: %d colours, %.0f%% background", colors, 100*bg)
	assert.Greater(t, colors, 20, "text and a button, not a blank fill")
	assert.Greater(t, bg, 0.3, "the app's background covers the page")
	a.noConsoleErrors()
}

// A browser without WebAssembly or WebGL 2 gets a message in Japanese
// saying so, instead of a blank page.
func TestUnsupportedBrowserMessages(t *testing.T) {
	srv := serve(t, nil)
	for name, tc := range map[string]struct{ script, want string }{
		"no WebAssembly": {`delete window.WebAssembly;`, "WebAssembly に対応していない"},
		"no WebGL 2":     {`HTMLCanvasElement.prototype.getContext = function () { return null; };`, "WebGL 2 が使えない"},
	} {
		t.Run(name, func(t *testing.T) {
			a := newTab(t, srv, nil)
			// Before any script of the page runs, take the feature away.
			require.NoError(t, addScriptOnLoad(a, tc.script))
			a.navigate("/")
			require.NoError(t, waitTrue(a, `document.documentElement.getAttribute("data-factdeck-state") === "unsupported"`))
			msg := eval[string](a, `document.getElementById("fd-error-text").textContent`)
			assert.True(t, strings.Contains(msg, tc.want), msg)
			assert.False(t, eval[bool](a, `document.getElementById("fd-error").hidden`))
			a.screenshot("unsupported-" + strings.ReplaceAll(name, " ", "-"))
		})
	}
}
