package study

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"factdeck/cards/deck"
	"factdeck/cards/selection"
	"factdeck/cards/srs"
)

// CardState is a state Browse filters cards by.
type CardState string

// The states Browse filters by. A suspended card is only Suspended: no
// session shows it, so it is neither new nor due for the student.
const (
	StateNew       CardState = "new"       // never answered
	StateLearning  CardState = "learning"  // in a learning or relearning step
	StateDue       CardState = "due"       // answered before, and due before the study day ends
	StateSuspended CardState = "suspended" // taken out of sessions by the student
)

// BrowseSort is the order of Browse's results.
type BrowseSort uint8

// The orders of Browse's results. Ties keep deck order.
const (
	SortDeck   BrowseSort = iota // the deck's own order
	SortDue                      // soonest due first, new cards last
	SortSource                   // by source title, then deck order
	SortText                     // by prompt, as folded for search
)

// BrowseQuery is what the student asked Browse for. Each filter lists
// the values it accepts (any of them will do) and an empty one accepts
// everything; a card must pass every filter.
type BrowseQuery struct {
	// Text is searched in every text of the card and of its fact and
	// source, as substrings, after foldSearch; each word of it must be
	// found.
	Text string
	// Tags match a card's tag as a teacher's filter does
	// (selection.TagMatches): whole ("topic:trade-tariffs"), without its
	// namespace ("trade-tariffs"), or by any word of it ("tariffs"); a
	// value with a namespace ("topic:tariffs") only in that namespace.
	// Both sides are folded as the text is.
	Tags []string
	// Types are card types (deck.TypeCloze…), Kinds fact kinds
	// (deck.KindDate…).
	Types []string
	Kinds []string
	// Sources match a source's id, file name or title.
	Sources []string
	States  []CardState
	Sort    BrowseSort
}

// Search returns the indexes in the deck's Cards of the cards that
// answer q, in q's order. Card states are read from p at now.
func (b *Browser) Search(p *Progress, q BrowseQuery, now time.Time) []int {
	m := newMatcher(q, now)
	if len(m.tags) > 0 {
		m.tagged = b.taggedBy(m.tags)
	}
	if len(m.words) > 0 {
		m.factHas = make([]uint8, len(b.facts)*len(m.words))
		m.facts = b.facts
	}
	out := make([]int, 0, 64)
	for i := range b.entries {
		if m.match(&b.entries[i], &b.deck.Cards[i], p) {
			out = append(out, i)
		}
	}
	b.sort(out, q.Sort, p)
	return out
}

// SearchFacts returns the indexes in the deck's Facts of the facts whose
// sentence, key or source title holds every word of text, folded as
// Search folds it: a fact no card asks about is found too.
func (b *Browser) SearchFacts(text string) []int {
	words := searchWords(text)
	var out []int
	for i, f := range b.facts {
		found := true
		for _, w := range words {
			if !strings.Contains(f, w) {
				found = false
				break
			}
		}
		if found {
			out = append(out, i)
		}
	}
	return out
}

// searchWords splits a query into the words each result must hold,
// folded; textSep counts as a space, so no word spans two texts.
func searchWords(text string) []string {
	return strings.Fields(strings.ReplaceAll(foldSearch(text), textSep, " "))
}

// matcher is a query folded once for a whole search.
type matcher struct {
	words        []string
	tags         []string
	types, kinds []string
	sources      []string
	states       []CardState
	dayEnd       time.Time
	// tagged says, for each of the deck's tags (Browser.tags), whether
	// the tag filter takes it.
	tagged []bool
	// factHas caches, for each fact and word, whether the fact's texts
	// hold the word: 0 not known yet, 1 no, 2 yes.
	factHas []uint8
	facts   []string
}

func newMatcher(q BrowseQuery, now time.Time) matcher {
	fold := func(list []string) []string {
		out := make([]string, 0, len(list))
		for _, s := range list {
			if s = strings.TrimSpace(foldSearch(s)); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	start := dayStart(now)
	return matcher{
		words:   searchWords(q.Text),
		tags:    fold(q.Tags),
		types:   q.Types,
		kinds:   q.Kinds,
		sources: fold(q.Sources),
		states:  q.States,
		dayEnd:  time.Date(start.Year(), start.Month(), start.Day()+1, DayStartHour, 0, 0, 0, start.Location()),
	}
}

func (m *matcher) match(e *browseEntry, c *deck.Card, p *Progress) bool {
	if len(m.types) > 0 && !slices.Contains(m.types, c.Type) {
		return false
	}
	if len(m.kinds) > 0 && !slices.Contains(m.kinds, e.kind) {
		return false
	}
	if len(m.sources) > 0 && !anyIn(m.sources, e.source) {
		return false
	}
	if len(m.tags) > 0 && !m.hasTag(e) {
		return false
	}
	for i, w := range m.words {
		if !m.factHolds(e.fact, i) && !strings.Contains(e.text, w) {
			return false
		}
	}
	return len(m.states) == 0 || slices.Contains(m.states, m.state(c.ID, p))
}

// factHolds reports whether the texts of fact f hold word i of the query.
func (m *matcher) factHolds(f, i int) bool {
	if f < 0 {
		return false
	}
	k := f*len(m.words) + i
	if m.factHas[k] == 0 {
		m.factHas[k] = 1
		if strings.Contains(m.facts[f], m.words[i]) {
			m.factHas[k] = 2
		}
	}
	return m.factHas[k] == 2
}

func (m *matcher) hasTag(e *browseEntry) bool {
	for _, t := range e.tags {
		if m.tagged[t] {
			return true
		}
	}
	return false
}

// taggedBy says, for each of the deck's tags, whether one of the folded
// queries selects it.
func (b *Browser) taggedBy(queries []string) []bool {
	out := make([]bool, len(b.tags))
	for i, tag := range b.foldedTags {
		for _, q := range queries {
			if selection.TagMatches(q, tag) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// state is the one state a card is in for the state filter; a learning
// card due today is learning (the filter for due cards is about reviews).
func (m *matcher) state(id string, p *Progress) CardState {
	if p.Suspended(id) {
		return StateSuspended
	}
	var c srs.Card
	ok := false
	if p != nil {
		c, ok = p.Card(id)
	}
	switch {
	case !ok || c.State == srs.New:
		return StateNew
	case c.State == srs.Learning || c.State == srs.Relearning:
		return StateLearning
	case c.Due.Before(m.dayEnd):
		return StateDue
	}
	return ""
}

// anyIn reports whether a value of want is in have.
func anyIn(want, have []string) bool {
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

func (b *Browser) sort(idx []int, by BrowseSort, p *Progress) {
	switch by {
	case SortDue:
		due := func(i int) (time.Time, bool) {
			if p == nil {
				return time.Time{}, false
			}
			c, ok := p.Card(b.deck.Cards[i].ID)
			return c.Due, ok && c.State != srs.New
		}
		slices.SortStableFunc(idx, func(i, j int) int {
			di, oki := due(i)
			dj, okj := due(j)
			switch {
			case oki && okj:
				return di.Compare(dj)
			case oki != okj: // new cards last
				if oki {
					return -1
				}
				return 1
			}
			return 0
		})
	case SortSource:
		slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(b.entries[i].titleRank, b.entries[j].titleRank) })
	case SortText:
		slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(b.entries[i].textRank, b.entries[j].textRank) })
	}
}
