package selection

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// Orders a quiz's cards can come in.
const (
	// OrderSource keeps the cards by source, in the deck's order of its
	// sources, and in deck order within one source.
	OrderSource = "source"
	// OrderRandom shuffles the cards by the seed.
	OrderRandom = "random"
	// OrderTimeline sorts by the date the fact was stated (its own date,
	// else its source's), undated facts last.
	OrderTimeline = "timeline"
	// OrderDifficulty puts easier card types first (see difficulty).
	OrderDifficulty = "difficulty"
)

// Orders lists the values Options.Order accepts.
var Orders = []string{OrderSource, OrderRandom, OrderTimeline, OrderDifficulty}

// Options say how to assemble a quiz from the cards a filter keeps.
type Options struct {
	Filter Filter
	// Count is how many cards to take (0: all that pass). When fewer than
	// pass, they are chosen as deck.Pick chooses: one card per fact, the
	// card types in turn, by Seed.
	Count int
	Seed  uint64
	Order string
	// Title names the new deck (empty: the source deck's title).
	Title string
}

// Assemble returns a new deck of the cards of d that pass o.Filter,
// chosen and ordered as o says. It keeps each card's fact, the facts that
// conflict with it and their sources (deck.Subset), so the quiz still
// shows where each answer comes from and where the sources disagree.
func Assemble(d *deck.Deck, o Options) (*deck.Deck, error) {
	if o.Order == "" {
		o.Order = OrderSource
	}
	if !slices.Contains(Orders, o.Order) {
		return nil, fmt.Errorf("order %s: want one of %v", deck.Quote(o.Order), Orders)
	}
	if o.Count < 0 {
		return nil, fmt.Errorf("count %d: want 0 (all) or more", o.Count)
	}
	cards := o.Filter.Cards(d)
	if len(cards) == 0 {
		return nil, fmt.Errorf("deck %s: no card passes the filter", deck.Quote(d.Title))
	}
	if o.Count > 0 && o.Count < len(cards) {
		cards = pick(cards, o.Count, o.Seed)
	}
	sortCards(d, cards, o.Order, o.Seed)
	ids := make([]string, len(cards))
	for i, c := range cards {
		ids[i] = c.ID
	}
	out, err := d.Subset(ids)
	if err != nil {
		return nil, err
	}
	if o.Title != "" {
		out.Title = o.Title
	}
	return out, nil
}

// pick chooses n of cards as deck.Pick does; when one card per fact gives
// fewer than n, the rest are filled by seed from the cards left.
func pick(cards []deck.Card, n int, seed uint64) []deck.Card {
	ids := deck.Pick(&deck.Deck{Cards: cards}, n, seed)
	chosen := map[string]bool{}
	for _, id := range ids {
		chosen[id] = true
	}
	rest := slices.DeleteFunc(slices.Clone(cards), func(c deck.Card) bool { return chosen[c.ID] })
	sortByRank(rest, seed)
	for _, c := range rest[:min(len(rest), n-len(ids))] {
		chosen[c.ID] = true
	}
	return slices.DeleteFunc(slices.Clone(cards), func(c deck.Card) bool { return !chosen[c.ID] })
}

// sortCards puts cards in the order asked for; ties keep deck order.
func sortCards(d *deck.Deck, cards []deck.Card, order string, seed uint64) {
	switch order {
	case OrderRandom:
		sortByRank(cards, seed)
	case OrderSource:
		pos := map[string]int{}
		for i, s := range d.Sources {
			pos[s.ID] = i
		}
		slices.SortStableFunc(cards, func(a, b deck.Card) int {
			return cmp.Compare(pos[sourceOf(d, a)], pos[sourceOf(d, b)])
		})
	case OrderTimeline:
		slices.SortStableFunc(cards, func(a, b deck.Card) int {
			da, db := dateOf(d, a), dateOf(d, b)
			switch {
			case da == db:
				return 0
			case da == "":
				return 1
			case db == "":
				return -1
			}
			return cmp.Compare(da, db)
		})
	case OrderDifficulty:
		slices.SortStableFunc(cards, func(a, b deck.Card) int {
			return cmp.Compare(difficulty(a), difficulty(b))
		})
	}
}

func sourceOf(d *deck.Deck, c deck.Card) string {
	f, _ := d.Fact(c.Fact)
	return f.Source
}

// dateOf is when the card's fact was stated: the fact's own date, else
// its source's. Dates are YYYY, YYYY-MM or YYYY-MM-DD, so they sort as
// strings.
func dateOf(d *deck.Deck, c deck.Card) string {
	f, _ := d.Fact(c.Fact)
	if f.Date != "" {
		return f.Date
	}
	s, _ := d.Source(f.Source)
	return s.Date
}

// typeEase ranks card types from easiest: recognising beats recalling, and
// recalling a figure exactly is hardest.
var typeEase = map[string]int{
	deck.TypeTrueFalse: 0, deck.TypeMCQ: 1, deck.TypeMatch: 2, deck.TypeOrder: 3,
	deck.TypeCloze: 4, deck.TypeBasic: 5, deck.TypeNumeric: 6,
}

// difficulty estimates how hard a card is: its type first, then the
// length of what the student must read (each 40 characters of prompt
// count as a step), and a caveat (a disputed fact) as a step more.
func difficulty(c deck.Card) int {
	score := typeEase[c.Type]*100 + utf8.RuneCountInString(c.Prompt)/40
	if c.Note != "" || len(c.Accept) > 0 {
		score++
	}
	return score
}

// sortByRank shuffles cards reproducibly: the same seed, the same order.
func sortByRank(cards []deck.Card, seed uint64) {
	slices.SortStableFunc(cards, func(a, b deck.Card) int {
		return cmp.Compare(rank(seed, a.ID), rank(seed, b.ID))
	})
}

func rank(seed uint64, id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatUint(seed, 10)))
	h.Write([]byte{0})
	h.Write([]byte(id))
	return h.Sum64()
}
