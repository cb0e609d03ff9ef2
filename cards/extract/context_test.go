package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/extract"
)

// A percentage whose sentence does not say which survey it comes from
// takes the survey named before it: in the same paragraph, in the
// paragraphs of results that follow under the same heading, or by
// "同じ調査".
func TestSurveyContext(t *testing.T) {
	_, facts := realCorpus(t)
	tests := []struct{ doc, in, key, context string }{
		{"003", "これは、2017年1月の第1期政権発足時の支持率36%", "36%", "米キニピアック大学の全国世論調査"},
		// The next paragraph may report another poll: the text says it
		// draws on "いくつかの世論調査データ".
		{"003", "共和党支持者の91%", "91%", ""},
		{"003", "60%の有権者が南部国境", "60%", ""},
		{"003", "同じ調査では、77%のアメリカ人", "77%", "ギャラップ社の世論調査"},
		{"003", "米キニピアック大学が1月29日に発表", "46%", ""},  // the sentence names it
		{"003", "コロンビアからの全輸入品に対して25%", "25%", ""}, // tariffs, not a poll
	}
	for _, tt := range tests {
		f := findFact(facts, tt.doc, tt.in, "percent", tt.key)
		require.NotNil(t, f, tt.in)
		assert.Equal(t, tt.context, f.Context, tt.in)
	}
}

func TestSurveyContextStopsAtHeading(t *testing.T) {
	text := "調査の話\n\nA社が1月に発表した世論調査によれば、支持率は46%だった。共和党支持者の91%が回答した。\n\n関税の話\n\n有権者の60%が支持と回答した。\n"
	facts := extract.Sentences([]*corpus.Document{parse(t, "t.txt", text)})
	f91 := findFact(facts, "t", "91%", "percent", "91%")
	require.NotNil(t, f91)
	assert.Equal(t, "A社の世論調査", f91.Context)
	f60 := findFact(facts, "t", "60%", "percent", "60%")
	require.NotNil(t, f60)
	assert.Empty(t, f60.Context, "a heading starts a new section")
}

// A sentence that opens by pointing back gets the sentence it points at.
func TestPointerContext(t *testing.T) {
	_, facts := realCorpus(t)
	f := findFact(facts, "003", "この要求は、NATOが現在目標としている2%", "percent", "2%")
	require.NotNil(t, f)
	assert.Contains(t, f.Context, "NATO加盟国が防衛費をGDPの5%に引き上げるべきだ")
}

// Claims marked 現在 hold at the date they give, or at the time of writing.
func TestAsOf(t *testing.T) {
	_, facts := realCorpus(t)
	tests := []struct{ doc, in, kind, key, asOf string }{
		{"003", "関税の発動を1ヵ月間延期", "number", "1ヵ月間", "2025年2月10日"},
		{"003", "少なくとも2月10日現在では", "percent", "54%", "2025年2月10日"},
		{"003", "NATOが現在目標としている2%", "percent", "2%", "2025年2月10日"},
		{"003", "トランプ大統領の支持率は46%", "percent", "46%", ""},
	}
	for _, tt := range tests {
		f := findFact(facts, tt.doc, tt.in, tt.kind, tt.key)
		require.NotNil(t, f, tt.in)
		assert.Equal(t, tt.asOf, f.AsOf, tt.in)
	}
	// "2月10日現在" only dates the claims: it is no date fact of its own.
	assert.Nil(t, findFact(facts, "003", "2月10日現在", "date", "2月10日"))
}

func TestYearContext(t *testing.T) {
	_, facts := realCorpus(t)
	f := findFact(facts, "003", "1月23日にトランプ大統領は", "date", "1月23日")
	require.NotNil(t, f)
	assert.Equal(t, "2025年", f.Context)
	assert.Equal(t, float64(20250123), f.Value)
	g := findFact(facts, "002", "2月の首脳会談でも", "date", "2月")
	require.NotNil(t, g, "the excerpt's date line (公開日:2025/03/07) gives the year")
	assert.Equal(t, float64(20250200), g.Value)
}
