package quality

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func sampleDeck(n int) *deck.Deck {
	d := &deck.Deck{}
	for i := range n {
		d.Cards = append(d.Cards, deck.Card{ID: fmt.Sprintf("c%03d", i)})
	}
	return d
}

func ids(cards []deck.Card) []string {
	var out []string
	for _, c := range cards {
		out = append(out, c.ID)
	}
	return out
}

func TestSample(t *testing.T) {
	d := sampleDeck(100)
	a := ids(Sample(d, 10, 7))
	require.Len(t, a, 10)
	assert.Equal(t, a, ids(Sample(d, 10, 7)), "same seed, same cards")
	assert.NotEqual(t, a, ids(Sample(d, 10, 8)), "another seed, other cards")

	reversed := &deck.Deck{Cards: slices.Clone(d.Cards)}
	slices.Reverse(reversed.Cards)
	assert.Equal(t, a, ids(Sample(reversed, 10, 7)), "the order of the cards does not matter")

	assert.Len(t, Sample(d, 500, 7), 100, "never more cards than the deck has")
	assert.Empty(t, Sample(d, -1, 7))
}

func TestSampleKeepsSurvivors(t *testing.T) {
	d := sampleDeck(100)
	before := ids(Sample(d, 10, 3))
	// A rebuilt deck that lost a card nobody drew draws the same cards.
	var rebuilt deck.Deck
	dropped := false
	for _, c := range d.Cards {
		if !dropped && !slices.Contains(before, c.ID) {
			dropped = true
			continue
		}
		rebuilt.Cards = append(rebuilt.Cards, c)
	}
	require.Len(t, rebuilt.Cards, 99)
	assert.Equal(t, before, ids(Sample(&rebuilt, 10, 3)))
}
