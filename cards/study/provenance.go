package study

import "factdeck/cards/deck"

// Stated returns when a fact's claim was stated, to show beside its
// source: the fact's own date where it has one (an older article quoted
// inside a newer page), else its source's date, else "".
func Stated(f deck.Fact, s deck.Source) string {
	if f.Date != "" {
		return f.Date
	}
	return s.Date
}
