package deck

import (
	"hash/fnv"
	"sort"
	"strconv"
)

// Pick chooses up to n card ids for a quiz: at most one card per fact, the
// card types taken in turn so a quiz mixes them, and the choice among
// cards of a type fixed by seed (the same seed gives the same quiz).
func Pick(d *Deck, n int, seed uint64) []string {
	byType := map[string][]Card{}
	for _, c := range d.Cards {
		byType[c.Type] = append(byType[c.Type], c)
	}
	for _, cards := range byType {
		sort.Slice(cards, func(i, j int) bool { return rank(seed, cards[i].ID) < rank(seed, cards[j].ID) })
	}
	var ids []string
	usedFacts := map[string]bool{}
	for len(ids) < n {
		added := false
		for _, t := range Types {
			cards := byType[t]
			for len(cards) > 0 && usedFacts[cards[0].Fact] {
				cards = cards[1:]
			}
			if len(cards) == 0 || len(ids) == n {
				byType[t] = cards
				continue
			}
			ids = append(ids, cards[0].ID)
			usedFacts[cards[0].Fact] = true
			byType[t] = cards[1:]
			added = true
		}
		if !added {
			break
		}
	}
	return ids
}

// rank orders ids pseudo-randomly but reproducibly for a seed.
func rank(seed uint64, id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatUint(seed, 10)))
	h.Write([]byte{0})
	h.Write([]byte(id))
	return h.Sum64()
}
