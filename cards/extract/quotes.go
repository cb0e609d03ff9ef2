package extract

import (
	"unicode/utf8"

	"factdeck/cards/deck"
)

// quoteVerbs report words as someone's verdict or message: 「修復不可能」と
// 評し, 「日本は我々を守らない」と不満を示した, 「…」と発言した. By dictionary
// form for verbs, by surface for verbal nouns used with する.
var quoteVerbs = map[string]bool{
	"評する": true, "評す": true, "述べる": true, "語る": true, "呼ぶ": true, "訴える": true,
	"評": true, "発言": true, "主張": true, "強調": true, "表明": true, "指摘": true,
	"批判": true, "非難": true, "警告": true, "断言": true, "明言": true,
}

// quoteNouns are what a quotation is said to express before 示す or 表明
// (「…」と不満を示した).
var quoteNouns = map[string]bool{"不満": true, "懸念": true, "批判": true, "認識": true, "考え": true, "見方": true}

// quotedClaims records each short quotation that a reporting verb
// attributes to someone: the quotation is the answer, who said it the
// subject. A quotation that runs longer than an answer is left to the
// sentence's other facts.
func (r *reading) quotedClaims() {
	t := r.toks
	for o := range t {
		if t[o].Surface != "「" || inQuote(t, o) {
			continue
		}
		c := matchClose(t, o)
		if c <= o+1 || c+2 >= len(t) || !t[c+1].is("と") {
			continue
		}
		e := r.reports(c + 2)
		if e < 0 {
			continue
		}
		if n := utf8.RuneCountInString(r.spanText(o+1, c)); n < 2 || n > maxKeyRunes {
			continue
		}
		r.addTokens(deck.KindRelation, o+1, c, Fact{Predicate: r.spanText(c+1, e), Subject: r.agent(r.arguments(o), o)})
	}
}

// reports returns the end of the words from token k that say the
// quotation before them was said (a reporting verb, or 不満を示す and its
// kin), or -1.
func (r *reading) reports(k int) int {
	t := r.toks
	switch {
	case t[k].verb() && t[k].POS[1] == "自立" && quoteVerbs[t[k].Base]:
		return verbEnd(t, k)
	case t[k].sahen() && k+1 < len(t) && t[k+1].Base == "する" && quoteVerbs[t[k].Surface]:
		return verbEnd(t, k+1)
	case quoteNouns[t[k].Surface] && k+2 < len(t) && t[k+1].is("を") && (t[k+2].Base == "示す" || t[k+2].Surface == "表明"):
		return verbEnd(t, k+2)
	}
	return -1
}
