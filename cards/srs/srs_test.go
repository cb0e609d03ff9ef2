package srs_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
)

var t0 = time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)

const day = 24 * time.Hour

// reviewCard is a graduated card last seen at t0.
func reviewCard(stability, difficulty float64) srs.Card {
	return srs.Card{
		Due: t0.Add(time.Duration(math.Round(stability)) * day), Stability: stability, Difficulty: difficulty,
		State: srs.Review, Reps: 5, LastReview: t0, ScheduledDays: int(math.Round(stability)),
	}
}

func TestStringers(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{srs.New.String(), "New"},
		{srs.Learning.String(), "Learning"},
		{srs.Review.String(), "Review"},
		{srs.Relearning.String(), "Relearning"},
		{srs.State(9).String(), "State(9)"},
		{srs.Again.String(), "Again"},
		{srs.Hard.String(), "Hard"},
		{srs.Good.String(), "Good"},
		{srs.Easy.String(), "Easy"},
		{srs.Rating(0).String(), "Rating(0)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.got)
	}
	// The numeric values are ts-fsrs's.
	assert.Equal(t, []int{0, 1, 2, 3}, []int{int(srs.New), int(srs.Learning), int(srs.Review), int(srs.Relearning)})
	assert.Equal(t, []int{1, 2, 3, 4}, []int{int(srs.Again), int(srs.Hard), int(srs.Good), int(srs.Easy)})
}

func TestParseRating(t *testing.T) {
	tests := []struct {
		in      string
		want    srs.Rating
		wantErr string
	}{
		{in: "again", want: srs.Again},
		{in: "Hard", want: srs.Hard},
		{in: " GOOD ", want: srs.Good},
		{in: "easy", want: srs.Easy},
		{in: "1", want: srs.Again},
		{in: "4", want: srs.Easy},
		{in: "0", wantErr: "out of range"},
		{in: "5", wantErr: "out of range"},
		{in: "manual", wantErr: "unknown rating"},
		{in: "", wantErr: "unknown rating"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := srs.ParseRating(tt.in)
			if tt.wantErr != "" {
				require.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.True(t, got.Valid())
		})
	}
	assert.False(t, srs.Rating(0).Valid())
	assert.False(t, srs.Rating(5).Valid())
}

func TestNewCardTransitions(t *testing.T) {
	tests := []struct {
		rating    srs.Rating
		state     srs.State
		step      int
		due       time.Duration
		stability float64
	}{
		{srs.Again, srs.Learning, 0, time.Minute, 0.212},
		{srs.Hard, srs.Learning, 0, 6 * time.Minute, 1.2931}, // halfway between 1m and 10m
		{srs.Good, srs.Learning, 1, 10 * time.Minute, 2.3065},
		{srs.Easy, srs.Review, 0, 8 * day, 8.2956}, // graduates at once: round(8.2956) days
	}
	s := srs.Default()
	for _, tt := range tests {
		t.Run(tt.rating.String(), func(t *testing.T) {
			c := s.Next(srs.NewCard(t0), tt.rating, t0)
			assert.Equal(t, tt.state, c.State)
			assert.Equal(t, tt.step, c.Step)
			assert.Equal(t, t0.Add(tt.due), c.Due)
			assert.Equal(t, tt.stability, c.Stability)
			assert.GreaterOrEqual(t, c.Difficulty, 1.0)
			assert.LessOrEqual(t, c.Difficulty, 10.0)
			assert.Equal(t, 1, c.Reps)
			assert.Zero(t, c.Lapses)
			assert.Equal(t, t0, c.LastReview)
		})
	}
}

func TestLearningToReview(t *testing.T) {
	s := srs.Default()
	c := s.Next(srs.NewCard(t0), srs.Good, t0)
	require.Equal(t, srs.Learning, c.State)
	require.Equal(t, 1, c.Step)

	// Hard keeps the step; Again goes back to the first one.
	hard := s.Next(c, srs.Hard, c.Due)
	assert.Equal(t, srs.Learning, hard.State)
	assert.Equal(t, 1, hard.Step)
	assert.Equal(t, c.Due.Add(6*time.Minute), hard.Due)
	again := s.Next(c, srs.Again, c.Due)
	assert.Equal(t, srs.Learning, again.State)
	assert.Equal(t, 0, again.Step)
	assert.Equal(t, c.Due.Add(time.Minute), again.Due)

	// Good on the last step graduates, scheduled in whole days.
	c = s.Next(c, srs.Good, c.Due)
	assert.Equal(t, srs.Review, c.State)
	assert.Equal(t, 0, c.Step)
	assert.GreaterOrEqual(t, c.ScheduledDays, 1)
	assert.Equal(t, c.LastReview.Add(time.Duration(c.ScheduledDays)*day), c.Due)
	assert.Equal(t, 2, c.Reps)
	assert.Zero(t, c.Lapses)
}

func TestLapse(t *testing.T) {
	s := srs.Default()
	c := reviewCard(20, 5)
	now := c.Due

	lapsed := s.Next(c, srs.Again, now)
	assert.Equal(t, srs.Relearning, lapsed.State)
	assert.Equal(t, 1, lapsed.Lapses)
	assert.Equal(t, now.Add(10*time.Minute), lapsed.Due)
	assert.Less(t, lapsed.Stability, c.Stability, "forgetting lowers stability")
	assert.Greater(t, lapsed.Difficulty, c.Difficulty, "Again raises difficulty")

	// Hard repeats the single relearning step at 1.5 times its length.
	hard := s.Next(lapsed, srs.Hard, lapsed.Due)
	assert.Equal(t, srs.Relearning, hard.State)
	assert.Equal(t, lapsed.Due.Add(15*time.Minute), hard.Due)

	// Again while relearning is not another lapse.
	again := s.Next(lapsed, srs.Again, lapsed.Due)
	assert.Equal(t, srs.Relearning, again.State)
	assert.Equal(t, 1, again.Lapses)

	back := s.Next(lapsed, srs.Good, lapsed.Due)
	assert.Equal(t, srs.Review, back.State)
	assert.Equal(t, 1, back.Lapses)
	assert.GreaterOrEqual(t, back.ScheduledDays, 1)

	// Only Again in Review counts as a lapse.
	for _, r := range []srs.Rating{srs.Hard, srs.Good, srs.Easy} {
		assert.Zero(t, s.Next(c, r, now).Lapses, r.String())
	}
}

func TestReviewIntervalsOrdered(t *testing.T) {
	s := srs.Default()
	for _, stability := range []float64{0.5, 1, 3, 10, 100, 1000} {
		c := reviewCard(stability, 7)
		for _, now := range []time.Time{t0.Add(time.Hour), c.Due, c.Due.Add(30 * day)} {
			hard := s.Next(c, srs.Hard, now).ScheduledDays
			good := s.Next(c, srs.Good, now).ScheduledDays
			easy := s.Next(c, srs.Easy, now).ScheduledDays
			assert.Less(t, hard, good, "S=%v at %v", stability, now)
			assert.Less(t, good, easy, "S=%v at %v", stability, now)
		}
	}
}

func TestSameDayAndMidnight(t *testing.T) {
	s := srs.Default()
	late := time.Date(2025, 3, 14, 23, 58, 0, 0, time.UTC)
	c := s.Next(srs.NewCard(late), srs.Good, late)

	// Two minutes later but on the next UTC day: one elapsed day, so the
	// long-term formula applies.
	next := s.Next(c, srs.Good, late.Add(2*time.Minute))
	assert.Equal(t, 1, next.ElapsedDays)
	same := s.Next(c, srs.Good, late.Add(time.Minute))
	assert.Equal(t, 0, same.ElapsedDays)
	assert.NotEqual(t, same.Stability, next.Stability)

	// Local time zones do not matter: days are UTC days.
	tz := time.FixedZone("UTC+9", 9*3600)
	inTZ := s.Next(c, srs.Good, late.Add(2*time.Minute).In(tz))
	assert.Equal(t, next.ElapsedDays, inTZ.ElapsedDays)
	assert.Equal(t, next.Stability, inTZ.Stability)
	assert.True(t, next.Due.Equal(inTZ.Due))
}

func TestRetrievability(t *testing.T) {
	s := srs.Default()
	assert.Zero(t, s.Retrievability(srs.NewCard(t0), t0.Add(day)))

	c := reviewCard(10, 5)
	assert.Equal(t, 1.0, s.Retrievability(c, t0))
	assert.Equal(t, 1.0, s.Retrievability(c, t0.Add(-day)), "a time before the last review counts as no time")
	assert.InDelta(t, 0.9, s.Retrievability(c, t0.Add(10*day)), 1e-6, "R(S) = 90% by definition of stability")
	prev := 1.0
	for d := 1; d < 400; d += 7 {
		r := s.Retrievability(c, t0.Add(time.Duration(d)*day))
		assert.Less(t, r, prev)
		prev = r
	}
}

// At the scheduled interval, recall probability has fallen to the desired
// retention (up to the rounding of the interval to whole days).
func TestRetrievabilityAtInterval(t *testing.T) {
	for _, retention := range []float64{0.7, 0.8, 0.9, 0.95} {
		p := srs.DefaultParams()
		p.DesiredRetention = retention
		s, err := srs.NewScheduler(p)
		require.NoError(t, err)
		for _, stability := range []float64{30, 90, 365} {
			c := s.Next(reviewCard(stability, 5), srs.Good, t0.Add(time.Duration(stability)*day))
			r := s.Retrievability(c, c.Due)
			assert.InDelta(t, retention, r, 0.005, "retention %v, S %v, %d days", retention, c.Stability, c.ScheduledDays)
		}
	}
}

func TestMaximumInterval(t *testing.T) {
	s := srs.Default()
	c := reviewCard(30000, 2)
	for _, r := range []srs.Rating{srs.Hard, srs.Good, srs.Easy} {
		got := s.Next(c, r, c.Due.Add(3000*day))
		assert.Equal(t, srs.MaxInterval, got.ScheduledDays, r.String())
		assert.LessOrEqual(t, got.Stability, 36500.0)
	}

	p := srs.DefaultParams()
	p.MaximumInterval = 30
	short, err := srs.NewScheduler(p)
	require.NoError(t, err)
	for _, r := range []srs.Rating{srs.Hard, srs.Good, srs.Easy} {
		got := short.Next(reviewCard(100, 5), r, t0.Add(100*day))
		assert.Equal(t, 30, got.ScheduledDays, r.String())
		assert.Equal(t, t0.Add(130*day), got.Due)
	}
	easy := short.Next(srs.NewCard(t0), srs.Easy, t0)
	assert.Equal(t, 8, easy.ScheduledDays, "below the cap, intervals are untouched")
	short.Fuzz = true
	for i := range 50 {
		now := t0.Add(100*day + time.Duration(i)*time.Hour)
		assert.LessOrEqual(t, short.Next(reviewCard(100, 5), srs.Easy, now).ScheduledDays, 30)
	}
}

func TestNewSchedulerValidation(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(*srs.Params)
		wantErr []string
	}{
		{"defaults", func(*srs.Params) {}, nil},
		{"custom but valid", func(p *srs.Params) {
			p.DesiredRetention = 0.85
			p.MaximumInterval = 365
			p.LearningSteps = nil
			p.RelearningSteps = []time.Duration{5 * time.Minute, time.Hour}
		}, nil},
		{"too few weights", func(p *srs.Params) { p.Weights = p.Weights[:19] }, []string{"want 21 FSRS-6 weights, got 19"}},
		{"NaN weight", func(p *srs.Params) { p.Weights[3] = math.NaN() }, []string{"w[3] is NaN"}},
		{"weight out of range", func(p *srs.Params) { p.Weights[20] = 0.9 }, []string{"w[20] = 0.9 is outside [0.1, 0.8]"}},
		{"short-term ceiling with two relearning steps", func(p *srs.Params) {
			p.RelearningSteps = []time.Duration{time.Minute, 10 * time.Minute}
			p.Weights[17] = 1.9
		}, []string{"w[17] = 1.9 is outside [0, "}},
		{"retention 1", func(p *srs.Params) { p.DesiredRetention = 1 }, []string{"desired retention 1 is not in (0, 1)"}},
		{"retention 0", func(p *srs.Params) { p.DesiredRetention = 0 }, []string{"desired retention 0"}},
		{"retention NaN", func(p *srs.Params) { p.DesiredRetention = math.NaN() }, []string{"desired retention NaN"}},
		{"max interval 0", func(p *srs.Params) { p.MaximumInterval = 0 }, []string{"maximum interval 0 days is not in [1, 36500]"}},
		{"max interval too long", func(p *srs.Params) { p.MaximumInterval = 36501 }, []string{"maximum interval 36501"}},
		{"seconds step", func(p *srs.Params) { p.LearningSteps = []time.Duration{90 * time.Second} }, []string{"learning step 0 (1m30s)"}},
		{"zero relearning step", func(p *srs.Params) { p.RelearningSteps = []time.Duration{0} }, []string{"relearning step 0 (0s)"}},
		{"several problems at once", func(p *srs.Params) {
			p.Weights[0] = -1
			p.DesiredRetention = 2
		}, []string{"w[0] = -1", "desired retention 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := srs.DefaultParams()
			tt.edit(&p)
			s, err := srs.NewScheduler(p)
			if tt.wantErr == nil {
				require.NoError(t, err)
				assert.Equal(t, p, s.Params())
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, srs.ErrInvalidParams)
			for _, want := range tt.wantErr {
				assert.ErrorContains(t, err, want)
			}
			assert.Equal(t, err, p.Validate())
		})
	}
}

func TestSchedulerOwnsItsParams(t *testing.T) {
	p := srs.DefaultParams()
	s, err := srs.NewScheduler(p)
	require.NoError(t, err)
	want := s.Next(srs.NewCard(t0), srs.Easy, t0)
	p.Weights[3] = 50
	p.LearningSteps[0] = time.Hour
	assert.Equal(t, want, s.Next(srs.NewCard(t0), srs.Easy, t0))
	got := s.Params()
	got.Weights[3] = 50
	assert.Equal(t, 8.2956, s.Params().Weights[3])
}

func TestZeroSchedulerIsDefault(t *testing.T) {
	var zero srs.Scheduler
	c := srs.NewCard(t0)
	for range 20 {
		want := srs.Default().Next(c, srs.Good, c.Due)
		require.Equal(t, want, zero.Next(c, srs.Good, c.Due))
		c = want
	}
	assert.Equal(t, srs.DefaultParams(), zero.Params())
}

func TestNextPanicsOnInvalidRating(t *testing.T) {
	s := srs.Default()
	assert.PanicsWithValue(t, "srs: Next called with invalid rating 0", func() { s.Next(srs.NewCard(t0), 0, t0) })
	assert.Panics(t, func() { s.Next(srs.NewCard(t0), 5, t0) })
}

func TestUnknownStateStartsOver(t *testing.T) {
	s := srs.Default()
	c := srs.Card{State: srs.State(7), Due: t0}
	assert.Equal(t, s.Next(srs.NewCard(t0), srs.Good, t0), s.Next(c, srs.Good, t0))
}

func TestFuzz(t *testing.T) {
	plain := srs.Default()
	fuzzy := srs.Default()
	fuzzy.Fuzz = true
	seen := map[int]bool{}
	for i := range 500 {
		c := reviewCard(40, 5)
		now := c.Due.Add(time.Duration(i) * 37 * time.Minute)
		want := plain.Next(c, srs.Good, now)
		got := fuzzy.Next(c, srs.Good, now)
		require.Equal(t, got, fuzzy.Next(c, srs.Good, now), "fuzz must be deterministic")
		assert.Equal(t, want.Stability, got.Stability, "fuzz changes only the interval")
		assert.Equal(t, want.Difficulty, got.Difficulty)
		// ±(1 + 15% of 4.5 + 10% of 13 + 5% of the rest) days.
		ivl := float64(want.ScheduledDays)
		delta := 1 + 0.15*4.5 + 0.1*13 + 0.05*(ivl-20)
		assert.InDelta(t, ivl, float64(got.ScheduledDays), delta+0.5, "i=%d", i)
		assert.Equal(t, now.Add(time.Duration(got.ScheduledDays)*day), got.Due)
		seen[got.ScheduledDays] = true
	}
	assert.Greater(t, len(seen), 3, "fuzz should spread intervals")

	// Short intervals (under 2.5 days) are never fuzzed.
	c := fuzzy.Next(srs.NewCard(t0), srs.Again, t0)
	for i := range 50 {
		now := c.Due.Add(time.Duration(i) * time.Minute)
		assert.Equal(t, plain.Next(c, srs.Good, now), fuzzy.Next(c, srs.Good, now))
	}
}

func TestCardJSON(t *testing.T) {
	s := srs.Default()
	c := s.Next(srs.NewCard(t0), srs.Good, t0)
	raw, err := json.Marshal(c)
	require.NoError(t, err)
	var fields map[string]any
	require.NoError(t, json.Unmarshal(raw, &fields))
	for _, k := range []string{"due", "stability", "difficulty", "state", "reps", "lapses", "last_review", "step", "scheduled_days", "elapsed_days"} {
		assert.Contains(t, fields, k)
	}
	assert.Equal(t, 1.0, fields["state"])
	var back srs.Card
	require.NoError(t, json.Unmarshal(raw, &back))
	assert.Equal(t, c, back)

	raw, err = json.Marshal(srs.NewCard(t0))
	require.NoError(t, err)
	assert.NotContains(t, string(raw), "last_review", "a new card has no last review")
}

func TestNextDoesNotAllocate(t *testing.T) {
	for _, fuzz := range []bool{false, true} {
		s := srs.Default()
		s.Fuzz = fuzz
		c := reviewCard(40, 5)
		now := c.Due
		allocs := testing.AllocsPerRun(200, func() {
			c = s.Next(c, srs.Good, now)
			now = c.Due
		})
		assert.Zero(t, allocs, "fuzz=%v", fuzz)
	}
}

func TestValidateErrorsJoin(t *testing.T) {
	p := srs.DefaultParams()
	p.Weights[0] = -1
	p.Weights[1] = -1
	err := p.Validate()
	var joined interface{ Unwrap() []error }
	require.True(t, errors.As(err, &joined))
	assert.Len(t, joined.Unwrap(), 2)
}
