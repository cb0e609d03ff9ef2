package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/web/harness"
)

// A numeric question asks the phone for its number keypad; leaving it
// with an answer typed asks first and "stay" keeps the quiz; the result
// retries the missed question as a quiz of its own.
func TestQuizKeypadLeaveAndRetry(t *testing.T) {
	d := teacherDeck(t, "数字の小テスト", "")
	d.Cards = []deck.Card{{ID: "q-num", Fact: "f1", Type: deck.TypeNumeric,
		Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951", Unit: "年"}}
	require.NoError(t, d.Validate())
	a := openApp(t, link(t, d))
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("quiz")
	a.waitState(func(s appState) bool { return s.Scene == "quiz" && s.Card == "q-num" })
	require.NoError(t, waitTrue(a, `(() => { const b = document.getElementById("ebitengine-textinput"); return !!b && b.getAttribute("inputmode") === "numeric"; })()`),
		"the page's text box asks for the number keypad")

	require.NoError(t, harness.Type(a.ctx, "1"))
	require.NoError(t, waitTrue(a, `document.activeElement && document.activeElement.tagName === "TEXTAREA"`))
	_, err := chromedp.Run(a.ctx, chromedp.KeyEvent("900"))
	require.NoError(t, err)
	a.waitState(func(s appState) bool { return s.Scene == "quiz" && strings.Contains(s.Text, "1900") })
	a.clickID("back")
	ask := a.waitState(func(s appState) bool { return s.Scene == "quiz-leave" })
	a.screenshot("quiz-leave")
	var ids []string
	for _, tg := range ask.Targets {
		ids = append(ids, tg.ID)
		assert.GreaterOrEqual(t, tg.H, 44.0, tg.ID)
	}
	assert.ElementsMatch(t, []string{"stay", "leave"}, ids)
	a.clickID("stay")
	a.waitState(func(s appState) bool { return s.Scene == "quiz" })
	a.press("Enter")
	a.waitState(func(s appState) bool { return s.Scene == "quiz-feedback" && s.Score == 0 })
	a.press("Enter")
	a.waitState(func(s appState) bool { return s.Scene == "quiz-result" })
	a.screenshot("quiz-result")
	a.clickID("retry")
	retry := a.waitState(func(s appState) bool { return s.Scene == "quiz" && s.Card == "q-num" && s.Reviewed == 0 })
	assert.Equal(t, 1, retry.Total, "the retry asks just the missed question")
	a.noConsoleErrors()
}
