package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/web/harness"
)

// quizDeck has only questions answered by picking an option, so the test
// knows each right answer without typing.
func quizDeck(t *testing.T) *deck.Deck {
	t.Helper()
	d := teacherDeck(t, "選択式の小テスト", "")
	d.Cards = []deck.Card{
		{ID: "q-mcq", Fact: "f1", Type: deck.TypeMCQ, Prompt: "日米安保条約が締結されたのはいつか。",
			Answer: "1951年", Choices: []string{"1945年", "1951年", "1960年", "1972年"}},
		{ID: "q-tf", Fact: "f2", Type: deck.TypeTrueFalse, Prompt: "首相は2025年2月にワシントンを訪れた。", Answer: "true"},
		{ID: "q-mcq2", Fact: "f2", Type: deck.TypeMCQ, Prompt: "首相がワシントンを訪れたのは2025年の何月か。",
			Answer: "2月", Choices: []string{"1月", "2月", "3月", "4月"}},
	}
	require.NoError(t, d.Validate())
	return d
}

// A quiz answer is scored: a right answer raises the published score, a
// wrong one does not, and the result names the score.
func TestQuizAnswerIsScored(t *testing.T) {
	d := quizDeck(t)
	a := openApp(t, link(t, d))
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("quiz")
	st := a.waitState(func(s appState) bool { return s.Scene == "quiz" })
	require.GreaterOrEqual(t, st.Total, 2, "a quiz of the small deck asks at least two questions")

	for i := range st.Total {
		q := a.waitState(func(s appState) bool { return s.Scene == "quiz" && s.Reviewed == i })
		right, wrong := optionKeys(t, d, q)
		answerRight := i != 1 // the second question is answered wrongly
		key := right
		if !answerRight {
			key = wrong
		}
		a.press(key)
		fb := a.waitState(func(s appState) bool { return s.Scene == "quiz-feedback" })
		assert.Equal(t, q.Card, fb.Card)
		if answerRight {
			assert.Equal(t, q.Score+1, fb.Score, "question %d answered right", i+1)
		} else {
			assert.Equal(t, q.Score, fb.Score, "question %d answered wrongly", i+1)
			a.screenshot("quiz-feedback-wrong")
		}
		a.press("Enter")
	}
	result := a.waitState(func(s appState) bool { return s.Scene == "quiz-result" })
	assert.Equal(t, st.Total-1, result.Score)
	assert.Contains(t, result.Text, fmt.Sprintf("%d / %d", st.Total-1, st.Total))
	a.noConsoleErrors()
}

// optionKeys reads the numbered options of the question on screen (its
// published text has one "N. option" line each) and returns the keys of
// the right option and of a wrong one.
func optionKeys(t *testing.T, d *deck.Deck, st appState) (right, wrong string) {
	t.Helper()
	var card deck.Card
	for _, c := range d.Cards {
		if c.ID == st.Card {
			card = c
		}
	}
	require.NotEmpty(t, card.ID, "question %q is not in the deck", st.Card)
	want := card.Answer
	if card.Type == deck.TypeTrueFalse {
		want = map[string]string{"true": "正しい", "false": "誤り"}[card.Answer]
	}
	for _, line := range strings.Split(st.Text, "\n") {
		key, option, ok := strings.Cut(line, ". ")
		if !ok || len(key) != 1 || key[0] < '1' || key[0] > '9' {
			continue
		}
		if option == want {
			right = key
		} else if wrong == "" {
			wrong = key
		}
	}
	require.NotEmpty(t, right, "no option %q in %q", want, st.Text)
	require.NotEmpty(t, wrong)
	return right, wrong
}

// A typed answer goes through Ebitengine's text input (a hidden textarea
// in the page, where the browser's input method works) and Enter submits
// it: the published score counts it right.
func TestQuizTypedAnswer(t *testing.T) {
	d := teacherDeck(t, "記述式の小テスト", "")
	d.Cards = []deck.Card{{ID: "q-cloze", Fact: "f1", Type: deck.TypeCloze,
		Prompt: "日米安保条約は" + deck.Blank + "に締結された。", Answer: "1951年"}}
	require.NoError(t, d.Validate())
	a := openApp(t, link(t, d))
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("quiz")
	a.waitState(func(s appState) bool { return s.Scene == "quiz" && s.Card == "q-cloze" })
	// The first key reaches the canvas (the page's text box takes the
	// keyboard at its release); the app keeps it. The rest go to the text
	// box, as they do when a person types.
	require.NoError(t, harness.Type(a.ctx, "1"))
	require.NoError(t, waitTrue(a, `document.activeElement && document.activeElement.tagName === "TEXTAREA"`))
	_, err := chromedp.Run(a.ctx, chromedp.KeyEvent("951年"))
	require.NoError(t, err)
	// Enter while 年 is still being composed only commits it (as an IME
	// does): on a busy machine the text arrives a moment later, so the
	// answer is waited for before it is submitted.
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, "あなたの答え: 1951年") })
	a.press("Enter")
	fb := a.waitState(func(s appState) bool { return s.Scene == "quiz-feedback" })
	assert.Equal(t, 1, fb.Score, "the typed answer was right: %s", fb.Text)
	a.noConsoleErrors()
}

// After a wrong typed answer, R declares it right: the published score
// counts it and the feedback says it was changed. A conflicting source's
// answer is accepted in the browser as on the desktop.
func TestQuizIWasRight(t *testing.T) {
	d := teacherDeck(t, "記述式の小テスト", "")
	d.Cards = []deck.Card{
		{ID: "q-typo", Fact: "f1", Type: deck.TypeCloze, Prompt: "日米安保条約は" + deck.Blank + "に締結された。", Answer: "1951年"},
		{ID: "q-other", Fact: "f2", Type: deck.TypeBasic, Prompt: "首相がワシントンを訪れたのはいつか。", Answer: "2025年2月",
			Accept: []string{"2025年3月"}, Note: "出典によって異なる：授業プリント（2025-04-01）は2025年2月とする。"},
	}
	require.NoError(t, d.Validate())
	a := openApp(t, link(t, d))
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("quiz")
	q := a.waitState(func(s appState) bool { return s.Scene == "quiz" })
	typeAnswer := func(text string) {
		// The first key reaches the canvas and focuses the text box; the
		// rest go to the box (see TestQuizTypedAnswer).
		first, rest := text[:1], text[1:]
		require.NoError(t, harness.Type(a.ctx, first))
		require.NoError(t, waitTrue(a, `document.activeElement && document.activeElement.tagName === "TEXTAREA"`))
		_, err := chromedp.Run(a.ctx, chromedp.KeyEvent(rest))
		require.NoError(t, err)
		// Enter only once the app has the whole answer: a key event can
		// land after the Enter that follows it.
		a.waitState(func(s appState) bool { return strings.HasSuffix(s.Text, "あなたの答え: "+text) })
		a.press("Enter")
	}
	answers := map[string]string{"q-typo": "1915年", "q-other": "2025年3月"}
	for i := 0; i < 2; i++ {
		typeAnswer(answers[q.Card])
		fb := a.waitState(func(s appState) bool { return s.Scene == "quiz-feedback" })
		if q.Card == "q-typo" {
			require.Equal(t, q.Score, fb.Score, "1915年 is wrong: %s", fb.Text)
			a.press("r")
			fb = a.waitState(func(s appState) bool { return s.Scene == "quiz-feedback" && s.Score == q.Score+1 })
			assert.Contains(t, fb.Text, "正解に変更しました")
		} else {
			assert.Equal(t, q.Score+1, fb.Score, "the other source's answer counts: %s", fb.Text)
			assert.Contains(t, fb.Text, "出典によって異なる")
			a.screenshot("quiz-feedback-accepted")
		}
		a.press("Enter")
		if i == 0 {
			q = a.waitState(func(s appState) bool { return s.Scene == "quiz" && s.Reviewed == 1 })
		}
	}
	result := a.waitState(func(s appState) bool { return s.Scene == "quiz-result" })
	assert.Equal(t, 2, result.Score)
	a.noConsoleErrors()
}

// Keys typed faster than the app draws are all kept: the page's text box
// has no taker between one committed key and the app's next tick, and the
// keys typed then used to vanish (a busy tab typed "202月" for "2025年3月").
func TestQuizFastTypingKeepsEveryKey(t *testing.T) {
	const answer = "2025年3月にワシントンで開かれた日米首脳会談"
	d := teacherDeck(t, "記述式の小テスト", "")
	d.Cards = []deck.Card{{ID: "q-long", Fact: "f1", Type: deck.TypeBasic,
		Prompt: "首相が大統領と初めて会ったのはどの会談か。", Answer: answer}}
	require.NoError(t, d.Validate())
	a := openApp(t, link(t, d))
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("quiz")
	a.waitState(func(s appState) bool { return s.Scene == "quiz" && s.Card == "q-long" })
	first, rest := answer[:1], answer[1:]
	require.NoError(t, harness.Type(a.ctx, first))
	require.NoError(t, waitTrue(a, `document.activeElement && document.activeElement.tagName === "TEXTAREA"`))
	// All the keys in one go, with no wait for a frame between them.
	_, err := chromedp.Run(a.ctx, chromedp.KeyEvent(rest))
	require.NoError(t, err)
	a.waitState(func(s appState) bool { return strings.HasSuffix(s.Text, "あなたの答え: "+answer) })
	a.press("Enter")
	fb := a.waitState(func(s appState) bool { return s.Scene == "quiz-feedback" })
	assert.Equal(t, 1, fb.Score, "the typed answer was right: %s", fb.Text)
	a.noConsoleErrors()
}
