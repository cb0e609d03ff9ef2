package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
)

// A history page's years before 1800 are dates when the text writes them
// as years; a count of years is a number, never a date.
func TestEarlyYearsAndSpansOfYears(t *testing.T) {
	for _, tt := range []struct {
		sentence, kind, key string
		found               bool
	}{
		{"最古の記録は864年(貞観6年)の噴火である。", deck.KindDate, "864年", true},
		{"1707年の大噴火で、ふもとの村が埋まった。", deck.KindDate, "1707年", true},
		{"この寺は1500年前に建てられたと伝わる。", deck.KindDate, "1500年", false},
		{"創業400年の店が、新しい商品を出した。", deck.KindDate, "400年", false},
		{"工場は1987年に止まるまで、115年にわたって糸を作り続けた。", deck.KindNumber, "115年", true},
		{"チームは最終戦に3対1で勝ち、今季を18勝2敗で終えた。", deck.KindNumber, "3対1", true},
		{"チームは最終戦に3対1で勝ち、今季を18勝2敗で終えた。", deck.KindNumber, "18勝2敗", true},
	} {
		facts := factsOf(t, tt.sentence)
		got := findFact(facts, "names", tt.key, tt.kind, tt.key) != nil
		assert.Equal(t, tt.found, got, "%s %s in %s: %v", tt.kind, tt.key, tt.sentence, kindsKeys(facts, tt.kind))
	}
}
