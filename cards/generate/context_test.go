package generate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// sentenceFact builds a fact on one sentence of the corpus.
func sentenceFact(t *testing.T, sentence, kind, key, subject, predicate, context string) *fact {
	t.Helper()
	doc, err := corpus.Parse("t.txt", []byte(sentence+"\n"))
	require.NoError(t, err)
	s := doc.Sentences[0]
	i := strings.Index(s.Text, key)
	require.GreaterOrEqual(t, i, 0, key)
	return &fact{kind: kind, key: key, start: i, end: i + len(key), sentence: s.Text, doc: doc,
		subject: subject, predicate: predicate, context: context}
}

func TestEventClause(t *testing.T) {
	tests := []struct {
		sentence, key, subject, predicate string
		want                              string // "" when the sentence is not plain enough
	}{
		{"日米安保条約は1951年に締結され、1960年に改定された。", "1951年", "日米安保条約", "締結され", "日米安保条約が締結された"},
		{"日米安保条約は1951年に締結され、1960年に改定された。", "1960年", "日米安保条約", "改定された", "日米安保条約が改定された"},
		{"岸田元首相は2023年に「FOIP2.0」を発表し、日本と他のパートナーはグローバル・サウスへの開発援助を加速させなければならないと主張した。", "2023年", "岸田元首相", "発表し", "岸田元首相が「FOIP2.0」を発表した"},
		{"その後これらの動きに対して、労働組合や市民団体が連邦地裁に訴訟を提起し、2025年2月7日、ワシントンの連邦地裁はUSAID職員2200人の有給休暇命令を一時差し止める判決を下した。", "2025年2月7日", "ワシントンの連邦地裁", "下した", "ワシントンの連邦地裁がUSAID職員2200人の有給休暇命令を一時差し止める判決を下した"},
		{"2025年1月20日に発足した第2期トランプ政権と前年10月に成立した石破政権の誕生は、初会談を早々にこなすことで、一定の軌道に乗ったように見える。", "2025年1月20日", "第2期トランプ政権", "発足した", ""},
		{"ギャラップ社 (Gallup) が2024年2月に実施した世論調査では、アメリカ人の83%が日本に対して好意的な見方をしていることが報告された。", "2024年2月", "世論調査", "実施した", ""},
		{"日米首脳会談で、貿易交渉の基本合意が2019年に発表されました。", "2019年", "貿易交渉の基本合意", "発表されました", ""},
		// The key heads a phrase (2023年度から): no clause "運休中がから24%減った".
		{"運休中は移動に時間がかかったことから、利用者数は2023年度から24%減った。", "2023年度", "運休中", "減った", ""},
		// A name the dictionary split after kana (みなと|浜鉄道).
		{"みなと浜鉄道は1986年に開業した。", "1986年", "浜鉄道", "開業した", ""},
	}
	for _, tt := range tests {
		f := sentenceFact(t, tt.sentence, deck.KindDate, tt.key, tt.subject, tt.predicate, "")
		got, ok := eventClause(f)
		assert.Equal(t, tt.want != "", ok, tt.sentence)
		assert.Equal(t, tt.want, got, tt.sentence)
	}
}

func TestLeadSortsContext(t *testing.T) {
	const s = "これは、2017年1月の第1期政権発足時の支持率36%、不支持率44%と比較して、10ポイントも上回ったことになる。"
	tests := []struct {
		context string
		want    lead
	}{
		{"米キニピアック大学の全国世論調査", lead{source: "米キニピアック大学の全国世論調査"}},
		{"2025年", lead{year: "2025年"}},
		{"調査", lead{}},
		{"大統領の側近らは「非貿易目的」などを関税導入の理由として示している。", lead{passage: "大統領の側近らは「非貿易目的」などを関税導入の理由として示している。"}},
	}
	for _, tt := range tests {
		f := sentenceFact(t, s, deck.KindPercent, "36%", "", "", tt.context)
		assert.Equal(t, tt.want, leadOf(f), tt.context)
	}
	poll := sentenceFact(t, "米キニピアック大学が1月29日に発表した全国世論調査によれば、トランプ大統領の支持率は46%であり、不支持率の43%を上回った。", deck.KindPercent, "46%", "トランプ大統領の支持率", "", "")
	assert.Equal(t, "米キニピアック大学が1月29日に発表した全国世論調査", leadOf(poll).direct(poll).source, "a direct question names the sentence's own source")
	assert.Equal(t, lead{}, lead{source: "米キニピアック大学が1月29日に発表した全国世論調査"}.beside(poll), "a quoted sentence needs no note of what it says")
}

func TestSubjectFits(t *testing.T) {
	const s = "2026年3月の首脳会談では、日米間の年間貿易額約2,400億ドル(2025年実績)のうち、日本側の対米黒字が依然として大きい点に焦点が当てられた。"
	tests := []struct {
		subject string
		fits    bool
	}{
		{"日米間の年間貿易額", true},
		{"年間", false},          // says nothing
		{"日米の年間貿易額", false},    // not the sentence's words
		{"日米間の年間貿易", false},    // names no measure
		{"日本側の対米黒字が依然", false}, // no measure at the end
	}
	for _, tt := range tests {
		f := sentenceFact(t, s, deck.KindMoney, "約2,400億ドル", tt.subject, "", "")
		assert.Equal(t, tt.fits, subjectFits(f, question{ask: askHowMuch}), tt.subject)
	}
}

func TestBoundAfter(t *testing.T) {
	f := sentenceFact(t, "収入目的の関税は、政治的に持続可能な低率(10%以下)で設定されなければならない。", deck.KindPercent, "10%", "", "", "")
	assert.Equal(t, "以下", boundAfter(f))
	g := sentenceFact(t, "トランプ大統領の支持率は46%であり、不支持率を上回った。", deck.KindPercent, "46%", "", "", "")
	assert.Equal(t, "", boundAfter(g))
}

func TestScriptAndSamePerson(t *testing.T) {
	for name, want := range map[string]string{
		"USAID": "latin", "トランプ": "katakana", "ドナルド・J・トランプ": "katakana-initial", "マイケル・グリーン": "katakana-full",
		"林": "kanji-1", "石破": "kanji-short", "石破茂": "kanji", "米国際開発庁": "kanji",
	} {
		assert.Equal(t, want, script(name), name)
	}
	assert.True(t, samePerson("ドナルド・J・トランプ", "ドナルド・トランプ"))
	assert.True(t, samePerson("トランプ", "ドナルド・トランプ"))
	assert.True(t, samePerson("石破茂", "石破"))
	assert.False(t, samePerson("石破茂", "岸田文雄"))
	assert.False(t, samePerson("マイケル・グリーン", "ジョージ・グラス"))
}

func TestSamePlace(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"ホワイトハウス", "ワシントン", true},
		{"ワシントンD.C.", "ホワイトハウス", true},
		{"ワシントン", "ワシントンD.C.", true},
		{"熊本", "日本", true},
		{"テキサス州", "アメリカ合衆国", true},
		{"コロンビア", "ホワイトハウス", false},
		{"日本", "中", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.same, samePlace(tt.a, tt.b), "%s %s", tt.a, tt.b)
	}
}
