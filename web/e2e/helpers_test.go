package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/web/harness"
)

// appState is what the app publishes as window.factdeck.
type appState = harness.State

// addScriptOnLoad runs script in every document the tab loads from now
// on, before the page's own scripts.
func addScriptOnLoad(a *app, script string) error {
	_, err := chromedp.Call(a.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
	return err
}

// setBrowserLanguage makes navigator.language tag in every document the
// tab loads from now on (the last call wins).
func setBrowserLanguage(a *app, tag string) error {
	return addScriptOnLoad(a, fmt.Sprintf(`Object.defineProperty(navigator, "language", {get: function () { return %q; }, configurable: true});`, tag))
}

func waitTrue(a *app, expr string) error {
	return harness.WaitTrue(a.ctx, expr, startTimeout)
}

// gzipBase64URL packs data as a deck link does, whatever data is.
func gzipBase64URL(t *testing.T, data []byte) string {
	t.Helper()
	payload, err := deck.PackLink(data)
	require.NoError(t, err)
	return payload
}

// allowDownloads lets a's page download files, into a new temporary
// directory that it returns.
func allowDownloads(a *app) string {
	a.t.Helper()
	dir := a.t.TempDir()
	_, err := chromedp.Call(a.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllow,
		BrowserContextID: chromedp.FromContext(a.ctx).BrowserContextID,
		DownloadPath:     dir,
	})
	require.NoError(a.t, err)
	return dir
}

// builtinCards is the number of cards in the built-in deck, which screens
// that count the deck's cards show.
func builtinCards(t *testing.T) int {
	t.Helper()
	data, err := os.ReadFile("../../assets/decks/corpus.json")
	require.NoError(t, err)
	var d struct {
		Cards []json.RawMessage `json:"cards"`
	}
	require.NoError(t, json.Unmarshal(data, &d))
	return len(d.Cards)
}
