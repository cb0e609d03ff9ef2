package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// studyCard answers the card on show with Good and waits for the count.
func (a *app) studyCard(reviewed int) {
	a.t.Helper()
	a.waitState(func(s appState) bool { return s.Scene == "study" && !s.Flipped && s.Reviewed == reviewed })
	a.press("Space")
	a.waitState(func(s appState) bool { return s.Flipped })
	a.press("3")
	a.waitState(func(s appState) bool { return s.Reviewed == reviewed+1 })
}

// savedProgress is what the origin's localStorage holds.
func (a *app) savedProgress() string {
	a.t.Helper()
	return eval[string](a, `JSON.stringify(Object.entries(localStorage).sort())`)
}

// A second tab of the app says that it saves nothing and leaves the saved
// progress alone: two tabs saving would each overwrite the other's
// answers. The first tab goes on saving.
func TestSecondTabSavesNothing(t *testing.T) {
	first := openApp(t, "/#/deck")
	first.waitState(func(s appState) bool { return s.Scene == "deck" })
	first.press("Enter")
	first.studyCard(0)
	saved := first.savedProgress()

	ctx, cancel := chromedp.NewContext(first.ctx) // a tab beside it, same profile
	t.Cleanup(cancel)
	second := &app{t: t, ctx: ctx, srv: first.srv, errors: collectErrors(ctx)}
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(desktopW, desktopH), middayZone()))
	require.NoError(t, setBrowserLanguage(second, "ja-JP")) // as openApp's tabs
	second.navigate("/#/deck")
	second.waitRunning()
	st := second.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.True(t, strings.HasPrefix(st.Text, "factdeck は別のタブでも開かれています"), "the notice comes first: %q", st.Text)
	second.screenshot("second-tab")

	second.press("Enter")
	second.studyCard(0)
	assert.Equal(t, saved, second.savedProgress(), "the second tab wrote nothing")
	second.noConsoleErrors()

	first.studyCard(1)
	assert.NotEqual(t, saved, first.savedProgress(), "the first tab still saves")
	first.noConsoleErrors()
}
