package main

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/chromedp/chromedp"

	"factdeck/web/harness"
)

// settle is how long the network must stay quiet after the service worker
// is ready before the transfer is counted as complete.
const settle = time.Second

// firstVisit opens the release once in a fresh browser context and counts
// what the server sends until the program has drawn and the service worker
// has cached the release (its fetches hit the HTTP cache that the page
// filled, so they add little).
func firstVisit(browser context.Context, dist string) (transfer, error) {
	srv := harness.Serve(dist, nil)
	defer srv.Close()
	tab, cancel := harness.NewTab(browser)
	defer cancel()
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1024, 720), chromedp.Navigate(srv.URL+"/")); err != nil {
		return transfer{}, err
	}
	if err := harness.WaitTrue(tab, `window.factdeckFirstFrame > 0 && document.documentElement.getAttribute("data-factdeck-sw") === "ready"`, time.Minute); err != nil {
		return transfer{}, err
	}
	sent := waitQuiet(srv)
	t := transfer{files: map[string]int64{}}
	for path, n := range sent {
		t.files[path] = n
		t.total += n
	}
	return t, nil
}

// waitQuiet returns the server's counts once they stop changing.
func waitQuiet(srv *harness.Server) map[string]int64 {
	last := sum(srv.Sent())
	for {
		time.Sleep(settle)
		sent := srv.Sent()
		if now := sum(sent); now == last {
			return sent
		} else {
			last = now
		}
	}
}

func sum(m map[string]int64) int64 {
	var n int64
	for _, v := range m {
		n += v
	}
	return n
}

// startups loads each program runs times from cold, taking turns so that
// any drift of the machine affects both alike.
func startups(browser context.Context, runs int, progs ...*program) error {
	servers := make([]*harness.Server, len(progs))
	for i, p := range progs {
		servers[i] = harness.Serve(p.dist, nil)
		defer servers[i].Close()
	}
	for range runs {
		for i, p := range progs {
			ms, marks, err := firstFrame(browser, servers[i].URL)
			if err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
			p.startup = append(p.startup, ms)
			for name, t := range marks {
				if p.marks == nil {
					p.marks = map[string][]float64{}
				}
				p.marks[name] = append(p.marks[name], t)
			}
		}
	}
	return nil
}

// firstFrame navigates a fresh browser context to url and returns the time
// from navigation start to the end of the program's first Draw, in ms
// (performance.now() counts from the navigation), with the moments on the
// way: when the program's download ended, and the app's own marks
// (cmd/factdeck: main, deck, fonts, game).
func firstFrame(browser context.Context, url string) (float64, map[string]float64, error) {
	tab, cancel := harness.NewTab(browser)
	defer cancel()
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1024, 720), chromedp.Navigate(url+"/")); err != nil {
		return 0, nil, err
	}
	if err := harness.WaitTrue(tab, `window.factdeckFirstFrame > 0`, time.Minute); err != nil {
		return 0, nil, err
	}
	ms, err := chromedp.Run(tab, chromedp.Evaluate[float64](`window.factdeckFirstFrame`))
	if err != nil {
		return 0, nil, err
	}
	marks, err := chromedp.Run(tab, chromedp.Evaluate[map[string]float64](`(function () {
		var out = {};
		performance.getEntriesByType("mark").forEach(function (m) { out[m.name] = m.startTime; });
		performance.getEntriesByType("resource").forEach(function (r) {
			if (/\.wasm$/.test(r.name)) { out["wasm downloaded"] = r.responseEnd; }
		});
		return out;
	})()`))
	return ms, marks, err
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
