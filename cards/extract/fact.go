// Package extract finds facts in a corpus' sentences: dates, numbers with
// units, percentages and amounts of money, each kept with the sentence and
// document it comes from.
package extract

import "factdeck/cards/corpus"

// Fact is one claim found in a sentence.
type Fact struct {
	Kind string // a deck kind: date, number, percent, money…
	// Key is the span the fact is about, as it stands in Sentence.Text.
	Key string
	// Start and End are Key's byte offsets in Sentence.Text.
	Start, End int
	Sentence   corpus.Sentence
	Doc        *corpus.Document
}
