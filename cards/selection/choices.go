package selection

import (
	"slices"

	"factdeck/cards/deck"
)

// Choices are the values a filter can take on a deck, for a screen that
// offers them rather than asking the teacher to type them.
type Choices struct {
	// Tags are the deck's tags other than those that repeat a card's
	// kind, type or source (their own filters say those), sorted.
	Tags []string
	// Kinds and Types are the fact kinds and card types the deck has, in
	// the order deck.Kinds and deck.Types list them.
	Kinds, Types []string
	// Sources are the ids of the sources cards come from, in deck order.
	Sources []string
}

// ChoicesOf lists the filter values that keep at least one card of d.
func ChoicesOf(d *deck.Deck) Choices {
	tags, kinds, types, sources := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range d.Cards {
		f, _ := d.Fact(c.Fact)
		kinds[f.Kind], types[c.Type], sources[f.Source] = true, true, true
		for _, t := range c.Tags {
			if ns, _ := splitTag(t); ns != "kind" && ns != "type" && ns != "source" {
				tags[t] = true
			}
		}
	}
	var ch Choices
	for t := range tags {
		ch.Tags = append(ch.Tags, t)
	}
	slices.Sort(ch.Tags)
	ch.Kinds = inOrder(deck.Kinds, kinds)
	ch.Types = inOrder(deck.Types, types)
	for _, s := range d.Sources {
		if sources[s.ID] {
			ch.Sources = append(ch.Sources, s.ID)
		}
	}
	return ch
}

// inOrder are the values of all that have is true for.
func inOrder(all []string, has map[string]bool) []string {
	var out []string
	for _, v := range all {
		if has[v] {
			out = append(out, v)
		}
	}
	return out
}
