package generate

import (
	"sort"

	"factdeck/cards/deck"
)

// Limits on cards that ask for the same answer. The corpus names トランプ
// in dozens of sentences and restates the 2% target in six: a card on each
// would drill one answer over and over. Every fact keeps its cloze card,
// except a name's beyond the first few, so nothing the corpus states goes
// unasked.
const (
	maxSameAnswer     = 2 // multiple choice, true/false, numeric, basic
	maxSameNameClozes = 3 // cloze cards whose answer is a name
)

// capRepeats keeps, of the cards of one type that ask for the same answer,
// the best few: higher quality first, then in an order fixed by content
// alone, so that which cards a deck holds does not depend on the seed.
func capRepeats(cards []*made) []*made {
	groups := map[string][]*made{}
	for _, m := range cards {
		if k, limited := repeatKey(m); limited {
			groups[k] = append(groups[k], m)
		}
	}
	drop := map[*made]bool{}
	for _, g := range groups {
		limit := maxSameAnswer
		if g[0].card.Type == deck.TypeCloze {
			limit = maxSameNameClozes
		}
		if len(g) <= limit {
			continue
		}
		seededOrder(g, 0)
		sort.SliceStable(g, func(i, j int) bool { return g[i].quality > g[j].quality })
		for _, m := range g[limit:] {
			drop[m] = true
		}
	}
	out := cards[:0]
	for _, m := range cards {
		if !drop[m] {
			out = append(out, m)
		}
	}
	return out
}

// repeatKey groups a card with those of its type asking for the same
// answer; limited is false for the cards no limit applies to (the cloze
// of a value, an ordering or matching card).
func repeatKey(m *made) (key string, limited bool) {
	switch m.card.Type {
	case deck.TypeOrder, deck.TypeMatch:
		return "", false
	case deck.TypeCloze:
		if nameClass(m.fact.kind) == "" {
			return "", false
		}
	}
	return m.card.Type + "\x00" + comparable(m.fact.key), true
}
