package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// After the first visit, the service worker has the whole release: with
// the server gone and the network off, a reload still opens the app and a
// card can be studied.
func TestOfflineReload(t *testing.T) {
	a := newTab(t, serve(t, nil), nil)
	a.navigate("/#/deck")
	a.waitRunning()
	require.NoError(t, waitTrue(a, `document.documentElement.getAttribute("data-factdeck-sw") === "ready"`))
	wasm := eval[string](a, `document.querySelector('meta[name="factdeck-wasm"]').content`)
	cached, err := chromedp.Run(a.ctx, chromedp.Evaluate[bool](
		`caches.match("`+wasm+`").then(function (r) { return !!r; })`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	require.True(t, cached, "the service worker cached %s", wasm)

	a.srv.Close()
	// The server is gone; take the network away too, as a phone in a
	// tunnel would see it.
	_, err = chromedp.Call(a.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	})
	require.NoError(t, err)
	_, err = chromedp.Call(a.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
		Offline: true, DownloadThroughput: -1, UploadThroughput: -1,
	})
	require.NoError(t, err)
	assert.False(t, eval[bool](a, `navigator.onLine`), "the page sees itself offline")

	reloadStart := time.Now()
	require.NoError(t, chromedp.Do(a.ctx, chromedp.Reload()))
	a.waitRunning()
	t.Logf("offline reload to running: %s", time.Since(reloadStart).Round(time.Millisecond))
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.press("Enter")
	a.waitState(func(s appState) bool { return s.Scene == "study" })
	a.press("Space")
	a.waitState(func(s appState) bool { return s.Flipped })
	a.screenshot("offline-flipped")
}
