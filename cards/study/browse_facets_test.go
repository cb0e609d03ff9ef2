package study_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// The filters offer what the deck's cards have, in the format's order,
// and leave out the tags that restate another filter.
func TestBrowseFacets(t *testing.T) {
	d := browseDeck()
	d.Sources = append(d.Sources, deck.Source{ID: "s3", File: "003.txt", Title: "No cards"})
	d.Cards[2].Tags = append(d.Cards[2].Tags, "topic:trade-tariffs", "caveat:contested")
	f := study.NewBrowser(d).Facets()
	assert.Equal(t, []string{deck.TypeCloze, deck.TypeMCQ, deck.TypeTrueFalse, deck.TypeBasic}, f.Types)
	assert.Equal(t, []string{deck.KindPercent, deck.KindPerson, deck.KindAcronym}, f.Kinds)
	assert.Equal(t, []string{"s1", "s2"}, f.Sources, "a source no card comes from offers nothing")
	// Most used first, then by name; kind: tags restate the kind filter.
	assert.Equal(t, []string{"topic:trade-tariffs", "caveat:contested", "topic:diplomacy", "topic:economy"}, f.Tags)
	assert.Equal(t, f.Tags, f.Values(study.FilterTag))
	assert.Equal(t, f.Kinds, f.Values(study.FilterKind))
}

// A deck tagged by hand with many tags offers the most used ones.
func TestBrowseFacetsCapTags(t *testing.T) {
	d := browseDeck()
	for i := range study.MaxTagFacets + 5 {
		d.Cards[0].Tags = append(d.Cards[0].Tags, "t"+string(rune('a'+i)))
	}
	f := study.NewBrowser(d).Facets()
	assert.Len(t, f.Tags, study.MaxTagFacets)
	assert.Equal(t, "topic:trade-tariffs", f.Tags[0], "on two cards, the others on one")
}

// Toggling a value on and off narrows the results and widens them
// again; clearing keeps the text and the order.
func TestBrowseQueryToggle(t *testing.T) {
	d := browseDeck()
	b := study.NewBrowser(d)
	q := study.BrowseQuery{Text: "関税", Sort: study.SortText}
	q.Toggle(study.FilterType, deck.TypeCloze)
	assert.True(t, q.Has(study.FilterType, deck.TypeCloze))
	assert.Equal(t, []string{"c1"}, ids(d, b.Search(nil, q, t0)))
	q.Toggle(study.FilterType, deck.TypeTrueFalse)
	assert.Equal(t, []string{"c1", "c4"}, ids(d, b.Search(nil, q, t0)))
	q.Toggle(study.FilterSource, "s2")
	assert.Empty(t, ids(d, b.Search(nil, q, t0)), "no card of s2 holds 関税")
	assert.Equal(t, 3, q.Filters())
	q.Toggle(study.FilterSource, "s2")
	q.Toggle(study.FilterType, deck.TypeCloze)
	assert.False(t, q.Has(study.FilterType, deck.TypeCloze))
	assert.Equal(t, []string{"c4"}, ids(d, b.Search(nil, q, t0)))
	q.Toggle(study.FilterTag, "topic:economy")
	q.Toggle(study.FilterKind, deck.KindPercent)
	assert.Equal(t, 3, q.Filters())
	q.ClearFilters()
	assert.Zero(t, q.Filters())
	assert.Equal(t, study.BrowseQuery{Text: "関税", Sort: study.SortText, Types: []string{}, Kinds: []string{}, Sources: []string{}, Tags: []string{}}, q)
	assert.Equal(t, []string{"c1", "c4"}, ids(d, b.Search(nil, q, t0)), "sorted by text: ト before 自")
}

func TestTagName(t *testing.T) {
	assert.Equal(t, "trade-tariffs", study.TagName("topic:trade-tariffs"))
	assert.Equal(t, "plain", study.TagName("plain"))
	assert.Equal(t, "odd:", study.TagName("odd:"))
}
