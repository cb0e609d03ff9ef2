package srs

import (
	"math"
	"strconv"
)

// Interval fuzz spreads cards reviewed together over nearby days so they
// do not stay bunched up forever. It follows ts-fsrs exactly: the random
// number comes from the Alea generator seeded with the string
// "<review time in ms>_<reps after the review>_<D·S before the review>",
// so the same card reviewed at the same moment always gets the same
// interval, in Go and in ts-fsrs alike.

// fuzzRanges widen the fuzz window with the interval: ±15% of the part
// between 2.5 and 7 days, ±10% between 7 and 20, ±5% beyond, plus a day.
var fuzzRanges = [...]struct{ start, end, factor float64 }{
	{2.5, 7, 0.15},
	{7, 20, 0.1},
	{20, math.Inf(1), 0.05},
}

// fuzzer draws at most one random number per review, on first use, and
// reuses it for every interval of that review, as ts-fsrs does.
type fuzzer struct {
	on    bool
	drawn bool
	u     float64 // the draw, in [0, 1)
	ms    int64   // review time, Unix milliseconds
	reps  int     // reps after the review
	mem   float64 // D·S before the review
}

// apply picks a day uniformly in the fuzz window around ivl.
func (z *fuzzer) apply(ivl float64, elapsed int, maxIvl float64) int {
	if !z.drawn {
		z.u = seededUniform(z.ms, z.reps, z.mem)
		z.drawn = true
	}
	lo, hi := fuzzRange(ivl, elapsed, maxIvl)
	return int(math.Floor(float64(z.u*(hi-lo+1)) + lo))
}

// fuzzRange is the window [lo, hi] of days the fuzzed interval is drawn
// from. It never goes below 2 days, never above the maximum interval, and
// never at or below the days already elapsed when the interval exceeds
// them (so a fuzzed review is not due immediately).
func fuzzRange(ivl float64, elapsed int, maxIvl float64) (lo, hi float64) {
	delta := 1.0
	for _, r := range fuzzRanges {
		delta += float64(r.factor * max(min(ivl, r.end)-r.start, 0))
	}
	ivl = min(ivl, maxIvl)
	lo = max(2, jsRound(ivl-delta))
	hi = min(jsRound(ivl+delta), maxIvl)
	if e := float64(elapsed); ivl > e {
		lo = max(lo, e+1)
	}
	return min(lo, hi), hi
}

// seededUniform builds the ts-fsrs seed string on the stack and returns
// the first output of Alea seeded with it.
func seededUniform(ms int64, reps int, mem float64) float64 {
	var buf [64]byte
	b := strconv.AppendInt(buf[:0], ms, 10)
	b = append(b, '_')
	b = strconv.AppendInt(b, int64(reps), 10)
	b = append(b, '_')
	b = appendJSNumber(b, mem)
	a := newAlea(b)
	return a.next()
}

// appendJSNumber formats x as JavaScript's String(x) does: the shortest
// round-tripping digits, in plain notation for 1e-6 ≤ |x| < 1e21 and in
// exponent notation without padding ("1.5e-7", "1e+21") otherwise.
func appendJSNumber(b []byte, x float64) []byte {
	switch {
	case math.IsNaN(x):
		return append(b, "NaN"...)
	case math.IsInf(x, 1):
		return append(b, "Infinity"...)
	case math.IsInf(x, -1):
		return append(b, "-Infinity"...)
	}
	if ax := math.Abs(x); ax == 0 || (ax >= 1e-6 && ax < 1e21) {
		return strconv.AppendFloat(b, x, 'f', -1, 64)
	}
	start := len(b)
	b = strconv.AppendFloat(b, x, 'e', -1, 64)
	// Go writes at least two exponent digits ("e-07"); JavaScript does not.
	for i := len(b) - 1; i > start; i-- {
		if b[i] == 'e' {
			if j := i + 2; j < len(b)-1 && b[j] == '0' {
				b = append(b[:j], b[j+1:]...)
			}
			break
		}
	}
	return b
}

// alea is Johannes Baagøe's Alea generator, kept in float64 exactly as
// its JavaScript original (and ts-fsrs) runs it.
type alea struct{ c, s0, s1, s2 float64 }

// aleaStart is Alea's state after its three fixed hashes of " ", which
// precede every seeding.
var aleaStart, mashStart = func() (alea, mash) {
	m := mash{n: 4022871197}
	space := []byte(" ")
	return alea{c: 1, s0: m.hash(space), s1: m.hash(space), s2: m.hash(space)}, m
}()

func newAlea(seed []byte) alea {
	a, m := aleaStart, mashStart
	a.s0 = wrapUnit(a.s0 - m.hash(seed))
	a.s1 = wrapUnit(a.s1 - m.hash(seed))
	a.s2 = wrapUnit(a.s2 - m.hash(seed))
	return a
}

// wrapUnit maps (−1, 1) back into [0, 1).
func wrapUnit(x float64) float64 {
	if x < 0 {
		return x + 1
	}
	return x
}

// next is a multiply-with-carry step; it returns a number in [0, 1).
func (a *alea) next() float64 {
	t := float64(2091639*a.s0) + float64(a.c*0x1p-32)
	a.s0, a.s1 = a.s1, a.s2
	a.c = math.Trunc(t)
	a.s2 = t - a.c
	return a.s2
}

// mash is the string hash Alea is seeded with; its state carries over
// between calls.
type mash struct{ n float64 }

func (m *mash) hash(data []byte) float64 {
	n := m.n
	for _, ch := range data {
		n += float64(ch)
		h := float64(0.02519603282416938 * n) // float64(): no FMA, see round8
		n = toUint32(h)
		h -= n
		h = float64(h * n)
		n = toUint32(h)
		h -= n
		n += float64(h * 0x1p32)
	}
	m.n = n
	return float64(toUint32(n) * 0x1p-32)
}

// toUint32 is JavaScript's x >>> 0 for the non-negative values below
// 2^53 that mash uses.
func toUint32(x float64) float64 { return float64(uint32(int64(x))) }
