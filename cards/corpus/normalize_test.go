package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"full-width Latin, digits and percent", "ＧＤＰ比２％", "GDP比2%"},
		{"full-width brackets and colon", "（中国名：釣魚島）", "(中国名:釣魚島)"},
		{"full-width ! and ?", "本当？はい！", "本当?はい!"},
		{"half-width katakana", "ｶﾀｶﾅとﾊﾟﾝ", "カタカナとパン"},
		{"circled digit and squared abbreviation", "①㈱", "1(株)"},
		{"ideographic space and runs of white space", "日米\u3000 \t関係\n\n 強化", "日米 関係 強化"},
		{"trimmed ends", " \u3000本文。\n", "本文。"},
		{"invisible marks dropped", "\ufeff日米\u200b関係", "日米関係"},
		{"what NFKC keeps", "「」『』—〜’", "「」『』—〜’"},
		{"Markdown emphasis dropped", "教授は*Social Theory*(1999)と**主著**で", "教授はSocial Theory(1999)と主著で"},
		{"a lone or spaced asterisk kept", "注* と 3 * 4", "注* と 3 * 4"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Normalize(tt.in))
		})
	}
}

// Normalize must agree with plain NFKC plus white-space collapsing (and
// emphasis marks dropped) on the real text, or other stages comparing with
// norm.NFKC would drift from it.
func TestNormalizeAgreesWithNFKC(t *testing.T) {
	for _, d := range loadCorpus(t) {
		for _, l := range strings.Split(d.Raw, "\n") {
			l = emphasis.ReplaceAllStringFunc(l, func(m string) string { return strings.Trim(m, "*") })
			want := strings.Join(strings.Fields(norm.NFKC.String(l)), " ")
			require.Equal(t, want, Normalize(l))
		}
	}
}

func TestNormalizeMappedRawSpan(t *testing.T) {
	raw := " ＧＤＰ比　２％の（目標）です。"
	m := NormalizeMapped(raw)
	require.Equal(t, "GDP比 2%の(目標)です。", m.Text)
	tests := []struct {
		norm, raw string
	}{
		{"GDP", "ＧＤＰ"},
		{"2%", "２％"},
		{"比 2", "比　２"},
		{"(目標)", "（目標）"},
		{"です。", "です。"},
		{m.Text, strings.TrimSpace(raw)},
	}
	for _, tt := range tests {
		i := strings.Index(m.Text, tt.norm)
		require.GreaterOrEqual(t, i, 0, tt.norm)
		start, end := m.RawSpan(i, i+len(tt.norm))
		assert.Equal(t, tt.raw, raw[start:end], tt.norm)
	}
	start, end := m.RawSpan(3, 3)
	assert.Equal(t, start, end, "empty range maps to an empty span")
}

// Every sentence's offsets cut its Raw out of the document, and its Text is
// Raw normalized; rejoined sentences are their parts put together.
func TestSentenceOffsets(t *testing.T) {
	for _, d := range loadCorpus(t) {
		for _, s := range d.Sentences {
			ref := s.Ref(d.ID)
			require.Equal(t, Normalize(s.Raw), s.Text, ref)
			require.LessOrEqual(t, 0, s.Start, ref)
			require.Less(t, s.Start, s.End, ref)
			require.LessOrEqual(t, s.End, len(d.Raw), ref)
			start, end := s.RawSpan(0, len(s.Text))
			require.Equal(t, [2]int{s.Start, s.End}, [2]int{start, end}, ref)
			if !s.Rejoined() {
				require.Equal(t, d.Raw[s.Start:s.End], s.Raw, ref)
				continue
			}
			var joined strings.Builder
			for _, p := range s.Parts {
				joined.WriteString(d.Raw[p.Start:p.End])
			}
			require.Equal(t, joined.String(), s.Raw, ref)
			require.Equal(t, s.Parts[0].Start, s.Start, ref)
			require.Equal(t, s.Parts[len(s.Parts)-1].End, s.End, ref)
		}
	}
}

// A span of Text maps back to exactly the raw characters it came from, for
// every character of every sentence.
func TestSentenceRawSpanPerCharacter(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc003)
	for _, s := range d.Sentences {
		for i, r := range s.Text {
			start, end := s.RawSpan(i, i+len(string(r)))
			got := Normalize(d.Raw[start:end])
			if r == ' ' {
				assert.Empty(t, strings.TrimSpace(d.Raw[start:end]), s.Ref(d.ID))
				continue
			}
			assert.Equal(t, string(r), got, "%s at %d", s.Ref(d.ID), i)
		}
	}
}

func TestLocate(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc003)
	tests := []struct {
		name, norm, raw string
	}{
		{"full-width parentheses", "(2月10日現在)", "（2月10日現在）"},
		{"across a page break", "2024年大統領選挙での勝利", "2024年大統領\n\n選挙での勝利"},
		{"across a cut word", "傾向がある。例えば", "傾向があ\n\nる。例えば"},
		{"across sentences", "一定の成果ではあった。 経済分野では", "一定の成果ではあった。\n\n経済分野では"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end, ok := d.Locate(tt.norm)
			require.True(t, ok)
			assert.Equal(t, tt.raw, d.Raw[start:end])
		})
	}
	_, _, ok := d.Locate("この文は文書にない")
	assert.False(t, ok)
	_, _, ok = d.Locate("")
	assert.False(t, ok)
}
