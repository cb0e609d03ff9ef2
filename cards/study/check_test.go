package study_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

func TestCheckTyped(t *testing.T) {
	for _, tt := range []struct {
		answer, given string
		want          bool
	}{
		{"1951年", "1951年", true},
		{"1951年", "１９５１年", true},    // full-width digits
		{"1951年", " 1951 年 ", true}, // spaces
		{"1951年", "1951年。", true},   // closing 。
		{"1951年", "1952年", false},
		{"1951年", "1951", false}, // the year needs its 年
		{"1951年", "", false},
		{"約2割", "2割", true},                    // 約 hedges
		{"2割", "約２割", true},                    // either side
		{"約21兆2,947億円", "21兆2947億円", true},     // thousands separator
		{"約21兆2,947億円", "およそ21兆2，947億円", true}, // full-width comma, およそ
		{"7,833億ドル", "7833億ドル", true},
		{"日米安保条約", "日米安保条", false},   // 約 inside a word is not a hedge
		{"カタカナ", "ｶﾀｶﾅ", true},       // half-width kana
		{"ガイドライン", "ｶﾞｲﾄﾞﾗｲﾝ", true}, // half-width voiced marks
		{"NATO", "ｎａｔｏ", true},       // width and case
		{"石破茂", "石破 茂", true},
		{"石破茂", "石場茂", false},
	} {
		c := deck.Card{Type: deck.TypeCloze, Answer: tt.answer}
		assert.Equal(t, tt.want, study.Check(c, study.Response{Text: tt.given}), "%q vs %q", tt.answer, tt.given)
	}
}

func TestCheckNumeric(t *testing.T) {
	for _, tt := range []struct {
		answer, given string
		want          bool
	}{
		{"4", "4", true},
		{"4", "４", true},
		{"4", "4月", true}, // the prompt names the unit
		{"4", "4 月", true},
		{"4", "4.0", true},
		{"4", "5", false},
		{"4", "2024年4月", false},
		{"4", "四", false},
		{"4", "", false},
		{"7833", "7,833", true},
		{"7833", "約7,833億ドル", true},
		{"7833", "７，８３３", true},
		{"7833", "7833.5", false}, // tolerance 0
		{"0.25", ".25", true},
		{"-3", "−3", true}, // U+2212 minus
		{"-3", "3", false},
	} {
		c := deck.Card{Type: deck.TypeNumeric, Answer: tt.answer}
		assert.Equal(t, tt.want, study.Check(c, study.Response{Text: tt.given}), "%q vs %q", tt.answer, tt.given)
	}
}

// TestCheckNumericUnitAndTolerance: a card that names its unit accepts
// only that one after the number, and a tolerance widens what is right.
func TestCheckNumericUnitAndTolerance(t *testing.T) {
	for _, tt := range []struct {
		card  deck.Card
		given string
		want  bool
	}{
		{deck.Card{Answer: "2023", Unit: "年"}, "2023", true},
		{deck.Card{Answer: "2023", Unit: "年"}, "２０２３年", true},
		{deck.Card{Answer: "2023", Unit: "年"}, "2023月", false},
		{deck.Card{Answer: "7833", Unit: "億ドル"}, "約7,833億ドル", true},
		{deck.Card{Answer: "60", Unit: "%"}, "60％", true},
		{deck.Card{Answer: "3000", Tolerance: 100}, "2900", true},
		{deck.Card{Answer: "3000", Tolerance: 100}, "3100人", true},
		{deck.Card{Answer: "3000", Tolerance: 100}, "3101", false},
		{deck.Card{Answer: "3000", Tolerance: -100}, "2950", true}, // read as its size
	} {
		tt.card.Type = deck.TypeNumeric
		assert.Equal(t, tt.want, study.Check(tt.card, study.Response{Text: tt.given}), "%+v vs %q", tt.card, tt.given)
	}
}

func TestCheckChoices(t *testing.T) {
	mcq := deck.Card{Type: deck.TypeMCQ, Answer: "2025年2月7日", Choices: []string{"2025年1月7日", "2025年2月7日"}}
	tf := deck.Card{Type: deck.TypeTrueFalse, Answer: "false"}
	order := deck.Card{Type: deck.TypeOrder, Answer: "A → B → C", Choices: []string{"B", "A", "C"}}
	orderNoArrows := deck.Card{Type: deck.TypeOrder, Answer: "古い順", Choices: []string{"A", "B"}}
	match := deck.Card{Type: deck.TypeMatch, Answer: "保護 ⇔ 鉄鋼、洗濯機、財政収入 ⇔ 普遍的",
		Choices: []string{"保護 ⇔ 鉄鋼、洗濯機", "財政収入 ⇔ 普遍的"}}
	matchEquals := deck.Card{Type: deck.TypeMatch, Answer: "A=1, B=2", Choices: []string{"A=1", "B＝2"}}
	orderOddAnswer := deck.Card{Type: deck.TypeOrder, Answer: "A → B → D", Choices: []string{"A", "B", "C"}}
	for _, tt := range []struct {
		name string
		card deck.Card
		resp study.Response
		want bool
	}{
		{"mcq right", mcq, study.Response{Text: "2025年2月7日"}, true},
		{"mcq wrong", mcq, study.Response{Text: "2025年1月7日"}, false},
		{"false is right", tf, study.Response{Text: "false"}, true},
		{"× is false", tf, study.Response{Text: "×"}, true},
		{"誤り is false", tf, study.Response{Text: "誤り"}, true},
		{"true is wrong", tf, study.Response{Text: "true"}, false},
		{"no answer", tf, study.Response{}, false},
		{"order right", order, study.Response{Order: []string{"A", "B", "C"}}, true},
		{"order wrong", order, study.Response{Order: []string{"B", "A", "C"}}, false},
		{"order short", order, study.Response{Order: []string{"A", "B"}}, false},
		{"order from choices", orderNoArrows, study.Response{Order: []string{"A", "B"}}, true},
		{"order: choices win over an answer naming other items", orderOddAnswer, study.Response{Order: []string{"A", "B", "C"}}, true},
		{"match right", match, study.Response{Pairs: map[string]string{"保護": "鉄鋼、洗濯機", "財政収入": "普遍的"}}, true},
		{"match swapped", match, study.Response{Pairs: map[string]string{"保護": "普遍的", "財政収入": "鉄鋼、洗濯機"}}, false},
		{"match missing", match, study.Response{Pairs: map[string]string{"保護": "鉄鋼、洗濯機"}}, false},
		{"match written with =", matchEquals, study.Response{Pairs: map[string]string{"A": "1", "B": "2"}}, true},
	} {
		assert.Equal(t, tt.want, study.Check(tt.card, tt.resp), tt.name)
	}
}
