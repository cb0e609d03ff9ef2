// Package input turns keys, clicks and taps into the actions the scenes
// understand, once per tick, so scenes are tested by feeding actions rather
// than by faking Ebitengine.
package input

// Kind is what the person asked for.
type Kind int

// Action kinds.
const (
	// Flip shows the back of a card (Space).
	Flip Kind = iota + 1
	// Confirm starts, flips or continues, whatever the screen's main step is (Enter).
	Confirm
	// Grade is a digit key: it grades a flipped card (Action.Grade holds
	// 1-4) or picks choice n in a quiz.
	Grade
	// Back leaves the current screen (Escape). Backspace is not Back: it
	// deletes in a quiz's answer box.
	Back
	// Tap is a click or a touch released at Action.X, Action.Y (screen pixels).
	Tap
	// Undo takes back the last grade (U).
	Undo
	// Quiz starts a quiz from the deck screen (Q).
	Quiz
	// Export saves the progress as a file, from the deck screen (E).
	Export
	// Import replaces the progress with an exported file, from the deck
	// screen (I).
	Import
	// Prev and Next page through lists (arrow keys).
	Prev
	Next
	// Override declares a wrong typed quiz answer right after all (R).
	Override
)

// Action is one request from the person.
type Action struct {
	Kind  Kind
	Grade int
	X, Y  float64
}
