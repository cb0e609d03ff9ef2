package quality

import (
	"encoding/binary"
	"hash/fnv"
	"sort"

	"factdeck/cards/deck"
)

// Sample draws n cards of d for a person to judge, the same cards for the
// same seed. Each card is ranked by a hash of the seed and its id, so the
// draw depends on neither the order of the cards nor the Go release, and a
// rebuilt deck keeps in its sample every sampled card that survived.
func Sample(d *deck.Deck, n int, seed uint64) []deck.Card {
	type ranked struct {
		rank uint64
		card deck.Card
	}
	all := make([]ranked, 0, len(d.Cards))
	for _, c := range d.Cards {
		all = append(all, ranked{rank(seed, c.ID), c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].rank != all[j].rank {
			return all[i].rank < all[j].rank
		}
		return all[i].card.ID < all[j].card.ID
	})
	n = max(0, min(n, len(all)))
	out := make([]deck.Card, n)
	for i := range out {
		out[i] = all[i].card
	}
	return out
}

// rank is the FNV-1a hash of the seed and a card id.
func rank(seed uint64, id string) uint64 {
	h := fnv.New64a()
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], seed)
	h.Write(b[:])
	h.Write([]byte(id))
	return h.Sum64()
}
