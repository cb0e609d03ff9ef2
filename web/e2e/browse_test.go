package e2e

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Browse on a wide screen and a phone: the list of cards, a card opened
// from it, suspended there, and found again under the suspended filter.
func TestBrowseSuspendACard(t *testing.T) {
	for _, vp := range bothViewports {
		t.Run(vp.name, func(t *testing.T) {
			a := newTab(t, serve(t, nil), vp.emulate)
			a.navigate("/#/deck")
			a.waitRunning()
			a.waitState(func(s appState) bool { return s.Scene == "deck" })
			a.screenshot("deck-buttons-" + vp.name)
			press := a.presser(vp)
			press("browse")
			st := a.waitState(func(s appState) bool { return s.Scene == "browse" && hasTarget(s, "row-0") })
			assert.Contains(t, st.Text, "420枚")
			assert.Equal(t, "#/browse", eval[string](a, `location.hash`))
			a.screenshot("browse-" + vp.name)
			press("row-0")
			a.waitState(func(s appState) bool { return s.Scene == "card" })
			press("suspend")
			a.waitState(func(s appState) bool {
				return s.Scene == "card" && hasTarget(s, "suspend") && strings.Contains(s.Text, "保留中")
			})
			a.screenshot("card-sheet-" + vp.name)
			press("close")
			a.waitState(func(s appState) bool { return s.Scene == "browse" })
			press("state-3")
			found := a.waitState(func(s appState) bool { return s.Scene == "browse" && strings.Contains(s.Text, "1枚") })
			assert.True(t, hasTarget(found, "row-0"))
			a.noConsoleErrors()
		})
	}
}
