package study

import (
	"strings"

	"factdeck/cards/deck"
)

// Stated returns when a fact's claim was stated, to show beside its
// source: the fact's own date where it has one (an older article quoted
// inside a newer page), else its source's date, else "".
func Stated(f deck.Fact, s deck.Source) string {
	if f.Date != "" {
		return f.Date
	}
	return s.Date
}

// Statement is how one source states a claim, to show beside an answer
// that other sources state differently.
type Statement struct {
	Sentence string
	Source   deck.Source
	// Date is when it was stated (Stated).
	Date string
}

// Conflicting returns how the facts linked to f as conflicting state the
// claim, in the order of the links. Links to facts or sources the deck
// lacks are skipped: a filtered deck may have left them out.
func Conflicting(d *deck.Deck, f deck.Fact) []Statement {
	var out []Statement
	for _, id := range f.Conflicts {
		other, ok := d.Fact(id)
		if !ok {
			continue
		}
		src, ok := d.Source(other.Source)
		if !ok {
			continue
		}
		out = append(out, Statement{Sentence: other.Sentence, Source: src, Date: Stated(other, src)})
	}
	return out
}

// Passage is what a source viewer shows of fact f: the paragraph its
// sentence stands in where the deck keeps one (deck.Fact.Paragraph),
// else the sentence alone, with the byte range [start, end) of the
// sentence in it to highlight.
func Passage(f deck.Fact) (text string, start, end int) {
	if i := strings.Index(f.Paragraph, f.Sentence); f.Sentence != "" && i >= 0 {
		return f.Paragraph, i, i + len(f.Sentence)
	}
	return f.Sentence, 0, len(f.Sentence)
}
