package extract

import (
	"regexp"
	"sort"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// A number as the corpus writes it after NFKC: digits with optional
// thousands separators and decimals, optionally preceded by 約 (about).
const num = `約?\d{1,3}(?:,\d{3})+(?:\.\d+)?|約?\d+(?:\.\d+)?`

// patterns are tried in order; an earlier, longer kind wins an overlap
// (2025年2月7日 is one date, not a year and a day).
var patterns = []struct {
	kind string
	re   *regexp.Regexp
}{
	{deck.KindDate, regexp.MustCompile(`\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{4}年(?:度)?`)},
	{deck.KindMoney, regexp.MustCompile(`(?:` + num + `)(?:兆|億|万)*(?:ドル|円|ユーロ|元)`)},
	{deck.KindPercent, regexp.MustCompile(`(?:` + num + `)(?:%|パーセント)`)},
	{deck.KindNumber, regexp.MustCompile(`(?:` + num + `)(?:兆|億|万)*(?:人|件|機|隻|基|台|カ国|か国|ヵ国|倍|割|社|回|条|キロ|km|トン)`)},
}

// Sentences returns the facts of every sentence that is a claim: noise and
// repeated sentences give none, so repeated text yields one fact.
func Sentences(docs []*corpus.Document) []Fact {
	var facts []Fact
	for _, doc := range docs {
		for _, s := range doc.Sentences {
			if s.Noise != "" || s.DupOf != "" {
				continue
			}
			facts = append(facts, inSentence(doc, s)...)
		}
	}
	return facts
}

// inSentence finds the non-overlapping spans of every pattern in s.
func inSentence(doc *corpus.Document, s corpus.Sentence) []Fact {
	var found []Fact
	taken := make([]bool, len(s.Text))
	for _, p := range patterns {
		for _, loc := range p.re.FindAllStringIndex(s.Text, -1) {
			if overlaps(taken, loc[0], loc[1]) {
				continue
			}
			for i := loc[0]; i < loc[1]; i++ {
				taken[i] = true
			}
			found = append(found, Fact{Kind: p.kind, Key: s.Text[loc[0]:loc[1]], Start: loc[0], End: loc[1], Sentence: s, Doc: doc})
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Start < found[j].Start })
	return found
}

func overlaps(taken []bool, start, end int) bool {
	for i := start; i < end; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}
