//go:build js

package main

import (
	"strings"
	"sync"
	"syscall/js"

	"factdeck/game"
)

// hashRoute is the route a page address's fragment names (#/study is
// "study"), or "home" for any other fragment.
func hashRoute(hash string) string {
	if r, ok := strings.CutPrefix(hash, "#/"); ok && r != "" {
		return r
	}
	return "home"
}

// history keeps the browser's history in step with the app's screens, so
// the address says where the student is (#/study) and the back button
// goes back a screen.
//
// Every entry the app makes carries its place in state ({fd: N}); the
// page's first entry is 0. A screen opened in the app pushes an entry; a
// screen closed in the app goes back in the history (history.go(-n)), as
// far as the app's own entries reach, so back then forward do not lead
// to a closed screen. When the browser moves (back, forward, a typed
// #/quiz), the app shows that route (game.Navigate).
type history struct {
	h js.Value
	// path is the routes of the history's entries up to the one on show
	// (entry i has fd i).
	path []string
	// going counts history.go calls whose popstate has not come yet;
	// those moves are the app's own.
	going int
	// layouts is the game's layout count when the path was last followed.
	layouts uint64

	mu     sync.Mutex
	events []popped
	onPop  js.Func
}

// popped is a popstate's entry: its fd, or -1 for an entry the app did
// not make (a fragment typed in the address bar).
type popped struct {
	index int
	hash  string
}

func newHistory() *history {
	h := &history{h: js.Global().Get("history")}
	h.onPop = js.FuncOf(func(_ js.Value, args []js.Value) any {
		p := popped{index: -1, hash: js.Global().Get("location").Get("hash").String()}
		if st := args[0].Get("state"); st.Type() == js.TypeObject && st.Get("fd").Type() == js.TypeNumber {
			p.index = st.Get("fd").Int()
		}
		h.mu.Lock()
		h.events = append(h.events, p)
		h.mu.Unlock()
		return nil
	})
	js.Global().Call("addEventListener", "popstate", h.onPop)
	return h
}

// state is the history state of entry i.
func state(i int) map[string]any { return map[string]any{"fd": i} }

// sync runs once a tick, after the game's: it applies the browser's
// moves to the game, then the game's screens to the history.
func (h *history) sync(g *game.Game) {
	h.mu.Lock()
	events := h.events
	h.events = nil
	h.mu.Unlock()
	for _, p := range events {
		if h.going > 0 {
			h.going-- // the end of a move the app asked for
			continue
		}
		h.moved(p)
		g.Navigate(hashRoute(p.hash))
	}
	// The stack changes only with a new layout.
	if n := g.Layouts(); h.going == 0 && (len(events) > 0 || n != h.layouts) {
		h.layouts = n
		h.follow(g.RoutePath())
	}
}

// moved records that the browser went to entry p (back, forward, or a
// fragment typed in, which is a new entry after the one on show).
func (h *history) moved(p popped) {
	route := hashRoute(p.hash)
	if p.index < 0 {
		p.index = len(h.path)
		h.h.Call("replaceState", state(p.index), "", "#/"+route)
	}
	for len(h.path) < p.index+1 {
		h.path = append(h.path, route) // forward past what this run knew
	}
	h.path = h.path[:p.index+1]
	h.path[p.index] = route
}

// follow brings the history to the game's path of routes: back to the
// routes both share when the app closed screens, forward with the ones
// it opened. The history always stands at its last entry (h.path's).
func (h *history) follow(path []string) {
	if len(path) == 0 {
		return
	}
	top := path[len(path)-1]
	if h.path == nil {
		// The page's entry is the screen it opened on.
		h.path = []string{top}
		h.h.Call("replaceState", state(0), "", "#/"+top)
		return
	}
	if h.path[len(h.path)-1] == top {
		return
	}
	shared := 0
	for shared < min(len(h.path), len(path)) && h.path[shared] == path[shared] {
		shared++
	}
	switch {
	case shared > 0 && shared < len(h.path):
		// Back to the last shared screen; what the app opened after it
		// is pushed once that move lands.
		back := len(h.path) - shared
		h.path = h.path[:shared]
		h.going++
		h.h.Call("go", -back)
	case shared == len(h.path):
		for _, r := range path[shared:] {
			h.path = append(h.path, r)
			h.h.Call("pushState", state(len(h.path)-1), "", "#/"+r)
		}
	default:
		// Nothing shared (the page opened deep in the app): the entry on
		// show becomes the screen.
		h.path[len(h.path)-1] = top
		h.h.Call("replaceState", state(len(h.path)-1), "", "#/"+top)
	}
}
