package srs

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"
)

// NumWeights is the length of an FSRS-6 weight vector.
const NumWeights = 21

// MaxInterval is the longest interval, in days, a scheduler can use
// (about a century, as in Anki and ts-fsrs).
const MaxInterval = 36500

// ErrInvalidParams is wrapped by every error NewScheduler returns.
var ErrInvalidParams = errors.New("srs: invalid parameters")

// defaultWeights are the FSRS-6 defaults shipped by ts-fsrs 5.x; the last
// one, w[20] = 0.1542, is the decay of the forgetting curve.
var defaultWeights = [NumWeights]float64{
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
	1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014,
	1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
}

// Params configures a Scheduler. Build one with DefaultParams, change what
// you need, and pass it to NewScheduler, which checks it.
type Params struct {
	// Weights is the 21-value FSRS-6 model w[0..20], e.g. from the FSRS
	// optimizer.
	Weights []float64
	// DesiredRetention is the recall probability at which reviews are
	// scheduled, in (0, 1). Higher means more reviews.
	DesiredRetention float64
	// MaximumInterval caps intervals, in days, in [1, MaxInterval].
	MaximumInterval int
	// LearningSteps are the delays, in whole minutes, between the first
	// reviews of a new card before the memory model takes over.
	LearningSteps []time.Duration
	// RelearningSteps are the same for a card forgotten in Review.
	RelearningSteps []time.Duration
	// EnableFuzz sets the Scheduler's Fuzz field.
	EnableFuzz bool
}

// DefaultParams returns the defaults of ts-fsrs 5.x: the FSRS-6 default
// weights, 90% retention, a 36500-day cap, learning steps 1m and 10m,
// a relearning step of 10m, and no fuzz.
func DefaultParams() Params {
	return Params{
		Weights:          slices.Clone(defaultWeights[:]),
		DesiredRetention: 0.9,
		MaximumInterval:  MaxInterval,
		LearningSteps:    []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps:  []time.Duration{10 * time.Minute},
	}
}

// weightRange is the closed interval a weight must lie in.
type weightRange struct{ lo, hi float64 }

// weightRanges are the bounds the FSRS optimizer (and ts-fsrs's clipping)
// keeps each weight in; outside them the formulas can yield negative
// stabilities or runaway growth. w[19] has a floor of 0.01 because the
// short-term formula is always on here.
var weightRanges = [NumWeights]weightRange{
	{0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100}, // initial S per rating
	{1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, // difficulty
	{0, 4.5}, {0, 0.8}, {0.001, 3.5}, // recall stability
	{0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4}, // forget stability
	{0, 1}, {1, 6}, // hard penalty, easy bonus
	{0, 2}, {0, 2}, {0.01, 0.8}, // short-term stability
	{0.1, 0.8}, // decay
}

// Validate reports every problem with p, joined, each wrapping
// ErrInvalidParams; nil means NewScheduler will accept p.
func (p Params) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidParams}, args...)...))
	}
	if len(p.Weights) != NumWeights {
		bad("want %d FSRS-6 weights, got %d", NumWeights, len(p.Weights))
	} else {
		ceiling := shortTermCeiling(p.Weights, len(p.RelearningSteps))
		for i, w := range p.Weights {
			r := weightRanges[i]
			if (i == 17 || i == 18) && ceiling < r.hi {
				r.hi = ceiling
			}
			switch {
			case math.IsNaN(w) || math.IsInf(w, 0):
				bad("weight w[%d] is %v, not a finite number", i, w)
			case w < r.lo || w > r.hi:
				bad("weight w[%d] = %g is outside [%g, %g]", i, w, r.lo, r.hi)
			}
		}
	}
	if !(p.DesiredRetention > 0 && p.DesiredRetention < 1) {
		bad("desired retention %g is not in (0, 1)", p.DesiredRetention)
	}
	if p.MaximumInterval < 1 || p.MaximumInterval > MaxInterval {
		bad("maximum interval %d days is not in [1, %d]", p.MaximumInterval, MaxInterval)
	}
	for _, e := range checkSteps("learning", p.LearningSteps) {
		bad("%s", e)
	}
	for _, e := range checkSteps("relearning", p.RelearningSteps) {
		bad("%s", e)
	}
	return errors.Join(errs...)
}

// checkSteps requires whole, positive minutes: ts-fsrs counts steps in
// minutes, and a zero step would silently skip the rest of the steps.
func checkSteps(kind string, steps []time.Duration) []string {
	var out []string
	for i, d := range steps {
		if d <= 0 || d%time.Minute != 0 || d > MaxInterval*24*time.Hour {
			out = append(out, fmt.Sprintf("%s step %d (%v) is not a positive whole number of minutes of at most %d days", kind, i, d, MaxInterval))
		}
	}
	return out
}

// shortTermCeiling bounds w[17] and w[18] when there is more than one
// relearning step, as ts-fsrs and the FSRS optimizer do. Each same-day
// Good multiplies stability by about e^(w17·w18), so n relearning steps
// by e^(n·w17·w18). Keeping w17 and w18 at most sqrt(v/n), with
// e^(-v) = w11·(2^w13 − 1)·e^(0.3·w14) the post-lapse stability of a
// card with S = 1, D = 1 and R = 0.7, stops the steps from lifting such a
// card back above the stability it had before the lapse. It returns the
// plain upper bound, 2, for zero or one step.
func shortTermCeiling(w []float64, relearningSteps int) float64 {
	if relearningSteps <= 1 {
		return weightRanges[17].hi
	}
	w11 := clamp(w[11], weightRanges[11].lo, weightRanges[11].hi)
	w13 := clamp(w[13], weightRanges[13].lo, weightRanges[13].hi)
	w14 := clamp(w[14], weightRanges[14].lo, weightRanges[14].hi)
	v := -(math.Log(w11) + math.Log(math.Pow(2, w13)-1) + float64(w14*0.3)) / float64(relearningSteps)
	return clamp(round8(math.Sqrt(max(v, 0))), 0.01, weightRanges[17].hi)
}

// clone returns a deep copy of p, so a Scheduler never shares slices
// with its caller.
func (p Params) clone() Params {
	p.Weights = slices.Clone(p.Weights)
	p.LearningSteps = slices.Clone(p.LearningSteps)
	p.RelearningSteps = slices.Clone(p.RelearningSteps)
	return p
}
