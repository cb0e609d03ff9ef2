package study

import (
	"cmp"
	"slices"
	"strings"

	"factdeck/cards/deck"
)

// Browser searches one deck's cards. Build it once per deck with
// NewBrowser: it folds every text up front, so a search only compares.
type Browser struct {
	deck    *deck.Deck
	entries []browseEntry
	// facts holds each fact's texts (its sentence and key, its source's
	// title), folded: many cards share a fact, so a search reads each
	// fact's texts once.
	facts []string
	// tags are the deck's distinct tags as written, folded the same, and
	// how many cards carry each: a deck has few tags on many cards, so a
	// tag filter is tried once on each tag, not on each card.
	tags       []string
	foldedTags []string
	tagCards   []int
}

// browseEntry is a card as Browse searches it.
type browseEntry struct {
	text   string  // the card's own texts, folded, joined by textSep
	fact   int     // index in Browser.facts, -1 for none
	tags   []int32 // the card's tags, as indexes in Browser.tags
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
	tags := map[string]int32{}
	for i := range d.Cards {
		c := &d.Cards[i]
		e := &b.entries[i]
		e.text = foldSearch(strings.Join(cardTexts(c), textSep))
		e.fact = -1
		if f, ok := facts[c.Fact]; ok {
			e.fact, e.kind, e.source = f.index, f.kind, f.source.forms
		}
		for _, t := range c.Tags {
			n, ok := tags[t]
			if !ok {
				n = int32(len(b.tags))
				tags[t] = n
				b.tags = append(b.tags, t)
				b.foldedTags = append(b.foldedTags, foldSearch(t))
				b.tagCards = append(b.tagCards, 0)
			}
			e.tags = append(e.tags, n)
			b.tagCards[n]++
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
