package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Progress survives a reload: cards studied before it are not due again
// after it (localStorage, through cards/store), and today's session is
// shorter by as many cards.
func TestProgressSurvivesReload(t *testing.T) {
	a := openApp(t, "/#/deck")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.press("Enter")
	first := a.waitState(func(s appState) bool { return s.Scene == "study" })
	studied := map[string]bool{}
	for i := 1; i <= 3; i++ {
		st := a.waitState(func(s appState) bool { return s.Scene == "study" && !s.Flipped && s.Reviewed == i-1 })
		studied[st.Card] = true
		a.press("Space")
		a.waitState(func(s appState) bool { return s.Flipped })
		a.press("4") // Easy: not due again for days
		a.waitState(func(s appState) bool { return s.Reviewed == i })
	}
	assert.Positive(t, eval[int](a, `localStorage.length`), "progress went to localStorage")

	require.NoError(t, chromedp.Do(a.ctx, chromedp.Reload()))
	a.waitRunning()
	// The address followed the student to #/study, which the reload opens.
	assert.Equal(t, "#/study", eval[string](a, `location.hash`))
	again := a.waitState(func(s appState) bool { return s.Scene == "study" })
	assert.Equal(t, first.Remaining-3, again.Remaining, "today's session lost the three cards studied")
	assert.False(t, studied[again.Card], "card %s was studied before the reload", again.Card)
	a.screenshot("progress-after-reload")
	a.noConsoleErrors()
}
