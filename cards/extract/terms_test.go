package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

func TestTermsDefinedInASentence(t *testing.T) {
	for _, tc := range []struct {
		sentence, term, desc, how string
	}{
		{"液状化とは、地震の揺れで地盤が液体のようになる現象のことである。", "液状化", "地震の揺れで地盤が液体のようになる現象", extract.DefinesTerm},
		{"一般に、寒冷前線とは、冷たい空気が暖かい空気の下にもぐり込む境目をいう。", "寒冷前線", "冷たい空気が暖かい空気の下にもぐり込む境目", extract.DefinesTerm},
		{"潮汐(ちょうせき)とは、月と太陽の引力で海面が周期的に上下する動きを指す。", "潮汐", "月と太陽の引力で海面が周期的に上下する動き", extract.DefinesTerm},
		{"江戸時代に諸国を回って暦を売り歩いた商人は、「暦売り」と呼ばれた。", "暦売り", "江戸時代に諸国を回って暦を売り歩いた商人", extract.NamesTerm},
	} {
		doc := parse(t, "terms.txt", "用語\n\n"+tc.sentence+"\n")
		facts, err := extract.Extract([]*corpus.Document{doc})
		require.NoError(t, err)
		var got *extract.Fact
		for i, f := range facts {
			if f.Kind == deck.KindDefinition && f.Predicate == tc.how {
				got = &facts[i]
			}
		}
		if assert.NotNil(t, got, "%s: %v", tc.sentence, kindsKeys(facts, deck.KindDefinition)) {
			assert.Equal(t, tc.term, got.Key)
			assert.Equal(t, tc.desc, got.Expansion)
		}
	}
}

// Reported speech and a description that leans on an earlier sentence
// define nothing.
func TestNoTermFromSpeechOrLeaningDescription(t *testing.T) {
	for _, sentence := range []string{
		"深い海で見つかったのは、世界で初めてだという。",
		"火口湖とは、その噴火でできた湖のことである。",
	} {
		doc := parse(t, "terms.txt", "用語\n\n"+sentence+"\n")
		facts, err := extract.Extract([]*corpus.Document{doc})
		require.NoError(t, err)
		for _, f := range facts {
			assert.NotContains(t, []string{extract.DefinesTerm, extract.NamesTerm}, f.Predicate, sentence)
		}
	}
}

func TestSuperlativesNameWhatIsFirstOrLargest(t *testing.T) {
	for _, tt := range []struct{ sentence, want string }{
		{"新たに架け替えられた大浦川橋梁は長さ186メートルで、鉄道の路線で最も長い橋となった。", "大浦川橋梁"},
		{"桜ヶ丘郷土資料館は、全国で初めて古文書を来館者に公開した資料館として知られる。", "桜ヶ丘郷土資料館"},
		{"米の産地として長く全国1位だったのは新潟県です。", "新潟県"},
		{"政府は貿易に不満を抱いており、対米最大の投資国としての地位や、投資の公約に言及した。", ""},
	} {
		doc := parse(t, "sup.txt", "記事\n\n"+tt.sentence+"\n")
		facts, err := extract.Extract([]*corpus.Document{doc})
		require.NoError(t, err)
		got := ""
		for _, f := range facts {
			if f.Predicate == extract.Superlative {
				got = f.Key
			}
		}
		if tt.want == "" {
			assert.Empty(t, got, tt.sentence)
			continue
		}
		if got == "" {
			// A name another reading already asks for is left to it.
			assert.NotNil(t, findFact(facts, "sup", tt.sentence[:9], deck.KindPlace, tt.want), "%s: %v", tt.sentence, kindsKeys(facts, deck.KindPlace, deck.KindRelation))
			continue
		}
		assert.Equal(t, tt.want, got, tt.sentence)
	}
}
