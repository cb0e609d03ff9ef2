package study

import (
	"time"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
)

// StatsDays is how many days the statistics screen charts, back for the
// reviews and ahead for the forecast.
const StatsDays = 30

// MatureDays is the interval from which a card counts as mature, as in
// Anki: 21 days.
const MatureDays = 21

// DayReviews is one study day's answers, by rating.
type DayReviews struct {
	// Day is when the study day began (DayStartHour, local time).
	Day time.Time
	// ByRating counts the answers of each rating: ByRating[srs.Again-1]
	// to ByRating[srs.Easy-1].
	ByRating [4]int
}

// Total counts the day's answers.
func (d DayReviews) Total() int { return d.ByRating[0] + d.ByRating[1] + d.ByRating[2] + d.ByRating[3] }

// DayCount is a number for one study day.
type DayCount struct {
	Day   time.Time
	Count int
}

// studyDays lays out n study days in now's location, from the one
// starting first days after today's (negative: before) on; index finds
// the day holding a time.
type studyDays struct {
	starts []time.Time
	slot   map[[3]int]int
}

func newStudyDays(now time.Time, first, n int) studyDays {
	today := dayStart(now)
	s := studyDays{starts: make([]time.Time, n), slot: make(map[[3]int]int, n)}
	for i := range n {
		// Built from the date, not by adding 24 hours: a day with a
		// daylight-saving change is 23 or 25 hours long.
		start := time.Date(today.Year(), today.Month(), today.Day()+first+i, DayStartHour, 0, 0, 0, today.Location())
		s.starts[i] = start
		y, m, d := start.Date()
		s.slot[[3]int{y, int(m), d}] = i
	}
	return s
}

// index returns the day holding t, if it is one of the days.
func (s studyDays) index(t time.Time) (int, bool) {
	y, m, d := dayStart(t.In(s.starts[0].Location())).Date()
	i, ok := s.slot[[3]int{y, int(m), d}]
	return i, ok
}

// ReviewsPerDay counts the log's answers on each of the last days study
// days, oldest first, today's last.
func ReviewsPerDay(log []Review, now time.Time, days int) []DayReviews {
	if days <= 0 {
		return nil
	}
	sd := newStudyDays(now, 1-days, days)
	out := make([]DayReviews, days)
	for i := range out {
		out[i].Day = sd.starts[i]
	}
	for _, r := range log {
		if i, ok := sd.index(r.Time); ok && r.Rating.Valid() {
			out[i].ByRating[r.Rating-1]++
		}
	}
	return out
}

// DuePerDay counts the deck's cards that fall due on each of the next
// days study days, today's first. Today's count holds every card due
// before today ends, overdue ones too, as the day's session would show
// them. New cards, suspended cards and quiz-only siblings (which
// sessions never show) are left out.
func DuePerDay(d *deck.Deck, p *Progress, now time.Time, days int) []DayCount {
	if days <= 0 {
		return nil
	}
	sd := newStudyDays(now, 0, days)
	out := make([]DayCount, days)
	for i := range out {
		out[i].Day = sd.starts[i]
	}
	for _, c := range d.Cards {
		st, ok := p.Card(c.ID)
		if !ok || st.State == srs.New || !Studied(c) || p.Suspended(c.ID) {
			continue
		}
		if st.Due.Before(sd.starts[0]) {
			out[0].Count++
		} else if i, ok := sd.index(st.Due); ok {
			out[i].Count++
		}
	}
	return out
}

// StateCounts counts a deck's studied cards by where they are.
type StateCounts struct {
	New      int `json:"new"`
	Learning int `json:"learning"` // learning or relearning
	Young    int `json:"young"`    // in review, interval under MatureDays
	Mature   int `json:"mature"`   // in review, interval of MatureDays or more
	// Suspended cards count here only, whatever their schedule.
	Suspended int `json:"suspended"`
}

// Total counts all the cards.
func (s StateCounts) Total() int { return s.New + s.Learning + s.Young + s.Mature + s.Suspended }

// CountStates counts the deck's studied cards (not the quiz-only
// siblings) by state.
func CountStates(d *deck.Deck, p *Progress) StateCounts {
	var s StateCounts
	for _, c := range d.Cards {
		if !Studied(c) {
			continue
		}
		st, ok := p.Card(c.ID)
		switch {
		case p.Suspended(c.ID):
			s.Suspended++
		case !ok || st.State == srs.New:
			s.New++
		case st.State == srs.Learning || st.State == srs.Relearning:
			s.Learning++
		case st.ScheduledDays < MatureDays:
			s.Young++
		default:
			s.Mature++
		}
	}
	return s
}
