package study_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

func TestCaveatOf(t *testing.T) {
	note := "注意"
	for _, tc := range []struct {
		name string
		card deck.Card
		fact deck.Fact
		want study.Caveat
	}{
		{"plain", deck.Card{}, deck.Fact{}, study.NoCaveat},
		{"tag first", deck.Card{Tags: []string{"x", "caveat:forecast"}, Note: note, Accept: []string{"b"}}, deck.Fact{}, study.CaveatForecast},
		{"contested", deck.Card{Tags: []string{"caveat:contested"}, Note: note}, deck.Fact{}, study.CaveatContested},
		{"dated tag", deck.Card{Tags: []string{"caveat:dated"}, Note: note}, deck.Fact{}, study.CaveatDated},
		{"disputed tag", deck.Card{Tags: []string{"caveat:disputed"}, Note: note}, deck.Fact{}, study.CaveatDisputed},
		{"other answers", deck.Card{Accept: []string{"b"}}, deck.Fact{}, study.CaveatDisputed},
		{"linked facts, older deck", deck.Card{}, deck.Fact{Conflicts: []string{"f2"}}, study.CaveatDisputed},
		{"note on a dated fact", deck.Card{Note: note}, deck.Fact{Date: "2019-05"}, study.CaveatDated},
		{"a dated fact alone needs no badge", deck.Card{}, deck.Fact{Date: "2019-05"}, study.NoCaveat},
		{"other note", deck.Card{Note: note}, deck.Fact{}, study.CaveatNote},
	} {
		assert.Equal(t, tc.want, study.CaveatOf(tc.card, tc.fact), tc.name)
	}
}

func TestAnswerSpan(t *testing.T) {
	sentence := "日本の対米投資残高は約7,833億ドルで、石破茂首相が述べた。"
	span := func(c deck.Card, f deck.Fact) string {
		f.Sentence = sentence
		i, j, ok := study.AnswerSpan(c, f)
		if !ok {
			return "-"
		}
		return sentence[i:j]
	}
	assert.Equal(t, "7,833", span(deck.Card{Answer: "7833"}, deck.Fact{Key: "7,833"}), "the key as the sentence writes it")
	assert.Equal(t, "石破茂", span(deck.Card{Answer: "石破茂"}, deck.Fact{}))
	assert.Equal(t, "石破茂", span(deck.Card{Answer: "石破茂"}, deck.Fact{Key: "岸田"}), "a key not in the sentence is passed over")
	assert.Equal(t, "石破", span(deck.Card{Answer: "石破首相", Also: []string{"石破"}}, deck.Fact{}))
	assert.Equal(t, "-", span(deck.Card{Answer: "7833"}, deck.Fact{}))
	assert.Equal(t, "-", span(deck.Card{Type: deck.TypeTrueFalse, Answer: "true"}, deck.Fact{}))
	assert.Equal(t, "-", span(deck.Card{}, deck.Fact{}), "an empty answer marks nothing")
}
