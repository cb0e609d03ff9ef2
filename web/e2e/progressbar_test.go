package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// On a slow line the loading screen's bar climbs as the program arrives
// (a stream read against the size the page names), then the app runs.
func TestProgressBarWhileDownloading(t *testing.T) {
	a := newTab(t, serve(t, nil), nil)
	// About 1 MB/s: the compressed program takes a few seconds.
	_, err := chromedp.Call(a.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{DownloadThroughput: 1 << 20, UploadThroughput: -1, Latency: 20}},
	})
	require.NoError(t, err)
	a.navigate("/")

	seen := map[int]bool{}
	last := -1
	deadline := time.Now().Add(startTimeout)
	for time.Now().Before(deadline) {
		v := eval[int](a, `(function () {
			var bar = document.getElementById("fd-bar");
			var v = bar ? bar.getAttribute("aria-valuenow") : null;
			return v === null ? -1 : parseInt(v, 10);
		})()`)
		if v >= 0 {
			assert.GreaterOrEqual(t, v, last, "the bar never goes back")
			last = v
			seen[v] = true
		}
		if v == 100 || eval[string](a, `document.documentElement.getAttribute("data-factdeck-state")`) == "running" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	between := 0
	for v := range seen {
		if v > 0 && v < 100 {
			between++
		}
	}
	t.Logf("progress values seen: %d between 0 and 100", between)
	assert.GreaterOrEqual(t, between, 3, "the bar moved while downloading")
	status := eval[string](a, `(document.getElementById("fd-status") || {}).textContent || ""`)
	t.Logf("status: %s", status)
	a.waitRunning()
	a.noConsoleErrors()
}
