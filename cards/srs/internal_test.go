package srs

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJSRound(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{2.5, 3}, {-2.5, -2}, {2.4999999999999996, 2}, {-0.5, 0}, {0.49999999999999994, 0},
		{1e15 + 0.5, 1e15 + 1}, {-7.5, -7}, {7, 7},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, jsRound(tt.in), "jsRound(%v)", tt.in)
	}
	assert.Equal(t, 2.11810397, round8(2.118103965))
	assert.Equal(t, -0.00477162, round8(-0.004771625)) // ties go up, as in JS
}

// Expected values come from String(x) in node.
func TestAppendJSNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {87.5, "87.5"}, {math.Nextafter(0.3, 1), "0.30000000000000004"}, {123.456789, "123.456789"},
		{1.5e-7, "1.5e-7"}, {2.5e-10, "2.5e-10"}, {1e21, "1e+21"}, {1e-7, "1e-7"}, {1e-6, "0.000001"}, {9.99e-7, "9.99e-7"},
		{-3, "-3"}, {math.NaN(), "NaN"}, {math.Inf(1), "Infinity"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, string(appendJSNumber(nil, tt.in)))
	}
}

// Expected values come from ts-fsrs 5.4.2's alea(seed)() in node.
func TestAleaMatchesTSFSRS(t *testing.T) {
	tests := []struct {
		seed        string
		first, next float64
	}{
		{"1741944413000_6_87.5", 0.4986137698870152, 0.22565532103180885},
		{"0", 0.5945264333859086, 0.8065849216654897},
		{"1368464870000_2_6.61", 0.6005004763137549, 0.44672730076126754},
		{" ", 0.9419234925881028, 0.4005628558807075},
	}
	for _, tt := range tests {
		a := newAlea([]byte(tt.seed))
		assert.Equal(t, tt.first, a.next(), tt.seed)
		assert.Equal(t, tt.next, a.next(), tt.seed)
	}
	assert.Equal(t, 0.4986137698870152, seededUniform(1741944413000, 6, 87.5))
}

// Expected values come from ts-fsrs 5.4.2's get_fuzz_range in node.
func TestFuzzRange(t *testing.T) {
	tests := []struct {
		ivl     float64
		elapsed int
		max     float64
		lo, hi  float64
	}{
		{3, 0, 36500, 2, 4},
		{10, 0, 36500, 8, 12},
		{100, 0, 36500, 93, 107},
		{100, 99, 36500, 100, 107}, // never due again at or before the elapsed days
		{36500, 0, 36500, 34673, 36500},
		{50, 0, 30, 26, 30}, // capped by the maximum interval
	}
	for _, tt := range tests {
		lo, hi := fuzzRange(tt.ivl, tt.elapsed, tt.max)
		assert.Equal(t, []float64{tt.lo, tt.hi}, []float64{lo, hi}, "%+v", tt)
	}
}

func TestDefaultModelConstants(t *testing.T) {
	m := defaultModel
	assert.Equal(t, -0.1542, m.decay)
	assert.Equal(t, 0.98034649, m.factor) // ts-fsrs computeDecayFactor
	assert.Equal(t, 1.0, m.ivlModifier)   // ts-fsrs interval_modifier at 0.9
	assert.Equal(t, -4.7716307, m.initD[Easy])
	assert.Equal(t, 6, m.learnHard)
	assert.Equal(t, 15, m.relearnHard)
}
