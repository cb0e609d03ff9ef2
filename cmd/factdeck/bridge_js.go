//go:build js

package main

import (
	"encoding/json"
	"reflect"
	"syscall/js"

	"factdeck/game/scene"
)

// pageState is what the page publishes as window.factdeck: the game's
// scene.Status (with whatever fields it has, a score included) and how the
// lazily loaded fallback font is doing.
type pageState struct {
	scene.Status
	// FallbackFont is "", "loading", "ready" or "failed".
	FallbackFont string `json:"fallbackFont,omitempty"`
}

// bridge mirrors the app's state into the page. The canvas is opaque to
// screen readers, so the screen's text goes into a visually hidden ARIA
// live region (#fd-live in index.html), which they announce when it
// changes; tests read the same state as JSON from window.factdeck rather
// than guess from pixels.
type bridge struct {
	window, live js.Value
	last         pageState
	published    bool
}

func newBridge() *bridge {
	return &bridge{
		window: js.Global(),
		live:   js.Global().Get("document").Call("getElementById", "fd-live"),
	}
}

// publish updates the page when st differs from what it last published, so
// a still screen costs one comparison a frame and a screen reader hears
// each change once.
func (b *bridge) publish(st pageState) {
	if b.published && reflect.DeepEqual(st, b.last) {
		return
	}
	data, err := json.Marshal(st)
	if err != nil {
		return
	}
	b.window.Set("factdeck", b.window.Get("JSON").Call("parse", string(data)))
	if !b.live.IsNull() && (!b.published || st.Text != b.last.Text) {
		b.live.Set("textContent", st.Text)
	}
	if st.Lang != "" && (!b.published || st.Lang != b.last.Lang) {
		// A screen reader reads the live region in the page's language.
		b.window.Get("document").Get("documentElement").Set("lang", st.Lang)
	}
	b.last, b.published = st, true
}

// firstFrame tells loader.js that the app has drawn, so it hides the
// loading screen now rather than guess, and records when for benchmarks.
func (b *bridge) firstFrame() {
	mark("factdeck:first-frame")
	b.window.Set("factdeckFirstFrame", b.window.Get("performance").Call("now"))
	b.window.Set("factdeckReady", true)
	b.window.Call("dispatchEvent", js.Global().Get("Event").New("factdeck:ready"))
}
