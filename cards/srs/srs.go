// Package srs schedules flash-card reviews with FSRS-6, the Free Spaced
// Repetition Scheduler used by Anki.
//
// FSRS models each card's memory with two numbers: stability S, the
// number of days after which the probability of recall (retrievability R)
// drops to 90%, and difficulty D in [1, 10], which scales how much S grows
// on a successful review. After each rating the scheduler updates S and D
// and picks the next due date so that R will have fallen to the desired
// retention (90% by default) by then. New and forgotten cards first go
// through short learning steps (minutes apart) before being scheduled in
// days.
//
// The package follows ts-fsrs 5.4 (the reference FSRS-6 implementation in
// TypeScript) to the second and to its 8-decimal rounding; testdata holds
// vectors generated with it. It uses only the standard library and does
// not allocate while scheduling.
package srs

import (
	"fmt"
	"time"
)

// Scheduler computes review schedules. Its zero value is equivalent to
// Default(). A Scheduler is a small value that is safe to copy and to use
// from many goroutines at once.
type Scheduler struct {
	// Fuzz moves each interval of 2.5 days or more by up to a day plus
	// 5–15% of its length, so cards learned together spread apart. The
	// choice is deterministic: it depends only on the card and the review
	// time, exactly as in ts-fsrs, so replaying a review gives the same
	// result. Off by default.
	Fuzz bool

	m *model
}

var defaultModel = newModel(DefaultParams())

// Default returns a Scheduler with DefaultParams.
func Default() Scheduler { return Scheduler{m: defaultModel} }

// NewScheduler returns a Scheduler for p, or an error wrapping
// ErrInvalidParams that lists every invalid field.
func NewScheduler(p Params) (Scheduler, error) {
	if err := p.Validate(); err != nil {
		return Scheduler{}, err
	}
	return Scheduler{Fuzz: p.EnableFuzz, m: newModel(p)}, nil
}

// Params returns a copy of the scheduler's parameters.
func (s Scheduler) Params() Params {
	p := s.model().p.clone()
	p.EnableFuzz = s.Fuzz
	return p
}

func (s Scheduler) model() *model {
	if s.m == nil {
		return defaultModel
	}
	return s.m
}

// Next returns card c after it was reviewed at now with rating r.
//
// A card answered on the same UTC calendar day as its previous review
// gets the short-term stability update; otherwise the elapsed whole days
// drive the forgetting curve. A review dated before the previous one
// counts as a same-day review. Next panics if r is not a valid rating:
// check untrusted input with ParseRating or Rating.Valid.
func (s Scheduler) Next(c Card, r Rating, now time.Time) Card {
	if !r.Valid() {
		panic(fmt.Sprintf("srs: Next called with invalid rating %d", r))
	}
	m := s.model()
	if !c.State.Valid() {
		c.State = New // start an unknown state over as a new card
	}
	elapsed := 0
	if c.State != New && !c.LastReview.IsZero() {
		elapsed = max(0, utcDay(now)-utcDay(c.LastReview))
	}
	fz := fuzzer{on: s.Fuzz, ms: now.UnixMilli(), reps: c.Reps + 1, mem: c.Difficulty * c.Stability}

	next := c
	next.Reps++
	next.LastReview = now
	next.ElapsedDays = elapsed
	switch c.State {
	case Review:
		m.review(&next, &c, r, elapsed, now, &fz)
	case Learning, Relearning:
		next.Difficulty, next.Stability = m.nextMemory(c.Difficulty, c.Stability, elapsed, r)
		m.step(&next, &c, r, c.State, elapsed, now, &fz)
	default: // New
		next.Difficulty, next.Stability = m.nextMemory(c.Difficulty, c.Stability, 0, r)
		m.step(&next, &c, r, Learning, 0, now, &fz)
	}
	return next
}

// review handles a card in Review. Again is a lapse: the card enters
// the relearning steps. Hard, Good and Easy are scheduled in days, and
// their intervals are kept ordered, Hard < Good < Easy, even when the
// model's stabilities are close, except that none exceeds the maximum
// interval. (ts-fsrs lets Good and Easy pass the maximum by a day or two
// there; Anki does not, and neither do we.)
func (m *model) review(next, c *Card, r Rating, elapsed int, now time.Time, fz *fuzzer) {
	if r == Again {
		next.Lapses++
		next.Difficulty, next.Stability = m.nextMemory(c.Difficulty, c.Stability, elapsed, Again)
		m.step(next, c, Again, Relearning, elapsed, now, fz)
		return
	}
	sHard, sGood, sEasy := m.passStabilities(c.Difficulty, c.Stability, elapsed)
	hard := m.interval(sHard, elapsed, fz)
	good := m.interval(sGood, elapsed, fz)
	capIvl := int(m.maxIvl)
	hard = min(hard, good)
	good = min(max(good, hard+1), capIvl)
	ivl, stab := hard, sHard
	switch r {
	case Good:
		ivl, stab = good, sGood
	case Easy:
		ivl, stab = min(max(m.interval(sEasy, elapsed, fz), good+1), capIvl), sEasy
	}
	next.Difficulty = m.difficultyAfter(c.Difficulty, c.Stability, r)
	next.Stability = stab
	next.State = Review
	next.Step = 0
	next.ScheduledDays = ivl
	next.Due = now.Add(time.Duration(ivl) * 24 * time.Hour)
}

// step applies the (re)learning steps: a delay of under a day keeps the
// card in state to at the next step; otherwise the card graduates to
// Review, scheduled in days by its new stability (or by the step itself
// if the step is a day or longer).
func (m *model) step(next, c *Card, r Rating, to State, elapsed int, now time.Time, fz *fuzzer) {
	mins, nextStep, ok := m.stepDelay(c.State, c.Step, r)
	switch {
	case ok && mins < 1440:
		next.State = to
		next.Step = nextStep
		next.ScheduledDays = 0
		next.Due = now.Add(time.Duration(mins) * time.Minute)
	case ok:
		next.State = Review
		next.Step = nextStep
		next.ScheduledDays = mins / 1440
		next.Due = now.Add(time.Duration(mins) * time.Minute)
	default:
		ivl := m.interval(next.Stability, elapsed, fz)
		next.State = Review
		next.Step = 0
		next.ScheduledDays = ivl
		next.Due = now.Add(time.Duration(ivl) * 24 * time.Hour)
	}
}

// stepDelay looks up the learning step for rating r of a card in state
// at step cur. Again restarts at the first step; Hard repeats the current
// step with the Hard delay; Good moves to the next step; Easy, Good on the
// last step, and any step beyond the configured ones graduate (ok false).
// A lapse from Review enters the relearning steps at step cur.
func (m *model) stepDelay(state State, cur int, r Rating) (mins, nextStep int, ok bool) {
	steps, hard := m.learn, m.learnHard
	if state == Review || state == Relearning {
		steps, hard = m.relearn, m.relearnHard
	}
	cur = max(cur, 0)
	if cur >= len(steps) {
		return 0, 0, false
	}
	if state == Review {
		return steps[cur], 0, r == Again
	}
	switch r {
	case Again:
		return steps[0], 0, true
	case Hard:
		return hard, cur, true
	case Good:
		if cur+1 < len(steps) {
			return steps[cur+1], cur + 1, true
		}
	}
	return 0, 0, false
}

// Retrievability is the predicted probability, in [0, 1], that the card
// is recalled at now: the FSRS-6 forgetting curve R = (1 + f·t/S)^(−w20)
// with t the whole 24-hour days since the last review (as ts-fsrs's
// get_retrievability). It is 0 for a new card.
func (s Scheduler) Retrievability(c Card, now time.Time) float64 {
	if c.State == New || c.Stability <= 0 {
		return 0
	}
	t := 0
	if !c.LastReview.IsZero() {
		t = max(0, int(floorDiv(now.UnixMilli()-c.LastReview.UnixMilli(), 86_400_000)))
	}
	return s.model().retrievability(float64(t), round8(c.Stability))
}

// utcDay numbers UTC calendar days; ts-fsrs counts elapsed days as the
// difference of these, so 23:59 to 00:01 is one day.
func utcDay(t time.Time) int { return int(floorDiv(t.Unix(), 86400)) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
