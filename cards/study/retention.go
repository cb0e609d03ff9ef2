package study

import (
	"time"

	"factdeck/cards/srs"
)

// PassCount counts reviews passed (Hard, Good or Easy) and failed (Again).
type PassCount struct {
	Passed int `json:"passed"`
	Failed int `json:"failed"`
}

// Total counts the reviews.
func (c PassCount) Total() int { return c.Passed + c.Failed }

// Rate is the share of reviews passed, in [0, 1]; ok is false when there
// were none.
func (c PassCount) Rate() (rate float64, ok bool) {
	if c.Total() == 0 {
		return 0, false
	}
	return float64(c.Passed) / float64(c.Total()), true
}

func (c *PassCount) add(r srs.Rating) {
	if r == srs.Again {
		c.Failed++
	} else {
		c.Passed++
	}
}

// RetentionPeriod names a row of the retention table.
type RetentionPeriod uint8

// The rows of the retention table, as in Anki's True Retention table.
const (
	PeriodToday     RetentionPeriod = iota // today's study day
	PeriodYesterday                        // the study day before
	PeriodWeek                             // the last 7 study days, today's included
	PeriodMonth                            // the last 30
	PeriodYear                             // the last 365
	PeriodAllTime
	numPeriods
)

// periodDays is how many study days, ending with today, each period
// covers; yesterday is handled apart, all time has no bound.
var periodDays = [numPeriods]int{PeriodToday: 1, PeriodWeek: 7, PeriodMonth: 30, PeriodYear: 365}

// RetentionRow is one period's reviews of young and mature cards.
type RetentionRow struct {
	Period RetentionPeriod
	Young  PassCount
	Mature PassCount
}

// All adds up the young and mature cards' reviews.
func (r RetentionRow) All() PassCount {
	return PassCount{Passed: r.Young.Passed + r.Mature.Passed, Failed: r.Young.Failed + r.Mature.Failed}
}

// Retention is Anki's True Retention table: for each period, the share
// of reviews of cards in review passed, apart for young cards (an
// interval under MatureDays before the review) and mature ones, with
// the retention the student asked the scheduler for beside it.
type Retention struct {
	Rows    []RetentionRow
	Desired float64
}

// TrueRetention reads the table from the progress's log at now. Only
// reviews of cards in review count: the steps of learning and
// relearning are not a test of memory over days. A card's interval
// before a review is the one its previous answer in the log chose.
// Answers dated after now (a clock set back) are left out.
func TrueRetention(p *Progress, now time.Time) Retention {
	t := Retention{Rows: make([]RetentionRow, numPeriods), Desired: p.Settings().DesiredRetention}
	for i := range t.Rows {
		t.Rows[i].Period = RetentionPeriod(i)
	}
	today := dayStart(now)
	startOf := func(daysBack int) time.Time {
		return time.Date(today.Year(), today.Month(), today.Day()-daysBack, DayStartHour, 0, 0, 0, today.Location())
	}
	var starts [numPeriods]time.Time
	for period, days := range periodDays {
		if days > 0 {
			starts[period] = startOf(days - 1)
		}
	}
	yesterday := startOf(1)
	interval := map[string]int{}
	for _, r := range p.Log() {
		ivl, seen := interval[r.Card]
		if !seen {
			// The log begins after the card's earlier answers (an
			// imported progress): the days since the last review are
			// the closest record of its interval.
			ivl = r.ElapsedDays
		}
		interval[r.Card] = r.ScheduledDays
		if r.Before != srs.Review || r.Time.After(now) {
			continue
		}
		for period := range numPeriods {
			in := !r.Time.Before(starts[period])
			switch period {
			case PeriodYesterday:
				in = !r.Time.Before(yesterday) && r.Time.Before(today)
			case PeriodAllTime:
				in = true
			}
			if !in {
				continue
			}
			if ivl < MatureDays {
				t.Rows[period].Young.add(r.Rating)
			} else {
				t.Rows[period].Mature.add(r.Rating)
			}
		}
	}
	return t
}
