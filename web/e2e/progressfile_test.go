package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/web/harness"
)

// A student moves their progress to another browser: E on the deck screen
// downloads it as a file, and I in a fresh browser (an empty profile)
// opens the file chooser, whose file becomes that browser's saved
// progress.
func TestProgressFileMovesToAnotherBrowser(t *testing.T) {
	first := openApp(t, "/#/deck")
	first.waitState(func(s appState) bool { return s.Scene == "deck" })
	first.press("Enter")
	studied := first.waitState(func(s appState) bool { return s.Scene == "study" }).Card
	first.studyCard(0)
	first.press("Escape")
	first.waitState(func(s appState) bool { return s.Scene == "deck" })

	downloads := allowDownloads(first)
	first.press("e")
	st := first.waitState(func(s appState) bool { return strings.Contains(s.Text, "書き出しました") })
	file := waitDownload(t, downloads)
	assert.Contains(t, st.Text, filepath.Base(file), "the deck screen names the file")
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"card":"`+studied+`"`)
	first.screenshot("progress-exported")
	// The student leaves the first browser: closing its tab also frees
	// the progress lock its page holds, which a browser may keep across
	// profiles for the same address.
	first.noConsoleErrors()
	require.NoError(t, chromedp.Cancel(first.ctx))

	second := openApp(t, "/#/deck")
	second.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.NotContains(t, second.savedProgress(), studied, "a fresh profile")
	pressAndChoose(t, second, "i", file)
	st = second.waitState(func(s appState) bool { return strings.Contains(s.Text, "読み込みました") })
	assert.True(t, strings.HasPrefix(st.Text, "進み具合をファイルから読み込みました（回答 1 件）"), st.Text)
	assert.Contains(t, second.savedProgress(), studied, "the import is saved at once")
	second.screenshot("progress-imported")

	// The same file again, now damaged: refused by name, nothing changes.
	saved := second.savedProgress()
	bad := filepath.Join(t.TempDir(), "broken.json")
	require.NoError(t, os.WriteFile(bad, data[:len(data)/2], 0o644))
	pressAndChoose(t, second, "i", bad)
	st = second.waitState(func(s appState) bool { return strings.Contains(s.Text, "読み込めませんでした") })
	assert.Contains(t, st.Text, "broken.json")
	assert.Equal(t, saved, second.savedProgress())
	second.noConsoleErrors()
}

// pressAndChoose presses key and answers the file chooser it opens with
// path, as a student picking that file would.
func pressAndChoose(t *testing.T, a *app, key, path string) {
	t.Helper()
	_, err := chromedp.Call(a.ctx, page.SetInterceptFileChooserDialog, page.SetInterceptFileChooserDialogParams{Enabled: true})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(a.ctx, stepTimeout)
	defer cancel()
	press := chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error { return harness.Press(ctx, key) })
	opened, err := chromedp.Run(ctx, chromedp.WaitEvent(page.FileChooserOpened, nil, press))
	require.NoError(t, err, "the file chooser opens")
	_, err = chromedp.Call(a.ctx, dom.SetFileInputFiles, dom.SetFileInputFilesParams{Files: []string{path}, BackendNodeID: opened.BackendNodeID})
	require.NoError(t, err)
}

// waitDownload waits for the one finished download in dir.
func waitDownload(t *testing.T, dir string) string {
	t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		names, err := filepath.Glob(filepath.Join(dir, "factdeck-progress-*.json"))
		require.NoError(t, err)
		if len(names) == 1 {
			return names[0]
		}
		time.Sleep(50 * time.Millisecond)
	}
	require.FailNow(t, "no download", "nothing in %s after %s", dir, stepTimeout)
	return ""
}
