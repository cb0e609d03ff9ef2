package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCanon(t *testing.T) {
	tests := []struct{ in, want string }{
		{"約２，４００億ドル", "約2400億ドル"},
		{"ギャラップ社 (Gallup)", "ギャラップ社(Gallup)"},
		{"1,2345", "1,2345"},
		{"米・日・豪・印", "米・日・豪・印"},
		{"1,000,000人", "1000000人"},
		{"A,B", "A,B"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, canon(tt.in), tt.in)
	}
}

func TestContainsSpan(t *testing.T) {
	tests := []struct {
		hay, needle string
		want        bool
	}{
		{"GDP比2%目標", "2%", true},
		{"25%から50%", "5%", false},
		{"25%から5%", "5%", true},
		{"2025年", "2", false},
		{"第2期", "2", true},
		{"1.5%", "5%", false},
		{"トラック1.5の外交", "1", false},
		{"1.と2.", "1", true},
		{"約2400億ドル", "2400", true},
		{"12400", "2400", false},
		{"24001", "2400", false},
		{"石破茂首相", "石破茂", true},
		{"abc", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, containsSpan(tt.hay, tt.needle), "%q in %q", tt.needle, tt.hay)
	}
}

func TestHasNumber(t *testing.T) {
	tests := []struct {
		sentence, answer string
		want             bool
	}{
		{"年間貿易額約2,400億ドル", "2400", true},
		{"年間貿易額約2,400億ドル", "2,400", false},
		{"支持率は46%", "46", true},
		{"支持率は46%", "46.0", true},
		{"支持率は46%", "4", false},
		{"トラック1.5の外交", "1.5", true},
		{"数字なし", "1", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hasNumber(tt.sentence, tt.answer), "%s in %s", tt.answer, tt.sentence)
	}
}

func TestContextRunes(t *testing.T) {
	assert.Equal(t, 0, contextRunes("［＿＿＿］％"))
	assert.Equal(t, 6, contextRunes("支持率は［＿＿＿］、43%"), "支持率は and 43")
}
