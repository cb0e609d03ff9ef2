package harness

import (
	"context"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// ExecPath returns the Chromium to drive: $FACTDECK_CHROMIUM, else Debian's
// /usr/bin/chromium, else chromium on PATH; "" when there is none.
func ExecPath() string {
	if p := os.Getenv("FACTDECK_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// allocatorOptions start Chromium headless with a fresh profile in
// profileDir. Besides chromedp's defaults (no first-run UI, no background
// networking, no sync ...): no sandbox (tests run as root in CI), no GPU
// (WebGL runs on SwiftShader), no component updates, and a host resolver
// that knows only 127.0.0.1, so nothing leaves the machine.
func allocatorOptions(execPath, profileDir string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.Flag("no-proxy-server", true),
		chromedp.WindowSize(1024, 720),
		chromedp.UserDataDir(profileDir),
	)
}

// Launch starts the browser and returns a context for it; each tab made
// from it with NewTab is isolated from the others. Cancel stops the browser.
func Launch(parent context.Context, execPath, profileDir string) (context.Context, context.CancelFunc, error) {
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, allocatorOptions(execPath, profileDir)...)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	cancel := func() {
		cancelBrowser()
		cancelAlloc()
	}
	// The first Do starts the browser, bound to browserCtx's lifetime.
	if err := chromedp.Do(browserCtx); err != nil {
		cancel()
		return nil, nil, err
	}
	return browserCtx, cancel, nil
}

// NewTab opens a tab in a browser context of its own: no cookies, storage,
// HTTP cache or service worker shared with other tabs, like a fresh
// profile, but without starting another browser.
func NewTab(browserCtx context.Context) (context.Context, context.CancelFunc) {
	return chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
}
