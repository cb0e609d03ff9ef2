package phrase_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/phrase"
)

func analyzer(t testing.TB) *phrase.Analyzer {
	t.Helper()
	a, err := phrase.New()
	require.NoError(t, err)
	return a
}

// marked reads testdata/phrases.txt: each sentence with its expected breaks.
func marked(t *testing.T) map[string][]int {
	t.Helper()
	f, err := os.Open("testdata/phrases.txt")
	require.NoError(t, err)
	defer f.Close()
	out := map[string][]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var breaks []int
		n := 0
		for _, r := range line {
			if r == '|' {
				breaks = append(breaks, n)
				continue
			}
			n++
		}
		out[strings.ReplaceAll(line, "|", "")] = breaks
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, out)
	return out
}

func TestBreaks(t *testing.T) {
	a := analyzer(t)
	for text, want := range marked(t) {
		assert.Equal(t, want, a.Breaks(text), text)
	}
}

// TestBreaksKeepUnitsWhole checks that no phrase starts inside a word that
// must stay on one line: a counter word, a currency, a number with its unit.
func TestBreaksKeepUnitsWhole(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		text  string
		whole []string
	}{
		{"日米間の年間貿易額約2,400億ドル(2025年実績)のうち、日本側の対米黒字が大きい。", []string{"年間", "2,400億ドル", "約2,400億ドル"}},
		{"在日米軍の年間維持費約50億ドル(日本円で約7,500億円、2025年実績)のうち、日本側が負担する年間約2,000億円を引き上げる。", []string{"年間", "50億ドル", "7,500億円", "2,000億円"}},
		{"年間1000億ドル超の関税収入は可能である。", []string{"年間", "1000億ドル超"}},
		{"3年間で1兆ドルに増やす。", []string{"3年間", "1兆ドル"}},
		{"USAID職員2200人の有給休暇命令を差し止めた。", []string{"2200人"}},
		{"トランプ大統領の支持率は46.5%であり、不支持率を上回った。", []string{"46.5%"}},
	}
	for _, tt := range tests {
		breaks := a.Breaks(tt.text)
		for _, w := range tt.whole {
			i := strings.Index(tt.text, w)
			require.GreaterOrEqual(t, i, 0, w)
			start := utf8.RuneCountInString(tt.text[:i])
			end := start + utf8.RuneCountInString(w)
			for _, b := range breaks {
				assert.False(t, b > start && b < end, "%q: a phrase starts at %d inside %q", tt.text, b, w)
			}
		}
	}
}

func TestBreaksAreInRange(t *testing.T) {
	a := analyzer(t)
	for _, text := range []string{"", "。", "日本", "「黄金時代」", "Social Theory of International Politics (1999)の著作"} {
		prev := 0
		for _, b := range a.Breaks(text) {
			assert.Greater(t, b, prev, text)
			assert.Less(t, b, utf8.RuneCountInString(text), text)
			prev = b
		}
	}
}

func TestReadings(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		text string
		want []string // "span:reading" for every ruby, in order
	}{
		{"日米安全保障条約", nil}, // primary-school kanji only
		{"在日米軍駐留経費", []string{"駐留:ちゅうりゅう"}},
		{"官房長官は懸念を表明した", []string{"官房:かんぼう", "懸念:けねん"}},
		{"差し止めを求めた", nil},
		{"2025年2月7日", nil}, // a number's counter
		{"5カ国と1ヵ月", nil},
		{"USAID職員2200人", nil},
		{"トランプ", nil},
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		var got []string
		for _, r := range a.Readings(tt.text) {
			got = append(got, string(runes[r.Start:r.End])+":"+r.Reading)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

func TestAnalyzeMatchesParts(t *testing.T) {
	a := analyzer(t)
	text := "石破茂首相は2025年2月7日にワシントンでトランプ大統領と会談した。"
	got := a.Analyze(text)
	assert.Equal(t, a.Breaks(text), got.Breaks)
	assert.Equal(t, a.Readings(text), got.Ruby)
}

func BenchmarkAnalyze(b *testing.B) {
	a := analyzer(b)
	text := "会談では、日米間の年間貿易額約2,400億ドル(2025年実績)のうち、日本側の対米黒字が依然として大きい点に焦点が当てられた。"
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Analyze(text)
	}
}
