package e2e

import (
	"context"
	"fmt"
	"image"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"factdeck/web/harness"
)

// startTimeout bounds loading, compiling and starting the app; in headless
// Chromium with software WebGL it takes a few seconds.
const startTimeout = 45 * time.Second

// stepTimeout bounds the app's reaction to one key, click or tap. It is a
// bound on a stuck page, not a speed target: under a loaded machine's
// software WebGL a reaction has taken more than 5 s.
const stepTimeout = 15 * time.Second

// The desktop viewport, in CSS pixels.
const desktopW, desktopH = 1024, 720

// app is one tab with the app open.
type app struct {
	t      *testing.T
	ctx    context.Context
	srv    *harness.Server
	errors *consoleErrors
}

// newTab opens an isolated tab on a desktop-sized viewport (or the one
// emulate sets) that records console errors. It does not navigate.
func newTab(t *testing.T, srv *harness.Server, emulate chromedp.Action[chromedp.Void]) *app {
	t.Helper()
	if suite.skip != "" {
		t.Skip(suite.skip)
	}
	ctx, cancel := harness.NewTab(suite.browser)
	t.Cleanup(cancel)
	if emulate == nil {
		emulate = chromedp.EmulateViewport(desktopW, desktopH)
	}
	require.NoError(t, chromedp.Do(ctx, emulate, middayZone()))
	a := &app{t: t, ctx: ctx, srv: srv, errors: collectErrors(ctx)}
	// The browser of the app's audience speaks Japanese, whatever the
	// machine running the tests does; the app follows it by default.
	require.NoError(t, setBrowserLanguage(a, "ja-JP"))
	return a
}

// middayZone sets the tab's time zone to one where it is now about noon.
// A study day ends at 04:00 local time, so a card learnt just before then
// is due tomorrow and leaves today's counts; a test run at that hour in
// the machine's own zone would see counts change under it.
func middayZone() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: zoneAtNoon(time.Now())})
		return err
	})
}

// zoneAtNoon names a fixed-offset zone in which t falls between 11:30 and
// 12:30. Etc/GMT zones are named with the sign reversed: Etc/GMT-9 is
// nine hours ahead of UTC.
func zoneAtNoon(t time.Time) string {
	u := t.UTC()
	ahead := 12 - u.Hour()
	if u.Minute() >= 30 {
		ahead--
	}
	switch {
	case ahead > 0:
		return fmt.Sprintf("Etc/GMT-%d", ahead)
	case ahead < 0:
		return fmt.Sprintf("Etc/GMT+%d", -ahead)
	}
	return "Etc/UTC"
}

// serve starts a server for the release, with extra files, for this test.
func serve(t *testing.T, extra map[string][]byte) *harness.Server {
	t.Helper()
	if suite.skip != "" {
		t.Skip(suite.skip)
	}
	srv := harness.Serve(suite.dist, extra)
	t.Cleanup(srv.Close)
	return srv
}

// openApp serves the release, opens path (with query or fragment) and
// waits for the app to run.
func openApp(t *testing.T, path string) *app {
	t.Helper()
	a := newTab(t, serve(t, nil), nil)
	a.navigate(path)
	a.waitRunning()
	return a
}

func (a *app) navigate(path string) {
	a.t.Helper()
	require.NoError(a.t, chromedp.Do(a.ctx, chromedp.Navigate(a.srv.URL+path)))
}

func (a *app) waitRunning() {
	a.t.Helper()
	require.NoError(a.t, harness.WaitRunning(a.ctx, startTimeout))
}

// waitState returns window.factdeck once ok accepts it.
func (a *app) waitState(ok func(harness.State) bool) harness.State {
	a.t.Helper()
	st, err := harness.WaitState(a.ctx, stepTimeout, ok)
	require.NoError(a.t, err)
	return st
}

func (a *app) press(key string) {
	a.t.Helper()
	require.NoError(a.t, harness.Press(a.ctx, key))
}

// target waits for the screen to publish target id and returns it.
func (a *app) target(id string) harness.Target {
	a.t.Helper()
	st := a.waitState(func(s harness.State) bool {
		_, ok := s.Target(id)
		return ok
	})
	t, _ := st.Target(id)
	return t
}

// clickID clicks the middle of target id with the mouse.
func (a *app) clickID(id string) {
	a.t.Helper()
	x, y := a.target(id).Center()
	require.NoError(a.t, harness.Click(a.ctx, x, y))
}

// tapID touches the middle of target id.
func (a *app) tapID(id string) {
	a.t.Helper()
	x, y := a.target(id).Center()
	require.NoError(a.t, harness.Tap(a.ctx, x, y))
}

// screenshot saves the page as name.png among the artifacts.
func (a *app) screenshot(name string) image.Image {
	a.t.Helper()
	path, img, err := harness.Screenshot(a.ctx, suite.artifacts, name)
	require.NoError(a.t, err)
	a.t.Logf("screenshot: %s", path)
	return img
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](a *app, expr string) T {
	a.t.Helper()
	v, err := chromedp.Run(a.ctx, chromedp.Evaluate[T](expr))
	require.NoError(a.t, err, expr)
	return v
}

// noConsoleErrors fails the test if the page logged an error or threw.
func (a *app) noConsoleErrors() {
	a.t.Helper()
	// Messages arrive asynchronously: give the last ones a moment.
	time.Sleep(100 * time.Millisecond)
	if errs := a.errors.list(); len(errs) > 0 {
		a.t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// consoleErrors collects a tab's console errors and uncaught exceptions
// (CSP violations included: Chromium logs them as errors).
type consoleErrors struct {
	mu   sync.Mutex
	msgs []string
}

func collectErrors(ctx context.Context) *consoleErrors {
	c := &consoleErrors{}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				c.mu.Lock()
				c.msgs = append(c.msgs, m.String())
				c.mu.Unlock()
			}
		}
	}()
	return c
}

func (c *consoleErrors) list() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.msgs...)
}
