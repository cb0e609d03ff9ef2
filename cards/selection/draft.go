package selection

import (
	"slices"

	"factdeck/cards/deck"
)

// Draft is a teacher's quiz while it is put together on the Teacher
// screen: a filter over a deck, the cards picked in the order the
// teacher wants them asked, and the quiz's name. The filter only decides
// which cards are offered; a picked card stays picked when the filter
// changes, so a quiz can gather cards of several searches.
type Draft struct {
	deck   *deck.Deck
	Filter Filter
	// Title names the quiz (empty: the deck's title).
	Title  string
	picked []string
}

// NewDraft starts an empty quiz from d's cards.
func NewDraft(d *deck.Deck) *Draft { return &Draft{deck: d} }

// Deck is the deck the cards come from.
func (q *Draft) Deck() *deck.Deck { return q.deck }

// Offered are the cards of the deck that pass the filter, in deck order.
func (q *Draft) Offered() []deck.Card { return q.Filter.Cards(q.deck) }

// Picked are the ids of the picked cards, in the quiz's order. The
// slice is the draft's own: read it, do not keep it.
func (q *Draft) Picked() []string { return q.picked }

// Has reports whether card id is picked.
func (q *Draft) Has(id string) bool { return slices.Contains(q.picked, id) }

// Toggle picks card id at the end of the quiz, or takes it out if it was
// picked; it reports whether the card is picked now.
func (q *Draft) Toggle(id string) bool {
	if i := slices.Index(q.picked, id); i >= 0 {
		q.picked = slices.Delete(q.picked, i, i+1)
		return false
	}
	q.picked = append(q.picked, id)
	return true
}

// Clear takes every card out.
func (q *Draft) Clear() { q.picked = q.picked[:0] }

// Random replaces the picked cards with n of those the filter offers,
// chosen and shuffled by seed as `deckgen assemble --count n --seed seed
// --order random` chooses them; it returns how many it took (fewer than n
// when fewer pass).
func (q *Draft) Random(n int, seed uint64) (int, error) {
	quiz, err := Assemble(q.deck, Options{Filter: q.Filter, Count: n, Seed: seed, Order: OrderRandom})
	if err != nil {
		return 0, err
	}
	q.picked = q.picked[:0]
	for _, c := range quiz.Cards {
		q.picked = append(q.picked, c.ID)
	}
	return len(q.picked), nil
}

// Move puts the card at position from at position to, the cards between
// shifting by one; it reports whether anything moved.
func (q *Draft) Move(from, to int) bool {
	n := len(q.picked)
	if from < 0 || from >= n || to < 0 || to >= n || from == to {
		return false
	}
	id := q.picked[from]
	q.picked = slices.Insert(slices.Delete(q.picked, from, from+1), to, id)
	return true
}

// Quiz is the quiz as a deck of its own: the picked cards in their
// order, with their facts, conflicts and sources (deck.Subset), titled.
func (q *Draft) Quiz() (*deck.Deck, error) {
	out, err := q.deck.Subset(q.picked)
	if err != nil {
		return nil, err
	}
	if q.Title != "" {
		out.Title = q.Title
	}
	return out, nil
}
