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

// TestCheckForms lists the ways a student writes a right answer that
// differ from the card's spelling, one form per row, for typed (cloze)
// and numeric cards.
func TestCheckForms(t *testing.T) {
	article := deck.Card{Type: deck.TypeNumeric, Answer: "9", Unit: "条"}
	articleNoUnit := deck.Card{Type: deck.TypeNumeric, Answer: "9"}
	money := deck.Card{Type: deck.TypeNumeric, Answer: "2400", Unit: "億ドル"}
	share := deck.Card{Type: deck.TypeNumeric, Answer: "25", Unit: "%"}
	for _, tt := range []struct {
		form  string
		card  deck.Card
		given string
		want  bool
	}{
		{"ordinal 第 before the number", article, "第9条", true},
		{"the card's unit typed", article, "9条", true},
		{"plain number", article, "9", true},
		{"full-width digit", article, "９", true},
		{"full-width with 第 and unit", article, "第９条", true},
		{"第 without unit", article, "第9", true},
		{"another unit", article, "9項", false},
		{"another number", article, "第8条", false},
		{"第 when the prompt names the unit", articleNoUnit, "第9条", true},
		{"thousands separator and unit", money, "2,400億ドル", true},
		{"no separator, unit", money, "2400億ドル", true},
		{"full-width separator and digits", money, "２，４００億ドル", true},
		{"約 prefix", money, "約2,400億ドル", true},
		{"およそ prefix", money, "およそ2400", true},
		{"space before the unit", money, "2400 億ドル", true},
		{"wrong scale", money, "2400万ドル", false},
		{"percent sign typed", share, "25%", true},
		{"full-width percent", share, "25％", true},
		{"percent in words", share, "25パーセント", true},
		{"wrong percent", share, "26%", false},
		{"cloze: 第 dropped", deck.Card{Type: deck.TypeCloze, Answer: "第9条"}, "9条", true},
		{"cloze: 第 added", deck.Card{Type: deck.TypeCloze, Answer: "9条"}, "第9条", true},
		{"cloze: full-width", deck.Card{Type: deck.TypeCloze, Answer: "第9条"}, "第９条", true},
		{"cloze: separator", deck.Card{Type: deck.TypeCloze, Answer: "2400億ドル"}, "2,400億ドル", true},
		{"cloze: separator in the answer", deck.Card{Type: deck.TypeCloze, Answer: "2,400億ドル"}, "2400億ドル", true},
		{"cloze: 約 in the answer", deck.Card{Type: deck.TypeCloze, Answer: "約2,400億ドル"}, "2400億ドル", true},
		{"cloze: the unit is part of the answer", deck.Card{Type: deck.TypeCloze, Answer: "第9条"}, "9", false},
		{"cloze: 第 inside a word is kept", deck.Card{Type: deck.TypeCloze, Answer: "次第"}, "次", false},
	} {
		assert.Equal(t, tt.want, study.Check(tt.card, study.Response{Text: tt.given}), "%s: %q for %+v", tt.form, tt.given, tt.card)
	}
}

// Another name of the answer that the documents give (an acronym, its
// expansion) is right, not merely accepted.
func TestJudgeAlsoNames(t *testing.T) {
	c := deck.Card{Type: deck.TypeCloze, Answer: "日本経済団体連合会", Also: []string{"経団連"}}
	assert.Equal(t, study.Right, study.Judge(c, study.Response{Text: "経団連"}))
	assert.Equal(t, study.Right, study.Judge(c, study.Response{Text: "日本経済団体連合会"}))
	assert.Equal(t, study.Wrong, study.Judge(c, study.Response{Text: "日本商工会議所"}))
}
