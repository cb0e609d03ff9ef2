package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// After a card is answered, the deck's statistics count it: by its
// button on the deck screen and by #/stats, on a wide screen and a phone.
func TestStatsAfterStudy(t *testing.T) {
	for _, vp := range bothViewports {
		t.Run(vp.name, func(t *testing.T) {
			a := newTab(t, serve(t, nil), vp.emulate)
			a.navigate("/#/study")
			a.waitRunning()
			a.studyCard(0)
			a.navigate("/#/deck")
			a.waitState(func(s appState) bool { return s.Scene == "deck" })
			press := a.presser(vp)
			press("stats")
			st := a.waitState(func(s appState) bool { return s.Scene == "stats" })
			assert.Contains(t, st.Text, "合計 1", "one answer counted: %s", st.Text)
			assert.Equal(t, "#/stats", eval[string](a, `location.hash`))
			a.screenshot("stats-" + vp.name)
			press("back")
			a.waitState(func(s appState) bool { return s.Scene == "deck" })
			a.noConsoleErrors()
		})
	}
}
