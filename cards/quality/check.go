package quality

import (
	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// Check verifies every fact and card of d against the documents its sources
// name (found among docs by file name) and against the card rules. A
// problem of a fact is reported once for each card built on it, since each
// such card is wrong; facts no card uses are reported on their own. Check
// does not look at deck-wide tells: see Balance.
func Check(d *deck.Deck, docs []*corpus.Document) []Violation {
	lib := newLibrary(docs)
	facts := map[string]deck.Fact{}
	factViolations := map[string][]Violation{}
	for _, f := range d.Facts {
		facts[f.ID] = f
		factViolations[f.ID] = checkFact(d, lib, f)
	}
	var out []Violation
	used := map[string]bool{}
	for _, c := range d.Cards {
		f, ok := facts[c.Fact]
		if !ok {
			out = append(out, unknownFact(c))
			continue
		}
		used[f.ID] = true
		for _, v := range append(factViolations[f.ID], checkCard(c, f)...) {
			v.Card, v.Fact = c.ID, f.ID
			out = append(out, v)
		}
	}
	for _, f := range d.Facts {
		if used[f.ID] {
			continue
		}
		for _, v := range factViolations[f.ID] {
			v.Fact = f.ID
			out = append(out, v)
		}
	}
	return append(out, checkDuplicateFacts(d.Facts)...)
}

// checkCard applies the rules that concern one card and its fact.
func checkCard(c deck.Card, f deck.Fact) []Violation {
	var out []Violation
	out = append(out, checkAnswerGrounding(c, f)...)
	out = append(out, checkAnswerInPrompt(c)...)
	out = append(out, checkContext(c)...)
	out = append(out, checkMCQ(c)...)
	out = append(out, checkTrueFalse(c, f)...)
	return out
}
