package generate

import (
	"factdeck/cards/deck"
)

// made is a card before the deck-wide steps (choice positions, true/false
// balance, ids, tags): the card, its fact, and how good it is.
type made struct {
	card    deck.Card
	fact    *fact
	quality float64
	// For multiple choice: the wrong choices; card.Choices is filled in
	// when the answer's position is chosen for the whole deck.
	distractors []string
	// For true/false: the false statement, when the corpus gives a value
	// to swap in; card.Prompt then holds the true one until the deck-wide
	// balance picks which of the two the card asks.
	falsePrompt string
	// caveat is the kind of caveat the card carries (see caveat.go), or "".
	caveat string
}
