package generate

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		key   string
		ok    bool
		shape string
	}{
		{"2025年2月7日", true, "ymd"},
		{"2025年1月", true, "ym"},
		{"2月7日", true, "md"},
		{"1951年", true, "y"},
		{"2027年度", true, "yf"},
		{"2025年2月30日", false, ""},
		{"46%", false, ""},
		{"", false, ""},
	}
	for _, tt := range tests {
		d, ok := parseDate(tt.key)
		require.Equal(t, tt.ok, ok, tt.key)
		if ok {
			assert.Equal(t, tt.shape, d.shape(), tt.key)
			assert.Equal(t, tt.key, d.String())
		}
	}
}

func TestDateLadderKeepsShape(t *testing.T) {
	for _, key := range []string{"2025年2月7日", "2025年1月", "12月30日", "1951年", "2027年度", "2025年12月31日"} {
		d, _ := parseDate(key)
		for seed := range uint64(20) {
			got := d.ladder(rand.New(rand.NewPCG(seed, 1)))
			require.Len(t, got, 3, key)
			for _, c := range got {
				assert.Equal(t, d.shape(), c.shape(), "%s → %s", key, c)
				assert.True(t, c.valid())
				assert.NotEqual(t, d, c)
			}
		}
	}
}

func TestDateBefore(t *testing.T) {
	tests := []struct {
		a, b   string
		before bool
		ok     bool
	}{
		{"1951年", "1960年", true, true},
		{"2025年2月7日", "2025年1月20日", false, true},
		{"2025年", "2025年2月", false, false},
		{"2025年2月", "2025年2月7日", false, false},
		{"2024年12月", "2025年1月", true, true},
	}
	for _, tt := range tests {
		a, _ := parseDate(tt.a)
		b, _ := parseDate(tt.b)
		before, ok := a.before(b)
		assert.Equal(t, tt.ok, ok, "%s %s", tt.a, tt.b)
		assert.Equal(t, tt.before, before, "%s %s", tt.a, tt.b)
	}
}
