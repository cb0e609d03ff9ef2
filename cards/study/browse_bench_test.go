package study_test

import (
	"strconv"
	"testing"
	"time"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// browseBench is a deck of 10,000 real cards (the built-in deck's, copied
// under new ids) and a progress in which every third card has a schedule
// and every tenth is suspended.
func browseBench(b *testing.B) (*deck.Deck, *study.Progress) {
	b.Helper()
	src := readBuiltIn(b)
	const n = 10_000
	d := &deck.Deck{Format: deck.Format, Title: "big", Language: "ja", Sources: src.Sources, Facts: src.Facts, Cards: make([]deck.Card, n)}
	p := study.NewProgress()
	for i := range d.Cards {
		c := src.Cards[i%len(src.Cards)]
		c.ID = "c" + strconv.Itoa(i)
		d.Cards[i] = c
		if i%3 == 1 {
			due := t0.Add(time.Duration(i-n/2) * time.Hour)
			last := due.Add(-10 * day)
			st := srs.Card{State: srs.Review, Due: due, LastReview: last, Stability: 10, Difficulty: 5, ScheduledDays: 10, Reps: 3}
			if err := p.Apply(study.Review{Card: c.ID, Rating: srs.Good, Time: last, Before: srs.Review, After: srs.Review}, st); err != nil {
				b.Fatal(err)
			}
		}
		if i%10 == 0 {
			p.Suspend(c.ID)
		}
	}
	return d, p
}

func readBuiltIn(b *testing.B) *deck.Deck {
	b.Helper()
	d, err := deck.Read("../../assets/decks/corpus.json")
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkBrowseSearch times one search of 10,000 cards as the student
// types it: the target is a few milliseconds, so the list follows each key.
func BenchmarkBrowseSearch(b *testing.B) {
	d, p := browseBench(b)
	br := study.NewBrowser(d)
	queries := map[string]study.BrowseQuery{
		"kana":            {Text: "とらんぷ"},
		"latin":           {Text: "ｕｓｔｒ"},
		"text+filters":    {Text: "関税", Tags: []string{"tariffs"}, Types: []string{deck.TypeCloze, deck.TypeMCQ}, States: []study.CardState{study.StateNew, study.StateDue}},
		"filters+sortdue": {Kinds: []string{deck.KindPercent, deck.KindDate}, States: []study.CardState{study.StateDue, study.StateNew}, Sort: study.SortDue},
		"all+sorttext":    {Sort: study.SortText},
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			hits := 0
			for b.Loop() {
				hits = len(br.Search(p, q, t0))
			}
			b.ReportMetric(float64(hits), "hits")
		})
	}
}

// BenchmarkNewBrowser times indexing 10,000 cards, done once per deck.
func BenchmarkNewBrowser(b *testing.B) {
	d, _ := browseBench(b)
	for b.Loop() {
		study.NewBrowser(d)
	}
}
