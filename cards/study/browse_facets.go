package study

import (
	"cmp"
	"slices"
	"strings"

	"factdeck/cards/deck"
)

// BrowseFilter names one of Browse's filters that takes a list of values.
type BrowseFilter uint8

// Browse's list filters, in the order a screen offers them.
const (
	FilterType   BrowseFilter = iota // card types (BrowseQuery.Types)
	FilterKind                       // fact kinds (BrowseQuery.Kinds)
	FilterSource                     // source ids (BrowseQuery.Sources)
	FilterTag                        // tags (BrowseQuery.Tags)
)

// BrowseFacets are the values Browse's filters offer for one deck: only
// values some card has, so a filter picked from them finds something.
type BrowseFacets struct {
	// Types are the card types of the deck's cards, in deck.Types order
	// (a type the format does not know comes after, as written).
	Types []string
	// Kinds are the kinds of the facts cards ask about, in deck.Kinds
	// order likewise.
	Kinds []string
	// Sources are the ids of the sources cards come from, in deck order.
	Sources []string
	// Tags are the tags worth a filter of their own, most used first (at
	// most MaxTagFacets): not those in the namespaces that say what the
	// other filters already do (type:, kind:, source:, which the
	// generator adds to every card).
	Tags []string
}

// MaxTagFacets is how many tags Facets offers: a deck tagged by hand may
// have hundreds, more than a sheet of buttons can hold; the text search
// still finds the rest.
const MaxTagFacets = 24

// restating are the tag namespaces whose tags restate another filter.
var restating = []string{"type", "kind", "source"}

// Facets lists the values the deck's cards give each filter.
func (b *Browser) Facets() BrowseFacets {
	var f BrowseFacets
	types, kinds, sources := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i := range b.entries {
		types[b.deck.Cards[i].Type] = true
		if e := &b.entries[i]; e.fact >= 0 {
			kinds[e.kind] = true
			sources[b.deck.Facts[e.fact].Source] = true
		}
	}
	f.Types = inOrder(types, deck.Types)
	f.Kinds = inOrder(kinds, deck.Kinds)
	for _, s := range b.deck.Sources {
		if sources[s.ID] {
			f.Sources = append(f.Sources, s.ID)
		}
	}
	var tags []int
	for i, t := range b.tags {
		if ns, _, ok := strings.Cut(t, ":"); !ok || !slices.Contains(restating, ns) {
			tags = append(tags, i)
		}
	}
	slices.SortFunc(tags, func(i, j int) int {
		return cmp.Or(cmp.Compare(b.tagCards[j], b.tagCards[i]), cmp.Compare(b.tags[i], b.tags[j]))
	})
	for _, i := range tags[:min(len(tags), MaxTagFacets)] {
		f.Tags = append(f.Tags, b.tags[i])
	}
	return f
}

// inOrder lists the values of set, those in order first as order has
// them, then the others sorted.
func inOrder(set map[string]bool, order []string) []string {
	var out, others []string
	for _, v := range order {
		if set[v] {
			out = append(out, v)
		}
	}
	for v := range set {
		if !slices.Contains(order, v) {
			others = append(others, v)
		}
	}
	slices.Sort(others)
	return append(out, others...)
}

// Values are the values f offers filter which.
func (f *BrowseFacets) Values(which BrowseFilter) []string {
	switch which {
	case FilterType:
		return f.Types
	case FilterKind:
		return f.Kinds
	case FilterSource:
		return f.Sources
	}
	return f.Tags
}

// TagName is a tag as a student reads it: without its namespace.
func TagName(tag string) string {
	if _, name, ok := strings.Cut(tag, ":"); ok && name != "" {
		return name
	}
	return tag
}

// list is the values of filter which in q.
func (q *BrowseQuery) list(which BrowseFilter) *[]string {
	switch which {
	case FilterType:
		return &q.Types
	case FilterKind:
		return &q.Kinds
	case FilterSource:
		return &q.Sources
	}
	return &q.Tags
}

// Has reports whether filter which takes value.
func (q *BrowseQuery) Has(which BrowseFilter, value string) bool {
	return slices.Contains(*q.list(which), value)
}

// Toggle adds value to filter which, or takes it out if it is there.
func (q *BrowseQuery) Toggle(which BrowseFilter, value string) {
	l := q.list(which)
	if i := slices.Index(*l, value); i >= 0 {
		*l = slices.Delete(*l, i, i+1)
		return
	}
	*l = append(*l, value)
}

// Filters counts the values set on the list filters: a screen says how
// many narrow the list.
func (q *BrowseQuery) Filters() int {
	return len(q.Types) + len(q.Kinds) + len(q.Sources) + len(q.Tags)
}

// ClearFilters takes every value off the list filters; the text, the
// states and the order stay.
func (q *BrowseQuery) ClearFilters() {
	q.Types, q.Kinds, q.Sources, q.Tags = q.Types[:0], q.Kinds[:0], q.Sources[:0], q.Tags[:0]
}
