package generate

import (
	"factdeck/cards/deck"
)

// truefalse states the fact's sentence, or the sentence with its key
// swapped for a same-shape value the corpus shows wrong for it. Both
// statements are kept here; the deck-wide balance (pickTrueFalse)
// picks which one the card asks, so that true and false answers come about
// equally often.
func (b *builder) truefalse(f *fact) (made, bool) {
	sh, ok := shapeOf(f)
	if !ok {
		return made{}, false
	}
	statement, swap, ok := b.statements(f, sh)
	if !ok {
		return made{}, false
	}
	m := made{fact: f}
	l := leadOf(f).beside(f)
	if sh.class == classCell {
		l = lead{}
	}
	m.card = deck.Card{Type: deck.TypeTrueFalse, Prompt: b.words.trueFalse(l, statement), Answer: "true"}
	wrong := b.ix.distractors(f, sh, rng(b.opt.Seed, f.id, deck.TypeTrueFalse), 1)
	if len(wrong) == 1 {
		m.falsePrompt = b.words.trueFalse(l, swap(wrong[0]))
	}
	m.quality = b.quality(f, m.card, true)
	return m, true
}

// statements returns the true statement of a fact and a function that
// writes it with another value in the key's place. A sentence must hold
// its key once, or the swap would leave the true value standing beside
// the false one.
func (b *builder) statements(f *fact, sh shape) (string, func(string) string, bool) {
	if sh.class == classCell {
		t, h := tableName(f), rowHead(f)
		swap := func(v string) string { return b.words.cellStatement(t, h, f.row, f.column, v) }
		return swap(f.key), swap, true
	}
	if !keyStands(f) || !enoughContext(f) || reveals(blanked(f), f.key) {
		return "", nil, false
	}
	swap := func(v string) string { return f.sentence[:f.start] + v + f.sentence[f.end:] }
	return f.sentence, swap, true
}
