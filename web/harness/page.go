package harness

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// State is what the app publishes as window.factdeck (see
// cmd/factdeck/bridge_js.go): the game's scene.Status and the fallback
// font's progress.
type State struct {
	Scene        string `json:"scene"`
	Card         string `json:"card"`
	Flipped      bool   `json:"flipped"`
	Reviewed     int    `json:"reviewed"`
	Remaining    int    `json:"remaining"`
	Text         string `json:"text"`
	Score        int    `json:"score"`
	Total        int    `json:"total"`
	FallbackFont string `json:"fallbackFont"`
	// Targets are the screen's interactive elements, in CSS pixels.
	Targets []Target `json:"targets"`
	// Keyboard is whether the app shows key hints.
	Keyboard bool `json:"keyboard"`
	// Moving is whether the screen is in motion (a card turning).
	Moving bool `json:"moving"`
	// Sounds counts the sound cues played since the app started.
	Sounds int `json:"sounds"`
	// Lang is the language the app speaks, "ja" or "en".
	Lang string `json:"lang"`
	// Decks are the home screen's decks with today's counts.
	Decks []Deck `json:"decks"`
	// Picked are the Teacher screen's quiz's card ids, in order.
	Picked []string `json:"picked"`
}

// Deck is a deck of the home screen (scene.DeckRow).
type Deck struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Cards    int    `json:"cards"`
	New      int    `json:"new"`
	Learning int    `json:"learning"`
	Due      int    `json:"due"`
	Builtin  bool   `json:"builtin"`
}

// Target is an interactive element of the screen (scene.Target).
type Target struct {
	ID string  `json:"id"`
	X  float64 `json:"x"`
	Y  float64 `json:"y"`
	W  float64 `json:"w"`
	H  float64 `json:"h"`
}

// Target returns the target with the given id.
func (s State) Target(id string) (Target, bool) {
	for _, t := range s.Targets {
		if t.ID == id {
			return t, true
		}
	}
	return Target{}, false
}

// Center is the middle of t.
func (t Target) Center() (x, y float64) { return t.X + t.W/2, t.Y + t.H/2 }

// ReadState returns window.factdeck.
func ReadState(ctx context.Context) (State, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[State](`window.factdeck || {}`))
}

// WaitTrue polls the JavaScript expression until it is true, for up to
// timeout.
func WaitTrue(ctx context.Context, expr string, timeout time.Duration) error {
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	_, err := chromedp.Run(tctx, chromedp.Poll[bool](expr,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	if err != nil {
		return fmt.Errorf("waiting %s for %s: %w", timeout, expr, err)
	}
	return nil
}

// WaitState polls window.factdeck until ok accepts it, for up to timeout,
// and returns the accepted state (or the last one seen, with an error).
func WaitState(ctx context.Context, timeout time.Duration, ok func(State) bool) (State, error) {
	deadline := time.Now().Add(timeout)
	for {
		st, err := ReadState(ctx)
		if err == nil && ok(st) {
			return st, nil
		}
		if time.Now().After(deadline) {
			return st, fmt.Errorf("state not reached in %s; last: %+v (err %v)", timeout, st, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// WaitRunning waits for the loader to report the app running and the app
// to publish its first state. It gives up at once if the page shows an
// error instead, and says which.
func WaitRunning(ctx context.Context, timeout time.Duration) error {
	const settled = `(function () {
		var s = document.documentElement.getAttribute("data-factdeck-state");
		if (s === "running" && window.factdeck) { return "running"; }
		if (s === "error" || s === "unsupported" || s === "exited") {
			var e = document.getElementById("fd-error-text"), d = document.getElementById("fd-error-detail");
			return s + ": " + (e ? e.textContent : "") + " " + (d ? d.textContent : "");
		}
		return "";
	})()`
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	got, err := chromedp.Run(tctx, chromedp.Poll[string](settled,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	switch {
	case err != nil:
		return fmt.Errorf("waiting %s for the app to run: %w", timeout, err)
	case got != "running":
		return fmt.Errorf("the app did not start: %s", got)
	}
	return nil
}
