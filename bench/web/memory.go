package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"

	"factdeck/web/harness"
)

// memory is the app's footprint after a study session.
type memory struct {
	reviewed        int
	wasmBytes       int64
	jsHeapUsedBytes int64
}

// memoryAfterStudy opens the deck from the home screen and studies cards
// cards by keyboard: Space to flip, then
// Good and Again in turn, so the queue never runs dry (Again puts the
// card back), and reads the program's WebAssembly memory.
func memoryAfterStudy(browser context.Context, dist string, cards int) (memory, error) {
	srv := harness.Serve(dist, nil)
	defer srv.Close()
	tab, cancel := harness.NewTab(browser)
	defer cancel()
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1024, 720), chromedp.Navigate(srv.URL+"/")); err != nil {
		return memory{}, err
	}
	if err := harness.WaitRunning(tab, time.Minute); err != nil {
		return memory{}, err
	}
	// The app opens on the home screen: Enter opens the deck, and Enter
	// again starts studying it.
	if err := step(tab, "Enter", func(s harness.State) bool { return s.Scene == "deck" }); err != nil {
		return memory{}, fmt.Errorf("opening the deck: %w", err)
	}
	if err := step(tab, "Enter", func(s harness.State) bool { return s.Scene == "study" }); err != nil {
		return memory{}, fmt.Errorf("starting to study: %w", err)
	}
	for i := 1; i <= cards; i++ {
		if err := step(tab, "Space", func(s harness.State) bool { return s.Flipped }); err != nil {
			return memory{}, fmt.Errorf("card %d: %w", i, err)
		}
		grade := "3"
		if i%2 == 0 {
			grade = "1"
		}
		if err := step(tab, grade, func(s harness.State) bool { return s.Reviewed == i }); err != nil {
			return memory{}, fmt.Errorf("card %d: %w", i, err)
		}
	}
	st, err := harness.ReadState(tab)
	if err != nil {
		return memory{}, err
	}
	m := memory{reviewed: st.Reviewed}
	if m.wasmBytes, err = chromedp.Run(tab, chromedp.Evaluate[int64](`window.factdeckWasmMemory()`)); err != nil {
		return memory{}, err
	}
	m.jsHeapUsedBytes, err = jsHeapUsed(tab)
	return m, err
}

// step presses key and waits for the state ok accepts.
func step(tab context.Context, key string, ok func(harness.State) bool) error {
	if err := harness.Press(tab, key); err != nil {
		return err
	}
	_, err := harness.WaitState(tab, 5*time.Second, ok)
	return err
}

// jsHeapUsed reads the page's JavaScript heap from the Performance domain.
func jsHeapUsed(tab context.Context) (int64, error) {
	if _, err := chromedp.Call(tab, performance.Enable, performance.EnableParams{}); err != nil {
		return 0, err
	}
	res, err := chromedp.Call(tab, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return 0, err
	}
	for _, m := range res.Metrics {
		if m.Name == "JSHeapUsedSize" {
			return int64(m.Value), nil
		}
	}
	return 0, fmt.Errorf("no JSHeapUsedSize metric")
}
