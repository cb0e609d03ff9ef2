package generate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// factsIn builds percent facts on the sentences of a small document: for
// each, its key, subject and words of its sentence.
func factsIn(t *testing.T, text string, specs [][3]string) []*fact {
	return kindFactsIn(t, text, deck.KindPercent, specs)
}

func kindFactsIn(t *testing.T, text, kind string, specs [][3]string) []*fact {
	t.Helper()
	doc, err := corpus.Parse("t.txt", []byte(text))
	require.NoError(t, err)
	var out []*fact
	for _, s := range specs {
		key, subject, in := s[0], s[1], s[2]
		for _, sent := range doc.Sentences {
			if i := strings.Index(sent.Text, key); i >= 0 && strings.Contains(sent.Text, in) {
				f := &fact{kind: kind, key: key, start: i, end: i + len(key), sentence: sent.Text, doc: doc, sentIndex: sent.Index, subject: subject}
				f.id = factID(f)
				f.extractID = f.id
				out = append(out, f)
				break
			}
		}
	}
	require.Len(t, out, len(specs))
	return out
}

// TestDistractorsAreNeverTrue checks the corpus's word against every
// distractor: no value the same sentence states, none stated elsewhere for
// the same subject, none of a conflicting fact.
func TestDistractorsAreNeverTrue(t *testing.T) {
	facts := factsIn(t, strings.Join([]string{
		"米キニピアック大学が1月29日に発表した全国世論調査によれば、トランプ大統領の支持率は46%であり、不支持率の43%を上回った。",
		"別の報道では、同じ調査のトランプ大統領の支持率は47%とされている。",
		"ギャラップ社の調査では、アメリカ人の83%が日本に好意的で、77%が日米関係を評価した。",
		"共和党支持者の91%が楽観的と回答し、民主党支持者の81%は悲観的と回答している。",
		"無党派層では、楽観的が54%、悲観的が44%となっている。",
		"アメリカ人の60%が同盟の強化を支持し、これは2018年の45%から増加している。",
	}, "\n")+"\n", [][3]string{
		{"46%", "トランプ大統領の支持率", "キニピアック"},
		{"43%", "トランプ大統領の不支持率", "キニピアック"},
		{"47%", "トランプ大統領の支持率", "別の報道"},
		{"83%", "", "ギャラップ"}, {"77%", "", "ギャラップ"},
		{"91%", "", "共和党"}, {"81%", "", "民主党"},
		{"54%", "", "無党派"}, {"44%", "", "無党派"},
		{"60%", "", "同盟"}, {"45%", "", "同盟"},
	})
	facts[0].conflicts = []string{facts[9].id} // as if a source said 60% for it
	ix := newIndex(facts)
	sh, ok := shapeOf(facts[0])
	require.True(t, ok)
	for seed := range uint64(30) {
		got := ix.distractors(facts[0], sh, rng(seed, "t"), 3)
		require.Len(t, got, 3)
		for _, d := range got {
			assert.NotContains(t, []string{"46%", "43%", "47%", "60%"}, d, "seed %d", seed)
		}
	}
}

// TestDistractorsSkipAnotherAccountOfTheDay checks that a place another
// sentence gives for the same day is no distractor: ワシントン is where the
// White House stands.
func TestDistractorsSkipAnotherAccountOfTheDay(t *testing.T) {
	facts := kindFactsIn(t, strings.Join([]string{
		"2025年2月7日、日本の石破茂首相は首脳会談をホワイトハウスで行った。",
		"2月7日にワシントンで行われた石破・トランプ日米首脳会談では、同盟の柱が再確認された。",
		"トランプ政権はコロンビアからの全輸入品に関税を課すと発表した。",
		"メキシコとカナダからの全製品に追加関税を課す大統領令を発令した。",
		"ヘグセス米国防長官が間もなく日本を訪問する予定だ。",
	}, "\n")+"\n", deck.KindPlace, [][3]string{
		{"ホワイトハウス", "", "石破"}, {"ワシントン", "", "同盟"}, {"コロンビア", "", "全輸入品"},
		{"メキシコ", "", "大統領令"}, {"カナダ", "", "大統領令"},
	})
	ix := newIndex(facts)
	sh, ok := shapeOf(facts[0])
	require.True(t, ok)
	for seed := range uint64(20) {
		got := ix.distractors(facts[0], sh, rng(seed, "t"), 3)
		assert.NotContains(t, got, "ワシントン", "seed %d", seed)
	}
}

func TestStatedIn(t *testing.T) {
	s := comparable("2025年1月20日に発足した政権と前年10月に成立した政権、関税は25%だった。")
	for c, want := range map[string]bool{"1月": true, "2025年": true, "10月": true, "25%": true, "5%": false, "0月": false, "2月": false} {
		assert.Equal(t, want, statedIn(s, comparable(c)), c)
	}
}

// The wrong years of a US presidential election are other election
// years, never one in between.
func TestElectionYearDistractors(t *testing.T) {
	facts := kindFactsIn(t, "2024年の米大統領選挙で共和党の候補が勝利した。\n2019年に両国は貿易協定に署名した。\n", deck.KindDate,
		[][3]string{{"2024年", "", "大統領選"}, {"2019年", "", "協定"}})
	ix := newIndex(facts)
	sh, ok := shapeOf(facts[0])
	require.True(t, ok)
	for seed := range uint64(20) {
		got := ix.distractors(facts[0], sh, rng(seed, "t"), 3)
		require.Len(t, got, 3, "seed %d", seed)
		for _, y := range got {
			d, ok := parseDate(y)
			require.True(t, ok, y)
			assert.Zero(t, (d.y-2024)%4, "seed %d: %s", seed, y)
		}
	}
	other, ok := shapeOf(facts[1])
	require.True(t, ok)
	assert.Zero(t, electionCycle(facts[1], other), "a treaty's year follows no cycle")
}

// A measure of one quantity draws no wrong values from another quantity
// in the same unit: a mountain's height is no choice for a vent's depth.
func TestDistractorsKeepTheirQuantity(t *testing.T) {
	facts := kindFactsIn(t, strings.Join([]string{
		"今回調べた噴出孔は水深約1,600メートルにあり、熱水が噴き出している。",
		"霧ヶ岳は標高2,214メートルの活火山である。",
		"調査船は水深1,200メートルまで潜った。",
		"新しい橋の全長は1,500メートルになる。",
	}, "\n")+"\n", deck.KindNumber, [][3]string{
		{"約1,600メートル", "", "噴出孔"}, {"2,214メートル", "", "霧ヶ岳"}, {"1,200メートル", "", "調査船"}, {"1,500メートル", "", "橋"},
	})
	ix := newIndex(facts)
	sh, ok := shapeOf(facts[0])
	require.True(t, ok)
	for seed := range uint64(20) {
		got := ix.distractors(facts[0], sh, rng(seed, "t"), 3)
		require.Len(t, got, 3, "seed %d", seed)
		assert.NotContains(t, got, "約2,214メートル", "seed %d: a height for a depth", seed)
		assert.NotContains(t, got, "約1,500メートル", "seed %d: a length for a depth", seed)
	}
}
