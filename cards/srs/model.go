package srs

import (
	"math"
	"time"
)

// Stability bounds, in days, as in ts-fsrs: a floor so the formulas never
// divide by zero, and a ceiling of about a century.
const (
	minStability = 0.001
	maxStability = 36500
)

// model is the FSRS-6 memory model for one validated Params, with every
// value that depends only on the parameters computed once. It is never
// modified after newModel returns, so Schedulers share it freely.
type model struct {
	p Params
	w [NumWeights]float64

	// Forgetting curve R(t, S) = (1 + factor·t/S)^decay, with decay = −w20
	// and factor chosen so that R(S, S) = 0.9: factor = 0.9^(1/decay) − 1.
	decay, factor float64
	// ivlModifier turns a stability into the interval at which R falls to
	// the desired retention: (retention^(1/decay) − 1) / factor.
	ivlModifier float64

	initS [Easy + 1]float64 // S0(G) = w[G−1], at least 0.1
	initD [Easy + 1]float64 // D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped
	// deltaD is the raw difficulty change −w6·(G−3) before damping.
	deltaD [Easy + 1]float64
	// Mean reversion pulls D towards D0(Easy): w7·D0(4) + (1−w7)·D.
	revertTarget, revertKeep float64

	expW8 float64 // e^w8, the scale of the recall stability gain
	// shortGain is e^(w17·(G−3+w18)), the same-day stability factor.
	shortGain [Easy + 1]float64
	// forgetCap is e^(w17·w18): after a lapse S' ≤ S / forgetCap.
	forgetCap float64

	maxIvl         float64
	learn, relearn []int // steps, in minutes
	// learnHard and relearnHard are the delays, in minutes, after Hard
	// during learning and relearning.
	learnHard, relearnHard int
}

// newModel derives a model from p, which must already be valid.
func newModel(p Params) *model {
	m := &model{p: p.clone(), maxIvl: float64(p.MaximumInterval)}
	copy(m.w[:], p.Weights)
	w := &m.w

	m.decay = -w[20]
	m.factor = round8(math.Exp(1/m.decay*math.Log(0.9)) - 1) // operand order as in ts-fsrs
	m.ivlModifier = round8((math.Pow(p.DesiredRetention, 1/m.decay) - 1) / m.factor)

	for g := Again; g <= Easy; g++ {
		m.initS[g] = max(w[g-1], 0.1)
		m.initD[g] = round8(w[4] - math.Exp(float64(g-1)*w[5]) + 1)
		m.deltaD[g] = -w[6] * (float64(g) - 3)
		m.shortGain[g] = math.Exp(w[17] * ((float64(g) - 3) + w[18]))
	}
	m.revertTarget = w[7] * m.initD[Easy]
	m.revertKeep = 1 - w[7]
	m.expW8 = math.Exp(w[8])
	m.forgetCap = math.Exp(w[17] * w[18])

	m.learn = minutes(p.LearningSteps)
	m.relearn = minutes(p.RelearningSteps)
	m.learnHard = hardStep(m.learn)
	m.relearnHard = hardStep(m.relearn)
	return m
}

// minutes converts validated steps to whole minutes.
func minutes(steps []time.Duration) []int {
	out := make([]int, len(steps))
	for i, d := range steps {
		out[i] = int(d.Minutes())
	}
	return out
}

// hardStep is the delay after Hard in a learning phase: halfway between
// the first two steps, or 1.5 times a lone step, rounded to a minute.
func hardStep(steps []int) int {
	switch len(steps) {
	case 0:
		return 0
	case 1:
		return int(jsRound(float64(float64(steps[0]) * 1.5)))
	default:
		return int(jsRound(float64(float64(steps[0]+steps[1]) / 2)))
	}
}

// jsRound rounds like JavaScript's Math.round (halves go towards +∞), so
// that values rounded here agree bit for bit with ts-fsrs. math.Round
// sends halves away from zero, which differs only for negative halves;
// x−r is exact there, and the branch is almost never taken, unlike a
// test of the fraction against 0.5, which the CPU mispredicts half the
// time.
func jsRound(x float64) float64 {
	r := math.Round(x)
	if x-r == 0.5 {
		r++
	}
	return r
}

// A note on float64(a*b) conversions in this package: Go may fuse a*b+c
// into one FMA instruction (arm64, amd64 v3), which rounds once where
// JavaScript rounds twice. An explicit conversion forbids the fusion, so
// every platform computes what ts-fsrs computes.

// round8 rounds to 8 decimal places the way ts-fsrs stores every
// stability, difficulty and retrievability. Matching it keeps both
// implementations on the same path when a result sits on a boundary.
func round8(x float64) float64 { return jsRound(float64(x*1e8)) / 1e8 }

// clamp limits x to [lo, hi]; NaN passes through, as with ts-fsrs's
// Math.min(Math.max(x, lo), hi).
func clamp(x, lo, hi float64) float64 {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

// retrievability is the forgetting curve R(t, S), t in whole days.
func (m *model) retrievability(t, s float64) float64 {
	return round8(math.Pow(1+m.factor*t/s, m.decay))
}

// nextDifficulty moves D by −w6·(G−3), damped linearly by (10−D)/9 so
// it approaches 10 ever more slowly, then reverts it by w7 towards the
// initial difficulty of an Easy first answer, and clamps it to [1, 10].
func (m *model) nextDifficulty(d float64, g Rating) float64 {
	next := d + round8(m.deltaD[g]*(10-d)/9)
	return clamp(round8(m.revertTarget+float64(m.revertKeep*next)), 1, 10)
}

// shortTermStability is the same-day update S' = S·S^(−w19)·e^(w17·(G−3+w18)),
// never shrinking S on a pass (Hard or better). powS is S^(−w19).
func (m *model) shortTermStability(s, powS float64, g Rating) float64 {
	sinc := powS * m.shortGain[g]
	if g >= Hard {
		sinc = max(sinc, 1)
	}
	return round8(clamp(s*sinc, minStability, maxStability))
}

// recallBase is the part of the recall gain shared by Hard, Good and
// Easy: e^w8 · (11−D) · S^(−w9) · (e^(w10·(1−R)) − 1). The gain is larger
// for easy cards, for low stabilities, and for reviews at low R.
func (m *model) recallBase(d, s, r float64) float64 {
	return m.expW8 * (11 - d) * math.Pow(s, -m.w[9]) * (math.Exp((1-r)*m.w[10]) - 1)
}

// recallStability is S' = S·(1 + gain), with gain = recallBase scaled by
// w15 for Hard or w16 for Easy.
func (m *model) recallStability(s, gain float64) float64 {
	return round8(clamp(s*(1+gain), minStability, maxStability))
}

// forgetStability is the post-lapse stability
// w11 · D^(−w12) · ((S+1)^w13 − 1) · e^(w14·(1−R)), capped at S/e^(w17·w18):
// a same-day Good multiplies S by e^(w17·w18), so the cap keeps a lapse
// followed by one relearning step from ending above the stability the card
// had before it was forgotten.
func (m *model) forgetStability(d, s, r float64) float64 {
	w := &m.w
	sf := round8(clamp(w[11]*math.Pow(d, -w[12])*(math.Pow(s+1, w[13])-1)*math.Exp((1-r)*w[14]), minStability, maxStability))
	return clamp(round8(s/m.forgetCap), minStability, sf)
}

// nextMemory returns D and S after grade g, t days after the last review,
// for one rating at a time (new and learning cards). A card without
// memory (S and D both 0) gets the initial values; same-day reviews use
// the short-term formula.
func (m *model) nextMemory(d, s float64, t int, g Rating) (float64, float64) {
	if d == 0 && s == 0 {
		return clamp(m.initD[g], 1, 10), m.initS[g]
	}
	nd := m.difficultyAfter(d, s, g)
	d, s = clamp(d, 1, 10), max(s, minStability)
	var ns float64
	switch {
	case t == 0:
		ns = m.shortTermStability(s, math.Pow(s, -m.w[19]), g)
	case g == Again:
		ns = m.forgetStability(d, s, m.retrievability(float64(t), s))
	default:
		ns = m.recallStability(s, float64(m.recallBase(d, s, m.retrievability(float64(t), s))*m.passScale(g)))
	}
	return nd, ns
}

// difficultyAfter is D after rating g: the initial difficulty for a card
// without memory, else nextDifficulty. Out-of-range input (which ts-fsrs
// rejects) is clamped into [1, 10] first.
func (m *model) difficultyAfter(d, s float64, g Rating) float64 {
	if d == 0 && s == 0 {
		return clamp(m.initD[g], 1, 10)
	}
	return m.nextDifficulty(clamp(d, 1, 10), g)
}

// passScale is the hard penalty w15, the easy bonus w16, or 1 for Good.
func (m *model) passScale(g Rating) float64 {
	switch g {
	case Hard:
		return m.w[15]
	case Easy:
		return m.w[16]
	}
	return 1
}

// passStabilities returns the stabilities after Hard, Good and Easy for
// a card in Review. All three are needed because the intervals are kept
// in order (Hard < Good < Easy); they share one Pow/Exp evaluation.
func (m *model) passStabilities(d, s float64, t int) (hard, good, easy float64) {
	if d == 0 && s == 0 {
		return m.initS[Hard], m.initS[Good], m.initS[Easy]
	}
	d, s = clamp(d, 1, 10), max(s, minStability)
	if t == 0 {
		p := math.Pow(s, -m.w[19])
		return m.shortTermStability(s, p, Hard), m.shortTermStability(s, p, Good), m.shortTermStability(s, p, Easy)
	}
	base := m.recallBase(d, s, m.retrievability(float64(t), s))
	return m.recallStability(s, float64(base*m.w[15])), m.recallStability(s, base), m.recallStability(s, float64(base*m.w[16]))
}

// interval is the number of days until R falls to the desired retention,
// S·ivlModifier rounded, at least 1 and at most the maximum interval,
// then fuzzed if enabled.
func (m *model) interval(s float64, elapsed int, fz *fuzzer) int {
	ivl := min(max(1, jsRound(float64(s*m.ivlModifier))), m.maxIvl)
	if fz.on && ivl >= 2.5 {
		return fz.apply(ivl, elapsed, m.maxIvl)
	}
	return int(ivl)
}
