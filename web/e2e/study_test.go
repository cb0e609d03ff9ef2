package e2e

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKeyboardStudy(t *testing.T) {
	a := openApp(t, "/#/deck")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })

	a.press("Enter")
	first := a.waitState(func(s appState) bool { return s.Scene == "study" })
	assert.NotEmpty(t, first.Card)
	assert.False(t, first.Flipped)
	assert.Positive(t, first.Remaining)

	a.press("Space")
	flipped := a.waitState(func(s appState) bool { return s.Flipped && !s.Moving })
	assert.Equal(t, first.Card, flipped.Card, "flipping keeps the card")
	assert.Equal(t, first.Sounds+1, flipped.Sounds, "a flip sounds")
	assert.Contains(t, flipped.Text, "答え", "the back shows the answer")
	assert.Equal(t, flipped.Text, eval[string](a, `document.getElementById("fd-live").textContent`))
	a.screenshot("keyboard-flipped")

	a.press("3") // Good
	next := a.waitState(func(s appState) bool { return s.Reviewed == 1 })
	assert.NotEqual(t, first.Card, next.Card, "grading moves to the next card")
	assert.False(t, next.Flipped)

	a.press("Space")
	a.waitState(func(s appState) bool { return s.Flipped })
	a.press("1") // Again: the card comes back later
	again := a.waitState(func(s appState) bool { return s.Reviewed == 2 })
	assert.NotEqual(t, next.Card, again.Card)
	assert.GreaterOrEqual(t, again.Remaining, 1, "a card graded Again stays in the queue")

	a.press("Escape")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.noConsoleErrors()
}

func TestMouseStudy(t *testing.T) {
	a := openApp(t, "/#/deck")
	deckState := a.waitState(func(s appState) bool { return s.Scene == "deck" })
	assert.True(t, deckState.Keyboard, "a desktop browser with a mouse shows key hints")

	a.clickID("study")
	first := a.waitState(func(s appState) bool { return s.Scene == "study" })

	a.clickID("card")
	a.waitState(func(s appState) bool { return s.Flipped })
	a.waitState(func(s appState) bool { return !s.Moving }) // the card has turned
	a.screenshot("mouse-flipped")

	a.clickID("grade-3")
	next := a.waitState(func(s appState) bool { return s.Reviewed == 1 })
	assert.NotEqual(t, first.Card, next.Card)
	assert.False(t, next.Flipped)
	a.noConsoleErrors()
}

// The study screen's own back and undo buttons: undo takes the answer
// back and shows its card again, front up; back returns to the deck.
func TestStudyUndoAndBackButtons(t *testing.T) {
	a := openApp(t, "/#/deck")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.clickID("study")
	first := a.waitState(func(s appState) bool { return s.Scene == "study" })
	a.clickID("card")
	a.waitState(func(s appState) bool { return s.Flipped })
	a.clickID("grade-3")
	a.waitState(func(s appState) bool { return s.Reviewed == 1 })

	a.clickID("undo")
	back := a.waitState(func(s appState) bool { return s.Reviewed == 0 })
	assert.Equal(t, first.Card, back.Card, "the card answered is on show again")
	assert.False(t, back.Flipped)

	a.clickID("back")
	a.waitState(func(s appState) bool { return s.Scene == "deck" })
	a.noConsoleErrors()
}
