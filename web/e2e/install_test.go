package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Chromium itself judges the page installable: its manifest parses with
// no error, and once the service worker is ready the browser lists no
// reason the app could not be installed. The tab is in the browser's own
// profile, as the other tests' isolated contexts count as incognito, where
// nothing installs; the test's server has an origin of its own.
func TestInstallable(t *testing.T) {
	srv := serve(t, nil)
	ctx, cancel := chromedp.NewContext(suite.browser)
	t.Cleanup(cancel)
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(desktopW, desktopH), middayZone()))
	a := &app{t: t, ctx: ctx, srv: srv, errors: collectErrors(ctx)}
	a.navigate("/")
	a.waitRunning()
	require.NoError(t, waitTrue(a, `document.documentElement.getAttribute("data-factdeck-sw") === "ready"`))

	manifest, err := chromedp.Call(a.ctx, page.GetAppManifest, page.GetAppManifestParams{})
	require.NoError(t, err)
	assert.NotEmpty(t, manifest.URL, "the page links a manifest")
	for _, e := range manifest.Errors {
		t.Errorf("manifest %s, line %d: %s", manifest.URL, e.Line, e.Message)
	}

	check, err := chromedp.Call(a.ctx, page.GetInstallabilityErrors, cdp.Empty{})
	require.NoError(t, err)
	for _, e := range check.InstallabilityErrors {
		args := map[string]string{}
		for _, arg := range e.ErrorArguments {
			args[arg.Name] = arg.Value
		}
		t.Errorf("not installable: %s %v", e.ErrorID, args)
	}
	a.noConsoleErrors()
}
