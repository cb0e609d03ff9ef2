package generate

import (
	"sort"
	"strconv"

	"factdeck/cards/deck"
)

// seededOrder sorts cards by a hash of the seed and their content: an
// order that looks random, is the same for the same seed and input, and
// does not depend on the order cards were made in.
func seededOrder(cards []*made, seed uint64) {
	key := func(m *made) string {
		return hash(strconv.FormatUint(seed, 10), m.fact.id, m.card.Type, m.card.Prompt, m.card.Answer)
	}
	sort.Slice(cards, func(i, j int) bool { return key(cards[i]) < key(cards[j]) })
}

// placeAnswers fills in the choices of the multiple-choice cards. The
// answer's position cycles through 1 to 4 over the cards in seeded order,
// so across the deck it sits in each position equally often, whatever the
// seed; the distractors take the other positions in a seeded order.
func placeAnswers(cards []*made, seed uint64) {
	var mcqs []*made
	for _, m := range cards {
		if m.card.Type == deck.TypeMCQ {
			mcqs = append(mcqs, m)
		}
	}
	seededOrder(mcqs, seed)
	for i, m := range mcqs {
		wrong := append([]string(nil), m.distractors...)
		r := rng(seed, m.fact.id, "choices", m.card.Prompt)
		r.Shuffle(len(wrong), func(i, j int) { wrong[i], wrong[j] = wrong[j], wrong[i] })
		pos := i % choiceCount
		choices := append(append(append([]string{}, wrong[:pos]...), m.card.Answer), wrong[pos:]...)
		m.card.Choices = choices
	}
}

// pickTrueFalse decides which statement each true/false card asks. Half
// the cards (as near as the corpus allows: a fact whose value has no
// same-shape alternative can only be stated true) ask the false one,
// chosen in seeded order, so "true" is no better a guess than "false".
func pickTrueFalse(cards []*made, seed uint64) {
	var tf, canLie []*made
	for _, m := range cards {
		if m.card.Type != deck.TypeTrueFalse {
			continue
		}
		tf = append(tf, m)
		if m.falsePrompt != "" {
			canLie = append(canLie, m)
		}
	}
	seededOrder(canLie, seed)
	for i, m := range canLie {
		if i >= len(tf)/2 {
			break
		}
		m.card.Prompt, m.card.Answer = m.falsePrompt, "false"
	}
}
