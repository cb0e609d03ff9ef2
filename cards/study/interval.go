package study

import (
	"math"
	"strconv"
	"time"

	"factdeck/cards/srs"
)

// Intervals returns how long the card on show would wait after each grade,
// Again to Easy, as Anki writes above its buttons. They come from the
// progress's scheduler without fuzz, so the label is the interval the
// model chose; the answer itself may land a day either side. ok is false
// when no card is on show, and in a drill (NewSession), whose answers
// schedule nothing.
func (s *Session) Intervals() (out [4]time.Duration, ok bool) {
	if s.drill || s.cur == nil && !s.pick() {
		return out, false
	}
	now := s.now()
	before, had := s.progress.Card(s.cards[s.cur.card].ID)
	if !had {
		before = srs.NewCard(now)
	}
	sched := s.progress.Scheduler()
	sched.Fuzz = false
	for g := Again; g <= Easy; g++ {
		out[g-1] = max(sched.Next(before, g, now).Due.Sub(now), 0)
	}
	return out, true
}

// IntervalUnits are the suffixes an interval label ends with, in the
// student's language: 分 or m, 時間 or h, 日 or d, か月 or mo, 年 or y.
type IntervalUnits struct {
	Minute, Hour, Day, Month, Year string
}

// Average month and year lengths, as Anki counts them for its labels.
const (
	day   = 24 * time.Hour
	month = 30 * day
	year  = 365 * day
)

// FormatInterval writes d as Anki labels a grade button: whole minutes
// under an hour (at least 1), whole hours under a day, whole days under a
// month, months with one decimal under a year, then years with one
// decimal. Days are rounded, so 23h59m reads as one day, not 23 hours.
func FormatInterval(d time.Duration, u IntervalUnits) string {
	switch {
	case d < time.Hour:
		return strconv.Itoa(max(int(math.Round(d.Minutes())), 1)) + u.Minute
	case d < day-30*time.Minute:
		return strconv.Itoa(int(math.Round(d.Hours()))) + u.Hour
	case d < month:
		return strconv.Itoa(max(int(math.Round(d.Hours()/24)), 1)) + u.Day
	case d < year:
		return decimal(float64(d)/float64(month)) + u.Month
	}
	return decimal(float64(d)/float64(year)) + u.Year
}

// decimal writes x with one decimal, dropping a trailing .0.
func decimal(x float64) string {
	return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
}
