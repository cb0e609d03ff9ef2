package extract

import (
	"strings"

	"factdeck/cards/deck"
)

// priorityWords mark a complement that ranks what it is said of: 最優先事項,
// 最優先課題, 目標.
var priorityWords = []string{"優先", "課題", "目標"}

// priorityFacts records what the sentence says someone puts first or aims
// at: "自身の法的問題への対応を最優先事項とし" → 自身の法的問題への対応,
// "米国の貿易赤字削減を最優先課題としています" → 米国の貿易赤字削減. The
// topic of the sentence is who ranks it.
func (r *reading) priorityFacts() {
	t := r.toks
	for k := 2; k+1 < len(t); k++ {
		if !t[k].is("と") || t[k+1].Base != "する" || inQuote(t, k) {
			continue
		}
		y := phraseBefore(t, k, phraseOpts{})
		if y > 0 && t[y-1].prefix() {
			y-- // 最優先
		}
		if y < 2 || !t[y-1].is("を") || !ranks(r.spanText(y, k)) {
			continue
		}
		x := phraseBefore(t, y-1, phraseOpts{})
		if x < 0 || !r.answerable(x, y-1) {
			continue
		}
		r.addTokens(deck.KindRelation, x, y-1, Fact{Predicate: r.spanText(y-1, verbEnd(t, k+1)), Subject: r.nearestTopic(x)})
	}
}

func ranks(s string) bool {
	for _, w := range priorityWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
