package quality

import (
	"fmt"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// Limits of the deck-wide tells. Below minBalanceSample multiple-choice
// cards a share says nothing: three of five correct answers in first place
// is chance, three hundred of five hundred is a generator's habit.
const (
	minBalanceSample = 20
	minPositionShare = 0.15
	maxPositionShare = 0.35
	maxLongestShare  = 0.50
)

// Balance reports tells across the deck's multiple-choice cards that let a
// student guess without knowing: the correct choice sitting in one position
// far more (or less) often than in the others, or being the longest choice
// in most cards.
func Balance(d *deck.Deck) []Violation {
	var mcqs []deck.Card
	for _, c := range d.Cards {
		if c.Type == deck.TypeMCQ && len(c.Choices) > 0 {
			mcqs = append(mcqs, c)
		}
	}
	n := len(mcqs)
	if n < minBalanceSample {
		return nil
	}
	var out []Violation
	positions := map[int]int{}
	longest := 0
	width := 0
	for _, c := range mcqs {
		if p := answerPosition(c); p >= 0 {
			positions[p]++
		}
		if isLongest(c) {
			longest++
		}
		width = max(width, len(c.Choices))
	}
	for p := range width {
		share := float64(positions[p]) / float64(n)
		if share < minPositionShare || share > maxPositionShare {
			out = append(out, violation(RuleBalance, "the correct choice is choice %d in %d of %d multiple-choice cards (%s), want %s–%s",
				p+1, positions[p], n, percent(share), percent(minPositionShare), percent(maxPositionShare)))
		}
	}
	if share := float64(longest) / float64(n); share > maxLongestShare {
		out = append(out, violation(RuleBalance, "the correct choice is the longest in %d of %d multiple-choice cards (%s), want at most %s",
			longest, n, percent(share), percent(maxLongestShare)))
	}
	return out
}

// answerPosition is the index of the first choice equal to the answer, or -1.
func answerPosition(c deck.Card) int {
	for i, ch := range c.Choices {
		if canon(ch) == canon(c.Answer) {
			return i
		}
	}
	return -1
}

// isLongest reports whether the answer is longer than every other choice; a
// tie gives nothing away.
func isLongest(c deck.Card) bool {
	n := utf8.RuneCountInString(canon(c.Answer))
	for _, ch := range c.Choices {
		if canon(ch) != canon(c.Answer) && utf8.RuneCountInString(canon(ch)) >= n {
			return false
		}
	}
	return true
}

func percent(share float64) string { return fmt.Sprintf("%.0f%%", share*100) }
