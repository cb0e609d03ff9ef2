package study

import (
	"slices"
	"time"

	"factdeck/cards/srs"
)

// Studying past the day's limits, as Anki's custom study offers: a
// student who has finished the day's queue may take more new cards, or
// review early the cards due soon, instead of meeting a dead end.
const (
	// MoreNewCards is how many new cards one "more new cards" adds.
	MoreNewCards = 10
	// AheadWindow is how far ahead "review ahead" looks: the cards due
	// within a day, which includes due cards past the review limit.
	AheadWindow = day
	// MoreAhead is how many cards one "review ahead" adds at most.
	MoreAhead = 50
)

// More is what a session can add once its queue is empty: new cards not
// yet seen, and review cards not in the session that fall due within
// AheadWindow (due ones past the limit first), each at most one batch.
type More struct {
	New, Ahead int
}

// Any reports whether there is something more to study.
func (m More) Any() bool { return m.New > 0 || m.Ahead > 0 }

// More says what StudyNew and ReviewAhead would add now. A drill session
// (NewSession) has no limits to go past and offers nothing.
func (s *Session) More() More {
	if s.drill {
		return More{}
	}
	return More{New: len(s.moreNew()), Ahead: len(s.moreAhead(s.now()))}
}

// StudyNew queues up to MoreNewCards new cards after the session's queue,
// in deck order, and returns how many it queued. Their answers count
// toward today's new cards, so a later session of the day starts none.
func (s *Session) StudyNew() int {
	if s.drill {
		return 0
	}
	return s.queueMore(s.moreNew())
}

// ReviewAhead queues up to MoreAhead review cards that are not in the
// session and fall due within AheadWindow, earliest first, and returns how
// many it queued. The scheduler sees how early each answer is, so a card
// reviewed ahead gets a shorter interval than on its day.
func (s *Session) ReviewAhead() int {
	if s.drill {
		return 0
	}
	return s.queueMore(s.moreAhead(s.now()))
}

func (s *Session) queueMore(add []*entry) int {
	s.main = append(s.main, add...)
	for _, e := range add {
		s.left[e.kind]++
	}
	return len(add)
}

// moreNew is the next batch of studied cards still new in the progress
// and not queued in the session.
func (s *Session) moreNew() []*entry {
	queued := s.queued()
	var out []*entry
	for i := range s.cards {
		if len(out) == MoreNewCards {
			break
		}
		if queued[i] || !Studied(s.cards[i]) || s.progress.Suspended(s.cards[i].ID) {
			continue
		}
		if c, ok := s.progress.Card(s.cards[i].ID); !ok || c.State == srs.New {
			out = append(out, &entry{card: i, kind: kindNew})
		}
	}
	return out
}

// moreAhead is the next batch of review cards, not queued in the session,
// due before now plus AheadWindow, earliest first.
func (s *Session) moreAhead(now time.Time) []*entry {
	queued := s.queued()
	limit := now.Add(AheadWindow)
	var out []*entry
	for i := range s.cards {
		if queued[i] || !Studied(s.cards[i]) || s.progress.Suspended(s.cards[i].ID) {
			continue
		}
		if c, ok := s.progress.Card(s.cards[i].ID); ok && c.State == srs.Review && c.Due.Before(limit) {
			out = append(out, &entry{card: i, kind: kindReview, due: c.Due})
		}
	}
	slices.SortStableFunc(out, func(a, b *entry) int { return a.due.Compare(b.due) })
	return out[:min(len(out), MoreAhead)]
}

// queued marks the cards the session still has to show (queued, on
// show, or waiting in a learning step).
func (s *Session) queued() []bool {
	q := make([]bool, len(s.cards))
	for _, e := range s.main[s.pos:] {
		q[e.card] = true
	}
	for _, e := range s.learning {
		q[e.card] = true
	}
	if s.cur != nil {
		q[s.cur.card] = true
	}
	return q
}
