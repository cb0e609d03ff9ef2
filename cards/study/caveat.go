package study

import (
	"slices"
	"strings"

	"factdeck/cards/deck"
)

// Caveat is what kind of warning goes with a card's answer, so that a
// screen can show a short badge and keep the full note for when it is
// asked for.
type Caveat int

// Caveat kinds, from the deck's caveat tags, else from the card's links.
const (
	NoCaveat Caveat = iota
	// CaveatDisputed: sources state the claim differently.
	CaveatDisputed
	// CaveatContested: the card's source differs from most others.
	CaveatContested
	// CaveatDated: an older article quoted inside a newer page.
	CaveatDated
	// CaveatForecast: an outlook at the time of writing, not an event.
	CaveatForecast
	// CaveatNote: a note the deck gives without saying its kind.
	CaveatNote
)

// caveatTags are the deck's tags for each kind (cards/generate writes
// them beside the note).
var caveatTags = map[string]Caveat{
	"caveat:disputed":  CaveatDisputed,
	"caveat:contested": CaveatContested,
	"caveat:dated":     CaveatDated,
	"caveat:forecast":  CaveatForecast,
}

// CaveatOf says what warning card c's answer carries, given its fact f:
// the deck's tag where it has one; else a disagreement where the card
// accepts another source's answer or the fact is linked to conflicting
// ones; else a dated claim where the fact has its own date and a note;
// else CaveatNote for any other note.
func CaveatOf(c deck.Card, f deck.Fact) Caveat {
	for _, t := range c.Tags {
		if k, ok := caveatTags[t]; ok {
			return k
		}
	}
	switch {
	case len(c.Accept) > 0 || len(f.Conflicts) > 0:
		return CaveatDisputed
	case c.Note != "" && f.Date != "":
		return CaveatDated
	case c.Note != "":
		return CaveatNote
	}
	return NoCaveat
}

// AnswerSpan is where a card's answer stands in its fact's sentence, as
// byte offsets [start, end), so the sentence can be shown with the answer
// marked. It looks for the fact's key (the span the fact is about), then
// the answer as written, then the other names it goes by; ok is false
// when none is in the sentence (a true/false card, a figure written
// 7,833 and asked as 7833).
func AnswerSpan(c deck.Card, f deck.Fact) (start, end int, ok bool) {
	candidates := []string{f.Key, c.Answer}
	if c.Type == deck.TypeTrueFalse {
		candidates = candidates[:1]
	}
	for _, s := range slices.Concat(candidates, c.Also) {
		if s == "" {
			continue
		}
		if i := strings.Index(f.Sentence, s); i >= 0 {
			return i, i + len(s), true
		}
	}
	return 0, 0, false
}
