package study

import (
	"fmt"
	"maps"
	"slices"
	"time"
)

// MatchRecords keeps the best Match times, per deck and per board size
// (a phone's round of four pairs is no rival for a round of six). It is
// plain data, saved with the progress.
type MatchRecords struct {
	Decks map[string]MatchRecord `json:"decks,omitempty"`
}

// MatchRecord is one deck's record.
type MatchRecord struct {
	// Rounds counts the rounds finished on the deck.
	Rounds int `json:"rounds"`
	// Best holds the best time for each board size played, fewest pairs first.
	Best []MatchBest `json:"best,omitempty"`
}

// MatchBest is the best time of rounds of one size.
type MatchBest struct {
	Pairs int `json:"pairs"`
	// TimeMS is the round's time with its penalties, in milliseconds.
	TimeMS int64     `json:"time_ms"`
	At     time.Time `json:"at"`
}

// Time is the best time as a duration.
func (b MatchBest) Time() time.Duration { return time.Duration(b.TimeMS) * time.Millisecond }

// Best returns the deck's best time for rounds of the given size.
func (r MatchRecords) Best(deckID string, pairs int) (MatchBest, bool) {
	for _, b := range r.Decks[deckID].Best {
		if b.Pairs == pairs {
			return b, true
		}
	}
	return MatchBest{}, false
}

// Add counts a finished round of the given size and time on the deck,
// played at at, and reports whether it is the deck's new best time. The
// deck id is whatever names the deck to the app (its file or title),
// the same for every round.
func (r *MatchRecords) Add(deckID string, pairs int, took time.Duration, at time.Time) (best bool) {
	if r.Decks == nil {
		r.Decks = map[string]MatchRecord{}
	}
	rec := r.Decks[deckID]
	rec.Best = slices.Clone(rec.Best) // a copy handed out earlier keeps its values
	rec.Rounds++
	nb := MatchBest{Pairs: pairs, TimeMS: took.Milliseconds(), At: at}
	i, found := slices.BinarySearchFunc(rec.Best, pairs, func(b MatchBest, n int) int { return b.Pairs - n })
	switch {
	case !found:
		rec.Best = slices.Insert(rec.Best, i, nb)
		best = true
	case nb.TimeMS < rec.Best[i].TimeMS:
		rec.Best[i] = nb
		best = true
	}
	r.Decks[deckID] = rec
	return best
}

// clone returns a copy that shares nothing with r.
func (r MatchRecords) clone() MatchRecords {
	if r.Decks == nil {
		return MatchRecords{}
	}
	out := MatchRecords{Decks: make(map[string]MatchRecord, len(r.Decks))}
	for id, rec := range r.Decks {
		rec.Best = slices.Clone(rec.Best)
		out.Decks[id] = rec
	}
	return out
}

// problems lists what makes stored records unusable.
func (r MatchRecords) problems() []string {
	var out []string
	for _, id := range slices.Sorted(maps.Keys(r.Decks)) {
		rec := r.Decks[id]
		if rec.Rounds < 0 {
			out = append(out, fmt.Sprintf("match deck %s: rounds %d is negative", quoteID(id), rec.Rounds))
		}
		for _, b := range rec.Best {
			if b.Pairs < 1 || b.TimeMS < 0 {
				out = append(out, fmt.Sprintf("match deck %s: best time %d ms for %d pairs is not a time for a round", quoteID(id), b.TimeMS, b.Pairs))
			}
		}
		if !slices.IsSortedFunc(rec.Best, func(a, b MatchBest) int { return a.Pairs - b.Pairs }) {
			out = append(out, fmt.Sprintf("match deck %s: best times are not sorted by pairs", quoteID(id)))
		}
	}
	return out
}

// MatchRecords returns a copy of the best Match times.
func (p *Progress) MatchRecords() MatchRecords { return p.match.clone() }

// AddMatchRound records a finished round of Match on the deck and
// reports whether its time is the deck's new best for its size.
func (p *Progress) AddMatchRound(deckID string, m *Match, at time.Time) bool {
	if !m.Done() {
		return false
	}
	p.edits++
	return p.match.Add(deckID, len(m.Pairs()), m.Elapsed(), at)
}
