// Package selection picks cards from a deck for a teacher: filters by
// tag, fact kind, card type, source and text, and the assembly of the
// cards that pass into a quiz deck of its own. deckgen's list and
// assemble commands and the app's Teacher screen share it, so a filter
// means the same everywhere.
package selection

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"factdeck/cards/deck"
)

// Filter says which cards to keep. Within one field any value may match
// (--tag trade --tag security keeps both); across fields all must (a
// cloze card on trade). Empty fields keep everything.
type Filter struct {
	// Tags match a card's tag whole ("topic:trade-tariffs"), without its
	// namespace ("trade-tariffs") or by any one word ("tariffs"); a value
	// with a namespace ("topic:tariffs") matches only in that namespace.
	Tags []string
	// Kinds are fact kinds (deck.Kinds), Types card types (deck.Types).
	Kinds []string
	Types []string
	// Sources match a source's id, its file with or without the
	// extension, or a part of its title.
	Sources []string
	// Text must stand in the card's prompt, answer, choices, note or its
	// fact's sentence, compared after NFKC and case folding (ＡＢＣ finds abc).
	Text string
	// NoConflicts leaves out cards on a fact another source contradicts,
	// and cards that accept another source's answer.
	NoConflicts bool
}

// Match reports whether card c of deck d passes the filter.
func (f *Filter) Match(d *deck.Deck, c deck.Card) bool {
	fact, _ := d.Fact(c.Fact)
	src, _ := d.Source(fact.Source)
	switch {
	case len(f.Tags) > 0 && !anyTag(f.Tags, c.Tags):
		return false
	case len(f.Kinds) > 0 && !anyFold(f.Kinds, fact.Kind):
		return false
	case len(f.Types) > 0 && !anyFold(f.Types, c.Type):
		return false
	case len(f.Sources) > 0 && !anySource(f.Sources, src):
		return false
	case f.NoConflicts && (len(fact.Conflicts) > 0 || len(c.Accept) > 0):
		return false
	case f.Text != "" && !hasText(f.Text, c, fact):
		return false
	}
	return true
}

// Cards returns the cards of d that pass the filter, in deck order.
func (f *Filter) Cards(d *deck.Deck) []deck.Card {
	var out []deck.Card
	for _, c := range d.Cards {
		if f.Match(d, c) {
			out = append(out, c)
		}
	}
	return out
}

// anyTag reports whether one of the queries matches one of the tags.
func anyTag(queries, tags []string) bool {
	for _, q := range queries {
		for _, t := range tags {
			if TagMatches(q, t) {
				return true
			}
		}
	}
	return false
}

// TagMatches reports whether the query q selects tag, ignoring case: the
// whole tag, the tag without its namespace, or one word of it (words are
// split by '-', '_', '.', '/' and spaces). A query that names a namespace
// matches only tags of that namespace.
func TagMatches(q, tag string) bool {
	q, tag = strings.ToLower(strings.TrimSpace(q)), strings.ToLower(tag)
	if q == "" {
		return false
	}
	if q == tag {
		return true
	}
	ns, name := splitTag(tag)
	if qns, qname, ok := strings.Cut(q, ":"); ok {
		if qns != ns {
			return false
		}
		q = qname
	}
	if q == name {
		return true
	}
	for _, w := range strings.FieldsFunc(name, isWordBreak) {
		if w == q {
			return true
		}
	}
	return false
}

// splitTag splits "topic:trade-tariffs" into its namespace and name; a
// tag without a colon has no namespace.
func splitTag(tag string) (ns, name string) {
	if ns, name, ok := strings.Cut(tag, ":"); ok {
		return ns, name
	}
	return "", tag
}

func isWordBreak(r rune) bool {
	return r == '-' || r == '_' || r == '.' || r == '/' || r == ' '
}

func anyFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(strings.TrimSpace(x), s) {
			return true
		}
	}
	return false
}

// anySource reports whether one of the queries names src.
func anySource(queries []string, src deck.Source) bool {
	for _, q := range queries {
		q = strings.TrimSpace(q)
		base, _, _ := strings.Cut(src.File, ".")
		if q != "" && (strings.EqualFold(q, src.ID) || strings.EqualFold(q, src.File) ||
			strings.EqualFold(q, base) || strings.Contains(fold(src.Title), fold(q))) {
			return true
		}
	}
	return false
}

// hasText reports whether text stands in what the student reads of c or
// in its fact's sentence.
func hasText(text string, c deck.Card, fact deck.Fact) bool {
	q := fold(text)
	for _, s := range append([]string{c.Prompt, c.Answer, c.Note, fact.Sentence}, c.Choices...) {
		if strings.Contains(fold(s), q) {
			return true
		}
	}
	return false
}

// fold makes full-width and half-width forms and letter case compare equal.
func fold(s string) string { return strings.ToLower(norm.NFKC.String(s)) }
