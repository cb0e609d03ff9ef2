package study_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// statsNow is a Thursday evening; its study day began at 4 a.m.
var statsNow = time.Date(2026, 12, 3, 20, 0, 0, 0, time.UTC)

func grade(t *testing.T, p *study.Progress, id string, r srs.Rating, at time.Time) {
	t.Helper()
	_, err := p.Grade(id, r, at, 10*time.Second)
	require.NoError(t, err)
}

func TestReviewsPerDay(t *testing.T) {
	p := study.NewProgress()
	today := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	grade(t, p, "a", srs.Good, today)
	grade(t, p, "b", srs.Again, today.Add(time.Hour))
	grade(t, p, "b", srs.Good, today.Add(2*time.Hour))
	// 3 a.m. belongs to the evening before.
	grade(t, p, "c", srs.Easy, time.Date(2026, 12, 3, 3, 0, 0, 0, time.UTC))
	grade(t, p, "d", srs.Hard, today.Add(-29*day))
	grade(t, p, "e", srs.Hard, today.Add(-30*day)) // one day too old
	grade(t, p, "f", srs.Good, today.Add(day))     // in the future

	days := study.ReviewsPerDay(p.Log(), statsNow, study.StatsDays)
	require.Len(t, days, study.StatsDays)
	assert.Equal(t, time.Date(2026, 12, 3, 4, 0, 0, 0, time.UTC), days[29].Day)
	assert.Equal(t, time.Date(2026, 11, 4, 4, 0, 0, 0, time.UTC), days[0].Day)
	assert.Equal(t, [4]int{1, 0, 2, 0}, days[29].ByRating)
	assert.Equal(t, [4]int{0, 0, 0, 1}, days[28].ByRating)
	assert.Equal(t, [4]int{0, 1, 0, 0}, days[0].ByRating)
	total := 0
	for _, d := range days {
		total += d.Total()
	}
	assert.Equal(t, 5, total)
}

func TestReviewsPerDayInTheStudentsZone(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	p := study.NewProgress()
	// 20:00 UTC on 2 December is 05:00 on 3 December in Tokyo.
	grade(t, p, "a", srs.Good, time.Date(2026, 12, 2, 20, 0, 0, 0, time.UTC))
	days := study.ReviewsPerDay(p.Log(), time.Date(2026, 12, 3, 12, 0, 0, 0, tokyo), 2)
	assert.Equal(t, 1, days[1].Total(), "counted on the Tokyo day")
	assert.Zero(t, days[0].Total())
	assert.Nil(t, study.ReviewsPerDay(p.Log(), statsNow, 0))
}

// reviewCard gives the card id a review state due at due, with the
// interval ivl, as if answered ivl days before.
func reviewCard(t *testing.T, p *study.Progress, id string, due time.Time, ivl int) {
	t.Helper()
	last := due.Add(-time.Duration(ivl) * day)
	c := srs.Card{State: srs.Review, Due: due, LastReview: last, Stability: float64(ivl), Difficulty: 5, ScheduledDays: ivl, Reps: 2}
	require.NoError(t, p.Apply(study.Review{Card: id, Rating: srs.Good, Time: last, ScheduledDays: ivl, Before: srs.Learning, After: srs.Review}, c))
}

func TestDuePerDayAndStates(t *testing.T) {
	d := cardsDeck("over", "today", "tomorrow", "late", "far", "new", "susp", "learn", "sibling")
	d.Cards[8].QuizOnly = true
	p := study.NewProgress()
	reviewCard(t, p, "over", statsNow.Add(-3*day), 5)
	reviewCard(t, p, "today", time.Date(2026, 12, 4, 3, 0, 0, 0, time.UTC), 30) // before 4 a.m.: still today
	reviewCard(t, p, "tomorrow", time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC), 21)
	reviewCard(t, p, "late", statsNow.Add(29*day), 10)
	reviewCard(t, p, "far", statsNow.Add(30*day), 40) // past the last day
	reviewCard(t, p, "susp", statsNow.Add(day), 3)
	p.Suspend("susp")
	grade(t, p, "learn", srs.Again, statsNow.Add(-time.Hour))
	reviewCard(t, p, "sibling", statsNow, 3)

	due := study.DuePerDay(d, p, statsNow, study.StatsDays)
	require.Len(t, due, study.StatsDays)
	assert.Equal(t, time.Date(2026, 12, 3, 4, 0, 0, 0, time.UTC), due[0].Day)
	counts := make([]int, len(due))
	for i, c := range due {
		counts[i] = c.Count
	}
	want := make([]int, study.StatsDays)
	want[0] = 3 // over, today, learn
	want[1] = 1 // tomorrow
	want[29] = 1
	assert.Equal(t, want, counts)

	assert.Equal(t, study.StateCounts{New: 1, Learning: 1, Young: 2, Mature: 3, Suspended: 1}, study.CountStates(d, p))
	assert.Equal(t, 8, study.CountStates(d, p).Total(), "the quiz-only sibling is not counted")
}

func TestTrueRetention(t *testing.T) {
	p := study.NewProgress()
	yesterday := statsNow.Add(-day)
	// y is young (5 days) when passed today; m is mature (30 days) when
	// failed yesterday, then young again (its relearned interval) and
	// passed today; w was passed, mature, 10 days ago.
	reviewCard(t, p, "y", statsNow.Add(-time.Hour), 5)
	reviewCard(t, p, "m", yesterday, 30)
	reviewCard(t, p, "w", statsNow.Add(-10*day), 25)
	apply := func(id string, r srs.Rating, at time.Time, sched int) {
		st := srs.Card{State: srs.Review, Due: at.Add(time.Duration(sched) * day), LastReview: at, Stability: 3, Difficulty: 5, ScheduledDays: sched, Reps: 3}
		require.NoError(t, p.Apply(study.Review{Card: id, Rating: r, Time: at, ScheduledDays: sched, Before: srs.Review, After: srs.Review}, st))
	}
	apply("w", srs.Easy, statsNow.Add(-10*day), 60)
	apply("m", srs.Again, yesterday, 2)
	apply("y", srs.Good, statsNow.Add(-time.Hour), 12)
	apply("m", srs.Hard, statsNow.Add(-30*time.Minute), 4)
	apply("y", srs.Good, statsNow.Add(time.Hour), 20) // after now: not counted
	// A learning step is no review.
	grade(t, p, "n", srs.Again, statsNow.Add(-2*time.Hour))

	r := study.TrueRetention(p, statsNow)
	assert.InDelta(t, 0.9, r.Desired, 1e-9)
	pc := func(passed, failed int) study.PassCount { return study.PassCount{Passed: passed, Failed: failed} }
	want := []study.RetentionRow{
		{Period: study.PeriodToday, Young: pc(2, 0)},
		{Period: study.PeriodYesterday, Mature: pc(0, 1)},
		{Period: study.PeriodWeek, Young: pc(2, 0), Mature: pc(0, 1)},
		{Period: study.PeriodMonth, Young: pc(2, 0), Mature: pc(1, 1)},
		{Period: study.PeriodYear, Young: pc(2, 0), Mature: pc(1, 1)},
		{Period: study.PeriodAllTime, Young: pc(2, 0), Mature: pc(1, 1)},
	}
	assert.Equal(t, want, r.Rows)
	rate, ok := r.Rows[study.PeriodMonth].All().Rate()
	require.True(t, ok)
	assert.InDelta(t, 0.75, rate, 1e-9)
	_, ok = study.PassCount{}.Rate()
	assert.False(t, ok, "no reviews, no rate")
}

func TestTodayInWords(t *testing.T) {
	d := cardsDeck("a", "b", "c", "d")
	tests := []struct {
		name     string
		setup    func(t *testing.T, p *study.Progress)
		ja, en   string
		reviewed int
	}{
		{
			name:  "nothing yet",
			setup: func(*testing.T, *study.Progress) {},
			ja:    "今日はまだ復習していません。今日の復習はもうありません。",
			en:    "No cards studied yet today. Nothing else is due today.",
		},
		{
			name: "one card, one due",
			setup: func(t *testing.T, p *study.Progress) {
				reviewCard(t, p, "b", statsNow.Add(-day), 3)
				// Easy sends a new card straight to a review days away.
				grade(t, p, "a", srs.Easy, statsNow.Add(-time.Hour))
			},
			ja:       "今日は1枚に答え、1枚に正解しました（100%）。新しいカードは1枚です。学習時間は1分未満です。今日の残りは1枚です。",
			en:       "Today you answered 1 card, 1 right (100%), 1 of them new, in less than a minute. 1 card is still due today.",
			reviewed: 1,
		},
		{
			name: "several",
			setup: func(t *testing.T, p *study.Progress) {
				for i, id := range []string{"a", "b", "c"} {
					grade(t, p, id, srs.Good, statsNow.Add(-time.Duration(10+i)*time.Minute))
				}
				for range 6 { // Again keeps a card in today's learning steps
					grade(t, p, "c", srs.Again, statsNow.Add(-5*time.Minute))
				}
				grade(t, p, "d", srs.Good, statsNow.Add(-20*time.Hour)) // yesterday
			},
			// a, b and c wait in learning steps today, and d since yesterday.
			ja:       "今日は9枚に答え、3枚に正解しました（33%）。新しいカードは3枚です。学習時間は2分です。今日の残りは4枚です。",
			en:       "Today you answered 9 cards, 3 right (33%), 3 of them new, in 2 minutes. 4 cards are still due today.",
			reviewed: 9,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := study.NewProgress()
			tc.setup(t, p)
			today := study.Today(d, p, statsNow)
			assert.Equal(t, tc.reviewed, today.Reviewed)
			assert.Equal(t, tc.ja, today.Sentence("ja"))
			assert.Equal(t, tc.en, today.Sentence("en"))
		})
	}
}

func TestStudyDaysAcrossADaylightSavingChange(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	// Clocks went back on 1 November 2026: that day has 25 hours.
	now := time.Date(2026, 11, 15, 12, 0, 0, 0, ny)
	p := study.NewProgress()
	grade(t, p, "a", srs.Good, time.Date(2026, 11, 1, 23, 30, 0, 0, ny))
	grade(t, p, "b", srs.Good, time.Date(2026, 11, 2, 4, 30, 0, 0, ny))
	days := study.ReviewsPerDay(p.Log(), now, study.StatsDays)
	for i, d := range days {
		assert.Equal(t, 4, d.Day.Hour(), "day %d starts at 4 a.m.", i)
		if i > 0 {
			assert.Equal(t, days[i-1].Day.AddDate(0, 0, 1), d.Day)
		}
	}
	assert.Equal(t, 1, days[15].Total(), "1 November")
	assert.Equal(t, 1, days[16].Total(), "2 November")
}
