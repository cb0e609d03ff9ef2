package deck_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
)

func pickDeck() *deck.Deck {
	d := &deck.Deck{}
	for i := 0; i < 12; i++ {
		for _, t := range []string{deck.TypeCloze, deck.TypeMCQ, deck.TypeTrueFalse} {
			d.Cards = append(d.Cards, deck.Card{ID: fmt.Sprintf("%s%d", t, i), Fact: fmt.Sprintf("f%d", i), Type: t})
		}
	}
	return d
}

func TestPickMixesTypesOneCardPerFact(t *testing.T) {
	d := pickDeck()
	ids := deck.Pick(d, 9, 1)
	assert.Len(t, ids, 9)
	types := map[string]int{}
	facts := map[string]bool{}
	for _, id := range ids {
		for _, c := range d.Cards {
			if c.ID == id {
				types[c.Type]++
				assert.False(t, facts[c.Fact], "fact %s asked twice", c.Fact)
				facts[c.Fact] = true
			}
		}
	}
	assert.Equal(t, map[string]int{deck.TypeCloze: 3, deck.TypeMCQ: 3, deck.TypeTrueFalse: 3}, types)
}

func TestPickIsSeeded(t *testing.T) {
	d := pickDeck()
	assert.Equal(t, deck.Pick(d, 6, 7), deck.Pick(d, 6, 7))
	assert.NotEqual(t, deck.Pick(d, 6, 7), deck.Pick(d, 6, 8))
}

func TestPickStopsWhenFactsRunOut(t *testing.T) {
	d := pickDeck()
	assert.Len(t, deck.Pick(d, 100, 1), 12, "twelve facts give at most twelve questions")
	assert.Empty(t, deck.Pick(&deck.Deck{}, 5, 1))
}
