// Package study runs a study session over a deck: which card is shown, whether
// its back is visible, and what happens when the student grades it. The app's
// scenes only draw this state and feed it actions, so the rules are tested
// without a window.
package study

import (
	"errors"
	"fmt"

	"factdeck/cards/deck"
)

// Grade is the student's own judgement of a flipped card, as in Anki.
type Grade int

// Grades, numbered as the keys that give them.
const (
	Again Grade = 1
	Hard  Grade = 2
	Good  Grade = 3
	Easy  Grade = 4
)

// Valid reports whether g is one of the four grades.
func (g Grade) Valid() bool { return g >= Again && g <= Easy }

// ErrNotFlipped is returned when a card is graded before its back was seen.
var ErrNotFlipped = errors.New("study: grade before the card was flipped")

// ErrDone is returned when the session has no card left.
var ErrDone = errors.New("study: session is over")

// Session is a queue of cards studied front, then back, then graded.
type Session struct {
	deck    *deck.Deck
	queue   []deck.Card
	flipped bool
	counts  [Easy + 1]int
	seen    map[string]bool
}

// NewSession studies cards of d in the given order.
func NewSession(d *deck.Deck, cards []deck.Card) *Session {
	return &Session{deck: d, queue: append([]deck.Card(nil), cards...), seen: map[string]bool{}}
}

// Current returns the card on show; ok is false when the session is over.
func (s *Session) Current() (card deck.Card, ok bool) {
	if len(s.queue) == 0 {
		return deck.Card{}, false
	}
	return s.queue[0], true
}

// Flipped reports whether the current card's back is showing.
func (s *Session) Flipped() bool { return s.flipped }

// Flip shows the back of the current card. Flipping twice is harmless:
// a double tap must not skip a card.
func (s *Session) Flip() error {
	if len(s.queue) == 0 {
		return ErrDone
	}
	s.flipped = true
	return nil
}

// Answer grades the current card and moves to the next one. A card graded
// Again goes to the back of the queue to be seen once more this session.
func (s *Session) Answer(g Grade) error {
	if !g.Valid() {
		return fmt.Errorf("study: grade %d out of range 1-4", g)
	}
	if len(s.queue) == 0 {
		return ErrDone
	}
	if !s.flipped {
		return ErrNotFlipped
	}
	card := s.queue[0]
	s.queue = s.queue[1:]
	if g == Again {
		s.queue = append(s.queue, card)
	}
	s.counts[g]++
	s.seen[card.ID] = true
	s.flipped = false
	return nil
}

// Remaining is the number of cards still queued, the current one included.
func (s *Session) Remaining() int { return len(s.queue) }

// Reviewed is the number of answers given so far.
func (s *Session) Reviewed() int {
	n := 0
	for _, c := range s.counts {
		n += c
	}
	return n
}

// Count returns how many answers had grade g.
func (s *Session) Count(g Grade) int {
	if !g.Valid() {
		return 0
	}
	return s.counts[g]
}

// Deck returns the deck the session studies.
func (s *Session) Deck() *deck.Deck { return s.deck }
