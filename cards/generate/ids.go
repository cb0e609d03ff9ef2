package generate

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/rand/v2"
	"strconv"

	"factdeck/cards/deck"
)

// factID is extract's id of the fact, derived from its document,
// sentence, kind and key, so it survives a rebuild of the same text; for a
// fact without one, the same derivation.
func factID(f *fact) string {
	if f.extractID != "" {
		return f.extractID
	}
	return "f" + hash(f.doc.File, f.sentence, f.kind, f.key)
}

// cardID derives a card's id from its fact and what it asks, so a student's
// progress on it survives a rebuild; the order of choices, which the seed
// decides, does not enter.
func cardID(factID string, c deck.Card) string {
	return "c" + hash(factID, c.Type, c.Prompt, c.Answer)
}

// hash is a short content hash: 12 hex digits make a collision among a
// deck's few thousand ids vanishingly unlikely.
func hash(parts ...string) string {
	return hex.EncodeToString(digest(parts...)[:6])
}

func digest(parts ...string) []byte {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum(nil)
}

// rng is a random source for one decision about one thing (the distractors
// of a card, say), seeded from the build's seed and the thing's content, so
// a decision depends on neither the order of the build nor other cards.
func rng(seed uint64, parts ...string) *rand.Rand {
	sum := digest(append([]string{strconv.FormatUint(seed, 10)}, parts...)...)
	return rand.New(rand.NewPCG(binary.LittleEndian.Uint64(sum), binary.LittleEndian.Uint64(sum[8:])))
}
