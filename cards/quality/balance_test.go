package quality

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
)

// mcqDeck holds n multiple-choice cards; position(i) says where card i's
// answer stands, and long(i) whether the answer is the longest choice.
func mcqDeck(n int, position func(int) int, long func(int) bool) *deck.Deck {
	d := &deck.Deck{}
	for i := range n {
		choices := []string{"10%", "20%", "30%", "40%"}
		answer := "99%"
		if long(i) {
			answer = "99.5%"
		}
		choices[position(i)] = answer
		d.Cards = append(d.Cards, deck.Card{ID: fmt.Sprintf("c%d", i), Type: deck.TypeMCQ, Answer: answer, Choices: choices})
	}
	return d
}

func TestBalance(t *testing.T) {
	cycle := func(i int) int { return i % 4 }
	first := func(int) int { return 0 }
	never := func(int) bool { return false }
	always := func(int) bool { return true }
	tests := []struct {
		name string
		deck *deck.Deck
		want []string
	}{
		{"balanced", mcqDeck(40, cycle, never), nil},
		{"too few to tell", mcqDeck(19, first, always), nil},
		{"always first", mcqDeck(20, first, never), []string{
			"deck: rule balance: the correct choice is choice 1 in 20 of 20 multiple-choice cards (100%), want 15%–35%",
			"deck: rule balance: the correct choice is choice 2 in 0 of 20 multiple-choice cards (0%), want 15%–35%",
			"deck: rule balance: the correct choice is choice 3 in 0 of 20 multiple-choice cards (0%), want 15%–35%",
			"deck: rule balance: the correct choice is choice 4 in 0 of 20 multiple-choice cards (0%), want 15%–35%",
		}},
		{"longest", mcqDeck(40, cycle, always), []string{
			"deck: rule balance: the correct choice is the longest in 40 of 40 multiple-choice cards (100%), want at most 50%",
		}},
		{"longest in half is no tell", mcqDeck(40, cycle, func(i int) bool { return i%2 == 0 }), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, v := range Balance(tt.deck) {
				got = append(got, v.String())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestIsLongestIgnoresTies(t *testing.T) {
	assert.False(t, isLongest(deck.Card{Answer: "25%", Choices: []string{"25%", "30%", "5%", "1%"}}))
	assert.True(t, isLongest(deck.Card{Answer: "25.5%", Choices: []string{"25.5%", "30%", "5%", "1%"}}))
}
