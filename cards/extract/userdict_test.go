package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The user dictionary fixes what the IPA dictionary gets wrong about the
// corpus' entities.
func TestUserDictionary(t *testing.T) {
	tk, err := analyzer()
	require.NoError(t, err)
	tests := []struct {
		name, text, surface, class string // class: the entry's POS level 3
	}{
		{"トランプ is a person, not playing cards", "トランプ大統領は述べた。", "トランプ", "人名"},
		{"日米安全保障条約 is one treaty, not five words", "日米安全保障条約の破棄", "日米安全保障条約", "一般"},
		{"中谷元 is the defence minister, not former minister 中谷", "中谷元防衛相も述べた。", "中谷元", "人名"},
		{"石破茂 is one name", "石破茂首相は訪れた。", "石破茂", "人名"},
		{"ヘグセス is a person", "ヘグセス米国防長官が訪問する。", "ヘグセス", "人名"},
		{"ルビオ is a person", "マルコ・ルビオ米国務長官が主催した。", "マルコ・ルビオ", "人名"},
		{"菅義偉 is not a name and an adjective", "菅義偉官房長官は強調しました。", "菅義偉", "人名"},
		{"ワシントンD.C. is one place", "ワシントンD.C.を訪れ", "ワシントンD.C.", "地域"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tk, tt.text)
			var found *token
			for i := range toks {
				if toks[i].Surface == tt.surface {
					found = &toks[i]
				}
			}
			require.NotNil(t, found, "no token %q in %v", tt.surface, toks)
			assert.True(t, found.User)
			assert.Equal(t, tt.class, found.POS[2])
		})
	}
}

// Without the user dictionary, the same text goes wrong: the fixes are
// needed, not decoration.
func TestIPAAloneMisreads(t *testing.T) {
	tk, err := newAnalyzer("")
	require.NoError(t, err)
	toks := tokenize(tk, "中谷元防衛相とトランプ大統領")
	require.GreaterOrEqual(t, len(toks), 3)
	assert.Equal(t, "中谷", toks[0].Surface)
	assert.Equal(t, "接頭詞", toks[1].POS[0], "元 read as 'former'")
	for _, x := range toks {
		if x.Surface == "トランプ" {
			assert.Equal(t, "一般", x.POS[1], "トランプ read as a common noun")
		}
	}
}

func TestBadUserDictionary(t *testing.T) {
	tests := []struct{ name, dict, want string }{
		{"wrong columns", "石破茂,石破茂,イシバ\n", "userdict.txt"},
		{"unknown class", "石破茂,石破茂,イシバ,政治家\n", `unknown class "政治家"`},
		{"duplicate entry", "石破茂,石破茂,イシバ,人名\n石破茂,石破茂,イシバ,人名\n", "userdict.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := newAnalyzer(tt.dict)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
