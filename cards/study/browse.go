package study

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"factdeck/cards/deck"
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
	// Tags match a card's tag whole ("topic:trade-tariffs"), without its
	// namespace ("trade-tariffs"), or by any word of it ("tariffs").
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

// Browser searches one deck's cards. Build it once per deck with
// NewBrowser: it folds every text up front, so a search only compares.
type Browser struct {
	deck    *deck.Deck
	entries []browseEntry
	// facts holds each fact's texts (its sentence and key, its source's
	// title), folded: many cards share a fact, so a search reads each
	// fact's texts once.
	facts []string
}

// browseEntry is a card as Browse searches it.
type browseEntry struct {
	text   string     // the card's own texts, folded, joined by textSep
	fact   int        // index in Browser.facts, -1 for none
	tags   [][]string // for each tag, the forms a tag filter may name, folded
	kind   string
	source []string // the source's id, file and title, folded
	// titleRank and textRank place the card among all the deck's cards
	// by source title and by folded prompt, so sorting a result compares
	// numbers, not long strings with long common beginnings.
	titleRank int32
	textRank  int32
}

// textSep joins the texts of a card so that no search term, which never
// holds it, matches across two of them.
const textSep = "\x00"

// NewBrowser indexes the cards of d.
func NewBrowser(d *deck.Deck) *Browser {
	b := &Browser{deck: d, entries: make([]browseEntry, len(d.Cards)), facts: make([]string, len(d.Facts))}
	type sourceForms struct {
		title string
		forms []string
	}
	sources := make(map[string]sourceForms, len(d.Sources))
	for _, s := range d.Sources {
		title := foldSearch(s.Title)
		sources[s.ID] = sourceForms{title, []string{foldSearch(s.ID), foldSearch(s.File), title}}
	}
	type factInfo struct {
		index  int
		kind   string
		source sourceForms
	}
	facts := make(map[string]factInfo, len(d.Facts))
	for i, f := range d.Facts {
		src := sources[f.Source]
		b.facts[i] = foldSearch(f.Sentence) + textSep + foldSearch(f.Key) + textSep + src.title
		facts[f.ID] = factInfo{i, f.Kind, src}
	}
	tags := map[string][]string{} // a deck has few tags, on many cards
	for i := range d.Cards {
		c := &d.Cards[i]
		e := &b.entries[i]
		e.text = foldSearch(strings.Join(cardTexts(c), textSep))
		e.fact = -1
		if f, ok := facts[c.Fact]; ok {
			e.fact, e.kind, e.source = f.index, f.kind, f.source.forms
		}
		for _, t := range c.Tags {
			forms, ok := tags[t]
			if !ok {
				forms = tagForms(foldSearch(t))
				tags[t] = forms
			}
			e.tags = append(e.tags, forms)
		}
	}
	b.rank(func(e *browseEntry) string {
		if len(e.source) == 0 {
			return ""
		}
		return e.source[2]
	}, func(e *browseEntry, r int32) { e.titleRank = r })
	b.rank(func(e *browseEntry) string {
		// The prompt is the first text; folding keeps textSep, so the
		// folded prompt is what comes before the first one.
		prompt, _, _ := strings.Cut(e.text, textSep)
		return prompt
	}, func(e *browseEntry, r int32) { e.textRank = r })
	return b
}

// rank sorts the entries by key and gives each its place with set;
// entries with equal keys share a place.
func (b *Browser) rank(key func(*browseEntry) string, set func(*browseEntry, int32)) {
	order := make([]int, len(b.entries))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return cmp.Compare(key(&b.entries[i]), key(&b.entries[j])) })
	var r int32
	for n, i := range order {
		if n > 0 && key(&b.entries[i]) != key(&b.entries[order[n-1]]) {
			r++
		}
		set(&b.entries[i], r)
	}
}

// cardTexts lists every text of a card a student may search for.
func cardTexts(c *deck.Card) []string {
	texts := make([]string, 0, 3+len(c.Choices)+len(c.Also)+len(c.Accept)+len(c.Items)+2*len(c.Pairs))
	texts = append(texts, c.Prompt, c.Answer, c.Note)
	texts = append(texts, c.Choices...)
	texts = append(texts, c.Also...)
	texts = append(texts, c.Accept...)
	texts = append(texts, c.Items...)
	for _, p := range c.Pairs {
		texts = append(texts, p.Left, p.Right)
	}
	return texts
}

// tagForms lists what a tag filter may name a tag by: the tag itself,
// its name without the namespace, and each word of it.
func tagForms(tag string) []string {
	forms := []string{tag}
	if _, name, ok := strings.Cut(tag, ":"); ok && name != "" {
		forms = append(forms, name)
	}
	words := strings.FieldsFunc(tag, func(r rune) bool { return strings.ContainsRune(":-_/. ", r) })
	if len(words) > 1 {
		forms = append(forms, words...)
	}
	return forms
}

// Search returns the indexes in the deck's Cards of the cards that
// answer q, in q's order. Card states are read from p at now.
func (b *Browser) Search(p *Progress, q BrowseQuery, now time.Time) []int {
	m := newMatcher(q, now)
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
	if len(m.tags) > 0 && !m.tagged(e) {
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

func (m *matcher) tagged(e *browseEntry) bool {
	for _, forms := range e.tags {
		if anyIn(m.tags, forms) {
			return true
		}
	}
	return false
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
