package generate

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		key   string
		ok    bool
		plain string
		unit  string
		tol   float64
	}{
		{"約2,400億ドル", true, "2400", "億ドル", 120},
		{"46%", true, "46", "%", 0},
		{"46.5%", true, "46.5", "%", 0},
		{"2200人", true, "2200", "人", 0},
		{"約2割", true, "2", "割", 1},
		{"約7,500億円", true, "7500", "億円", 375},
		{"1兆ドル", true, "1", "兆ドル", 0},
		{"第9条", true, "9", "条", 0},
		{"セクション301条", true, "301", "条", 0},
		{"2カ国目", true, "2", "カ国目", 0},
		{"2025年2月7日", false, "", "", 0},
		{"石破茂", false, "", "", 0},
		{"25%—50%", false, "", "", 0},
	}
	for _, tt := range tests {
		a, ok := parseAmount(tt.key)
		require.Equal(t, tt.ok, ok, tt.key)
		if !ok {
			continue
		}
		assert.Equal(t, tt.plain, a.plain(), tt.key)
		assert.Equal(t, tt.unit, a.unit, tt.key)
		assert.Equal(t, tt.tol, a.tolerance(), tt.key)
		assert.Equal(t, tt.key, a.String(), "an amount writes back as it was read")
	}
}

// TestAmountLadder checks that the made-up values keep the key's form and
// that the key is not always their middle.
func TestAmountLadder(t *testing.T) {
	for _, key := range []string{"46%", "約2,400億ドル", "2カ国", "3%"} {
		a, ok := parseAmount(key)
		require.True(t, ok)
		ranks := map[int]bool{}
		for seed := range uint64(40) {
			vals := a.ladder(rand.New(rand.NewPCG(seed, 0)))
			require.Len(t, vals, 3, key)
			below := 0
			for _, v := range vals {
				assert.NotEqual(t, a.value, v)
				assert.Greater(t, v, 0.0)
				if v < a.value {
					below++
				}
				_, ok := parseAmount(a.with(v))
				assert.True(t, ok, "%s: %q keeps the form", key, a.with(v))
			}
			ranks[below] = true
		}
		assert.Greater(t, len(ranks), 1, "%s: the key sits at different rungs", key)
	}
	a, _ := parseAmount("約2,400億ドル")
	assert.Equal(t, "約3,600億ドル", a.with(a.round(a.value*1.5)))
}

// An ordinal's wrong values are its neighbours.
func TestOrdinalLadderStepsByOne(t *testing.T) {
	a, ok := parseAmount("第47代")
	require.True(t, ok)
	for seed := range uint64(10) {
		for _, v := range a.ladder(rng(seed, "t")) {
			assert.LessOrEqual(t, math.Abs(v-47), 3.0, "seed %d", seed)
		}
	}
}

// A share in 割 never goes past 10.
func TestShareInWariStaysPossible(t *testing.T) {
	a, ok := parseAmount("9割")
	require.True(t, ok)
	for seed := range uint64(20) {
		for _, v := range a.ladder(rng(seed, "t")) {
			assert.LessOrEqual(t, v, 10.0, "seed %d", seed)
		}
	}
	for _, v := range a.perturbed() {
		assert.LessOrEqual(t, v, 10.0)
	}
}

// Temperatures step by a round amount, not by a factor: a vent's 320度 is
// offered 280度 or 360度, never 720度, and 85度 its neighbours by tens.
func TestTemperatureLadderStepsEvenly(t *testing.T) {
	for _, c := range []struct {
		key  string
		step float64
	}{{"320度", 50}, {"85度", 10}, {"25℃", 5}} {
		a, ok := parseAmount(c.key)
		require.True(t, ok, c.key)
		for seed := range uint64(10) {
			vals := a.ladder(rng(seed, "t"))
			require.Len(t, vals, choiceCount-1, "%s seed %d", c.key, seed)
			for _, v := range vals {
				assert.InDelta(t, 0, math.Mod(math.Abs(v-a.value), c.step), 1e-9, "%s seed %d: %v", c.key, seed, v)
				assert.LessOrEqual(t, math.Abs(v-a.value), 3*c.step, "%s seed %d: %v", c.key, seed, v)
			}
		}
		for _, v := range a.perturbed() {
			assert.LessOrEqual(t, math.Abs(v-a.value), 4*c.step, "%s: %v", c.key, v)
		}
	}
}
