package study_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// answer flips the current card, checks it is want, and grades it.
func answer(t *testing.T, s *study.Session, want string, g study.Grade) {
	t.Helper()
	c, ok := s.Current()
	require.True(t, ok, "expected card %s on show", want)
	require.Equal(t, want, c.ID)
	require.NoError(t, s.Flip())
	require.NoError(t, s.Answer(g))
}

// TestCardsComeBackWhenFSRSSays walks one new card through its learning
// step into Review on a fake clock and checks that it is shown exactly
// when the FSRS scheduler says: not a minute before.
func TestCardsComeBackWhenFSRSSays(t *testing.T) {
	clk := &clock{t: t0}
	d := cardsDeck("c1")
	p := study.NewProgress()
	opt := study.Options{Now: clk.now, LearnAhead: -1} // no showing early

	// The same two answers, straight from the scheduler.
	sched := srs.Default()
	step := sched.Next(srs.NewCard(t0), srs.Good, t0)
	require.Equal(t, srs.Learning, step.State)
	require.Equal(t, 10*time.Minute, step.Due.Sub(t0), "Good on a new card goes to the 10-minute step")
	graduated := sched.Next(step, srs.Good, step.Due)
	require.Equal(t, srs.Review, graduated.State)
	n := graduated.ScheduledDays
	require.Positive(t, n)

	s, err := study.New(d, p, opt)
	require.NoError(t, err)
	_, ok := s.Current() // on show at t0, answered 4 seconds later
	require.True(t, ok)
	clk.advance(4 * time.Second)
	answer(t, s, "c1", study.Good)
	got, _ := p.Card("c1")
	assert.Equal(t, step, withTime(got, t0), "the session schedules as srs does")

	_, ok = s.Current()
	assert.False(t, ok, "the learning card waits for its step")
	due, ok := s.NextDue()
	require.True(t, ok)
	assert.Equal(t, t0.Add(4*time.Second+10*time.Minute), due)

	clk.t = due.Add(-time.Second)
	_, ok = s.Current()
	assert.False(t, ok, "a second before the step: still waiting")
	clk.t = due
	answer(t, s, "c1", study.Good)
	got, _ = p.Card("c1")
	assert.Equal(t, srs.Review, got.State)
	assert.Equal(t, n, got.ScheduledDays, "graduates after the interval srs gives")
	reviewed := due

	for _, tt := range []struct {
		name string
		at   time.Duration
		due  bool
	}{
		{"the next morning", 15 * time.Hour, n == 1},
		{"a minute early", time.Duration(n)*day - time.Minute, false},
		{"on the dot", time.Duration(n) * day, true},
		{"a week late", time.Duration(n)*day + 7*day, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			clk.t = reviewed.Add(tt.at)
			s, err := study.New(d, p, opt)
			require.NoError(t, err)
			c, ok := s.Current()
			assert.Equal(t, tt.due, ok)
			if ok {
				assert.Equal(t, "c1", c.ID)
				assert.Equal(t, study.Counts{Review: 1}, s.Left())
			}
		})
	}

	log := p.Log()
	require.Len(t, log, 2)
	assert.Equal(t, study.Review{Card: "c1", Rating: srs.Good, Time: t0.Add(4 * time.Second),
		Before: srs.New, After: srs.Learning, DurationMS: 4000}, log[0])
	assert.Equal(t, srs.Learning, log[1].Before)
	assert.Equal(t, srs.Review, log[1].After)
	assert.Equal(t, n, log[1].ScheduledDays)
}

// withTime replays the card's times onto another start: the session
// answered 4 seconds after t0, the reference answer at t0.
func withTime(c srs.Card, start time.Time) srs.Card {
	shift := c.LastReview.Sub(start)
	c.Due = c.Due.Add(-shift)
	c.LastReview = start
	return c
}

// TestLapseRelearnsAfterTenMinutes forgets a review card: it comes back
// after the 10-minute relearning step, then goes back to Review.
func TestLapseRelearnsAfterTenMinutes(t *testing.T) {
	clk := &clock{t: t0}
	p := study.NewProgress()
	opt := study.Options{Now: clk.now, LearnAhead: -1}
	d := cardsDeck("c1")

	s, err := study.New(d, p, opt)
	require.NoError(t, err)
	answer(t, s, "c1", study.Easy) // straight to Review
	c, _ := p.Card("c1")
	require.Equal(t, srs.Review, c.State)

	clk.t = c.Due
	s, err = study.New(d, p, opt)
	require.NoError(t, err)
	answer(t, s, "c1", study.Again)
	c, _ = p.Card("c1")
	assert.Equal(t, srs.Relearning, c.State)
	assert.Equal(t, 1, c.Lapses)
	assert.Equal(t, study.Counts{Learning: 1}, s.Left())

	clk.advance(10*time.Minute - time.Second)
	_, ok := s.Current()
	assert.False(t, ok)
	clk.advance(time.Second)
	answer(t, s, "c1", study.Good)
	c, _ = p.Card("c1")
	assert.Equal(t, srs.Review, c.State)
	assert.Zero(t, s.Remaining())
}
