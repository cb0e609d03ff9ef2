package extract

import "factdeck/cards/deck"

// placeVerbs are the verbs whose place a student can be asked: where a
// meeting was held, where someone went, where a plant is built.
var placeVerbs = map[string]bool{
	"行う": true, "開催": true, "実施": true, "会談": true, "主催": true,
	"訪れる": true, "訪問": true, "建設": true, "配備": true, "演説": true,
	"開く": true, "設立": true, "設置": true, "開業": true, "開校": true,
}

// placeFacts records the places where the sentence says something
// happened: "ホワイトハウスで行われた…首脳会談", "ワシントンD.C.を訪れ",
// "テキサス州に新工場を建設".
func (r *reading) placeFacts() {
	t := r.toks
	for _, e := range r.ents {
		if e.Kind != EntityPlace {
			continue
		}
		a, b := r.tokenAt(e.Start), r.tokenEndingAt(e.End)
		if a < 0 || b < 0 || b >= len(t) {
			continue
		}
		for b+1 < len(t) && t[b].middleDot() && t[b+1].place() {
			b += 2 // スイス・ダボス
		}
		if r.headOffice(a, b) {
			continue
		}
		b = r.placeWithin(b)
		if a > 0 && (t[a-1].Surface == "の" || contentNoun(t[a-1])) {
			continue // part of a longer phrase: 地元アイオワ州の農家
		}
		if !(t[b].is("で") || t[b].is("を") || t[b].is("に")) {
			continue
		}
		p, q := predicateAfter(t, b+1)
		if p < 0 || !placeVerbs[verbWord(t, p)] {
			continue
		}
		if t[b].is("を") && verbWord(t, p) != "訪れる" && verbWord(t, p) != "訪問" {
			continue
		}
		f := Fact{Predicate: r.spanText(b+1, q)}
		switch {
		case q < len(t) && contentNoun(t[q]):
			f.Subject = r.spanText(q, phraseForward(t, q)) // …で行われた首脳会談
		default:
			f.Subject = r.agent(r.arguments(p), a)
			if n := r.nearestTopic(a); n != "" {
				f.Subject = n // トヨタ自動車はテキサス州に新工場を建設し
			}
			for _, g := range r.arguments(p) {
				if g.particle == "を" && g.a > b {
					f.Predicate = r.spanText(b+1, q)
				}
				if g.particle == "を" && g.b <= a && !pointsElsewhere(t, g.a, g.b) {
					f.Subject = r.spanText(g.a, g.b) // 首脳会談をホワイトハウスで行った
				}
			}
		}
		r.addTokens(deck.KindPlace, a, b, f)
	}
}

// verbWord is the predicate word at token p: a verb's dictionary form or a
// verbal noun.
func verbWord(t []token, p int) string {
	if t[p].sahen() {
		return t[p].Surface
	}
	return t[p].Base
}

// headOffice reads a company's head office written as a label in its
// profile ("スカイリンク(本社: 東京都千代田区、…)", "(本社・宮城県汐見町)"): the
// place is where the body named before the bracket has its head office.
// It reports whether the place at tokens [a, b) is one.
func (r *reading) headOffice(a, b int) bool {
	t := r.toks
	k := a - 1
	for k >= 0 && t[k].space() {
		k--
	}
	if k < 1 || !(t[k].middleDot() || t[k].Surface == ":") || t[k-1].Surface != "本社" {
		return false
	}
	f := Fact{Predicate: "本社"}
	if k >= 3 && t[k-2].open() {
		if c := compoundBefore(t, k-2); c >= 0 && c < k-2 {
			f.Subject = r.spanText(c, k-2)
		}
	}
	r.addTokens(deck.KindPlace, a, b, f)
	return true
}

// placeWithin extends a place to the named place inside it that the
// sentence gives after の (群馬県の富岡に, 山梨県の八ヶ森市立天文台で): the
// answer to "where" is the whole phrase. b is the token after the outer
// place; the result is the token after the phrase, or b.
func (r *reading) placeWithin(b int) int {
	t := r.toks
	if b+2 >= len(t) || !t[b].is("の") || !t[b+1].proper() {
		return b
	}
	c := b + 1
	for c < len(t) && (contentNoun(t[c]) || t[c].suffix()) {
		c++
	}
	// A place's name the dictionary takes for a surname (群馬県の富岡に)
	// counts when the particle follows it at once, with no 氏 or title.
	if t[b+1].person() && c != b+2 {
		return b
	}
	if c < len(t) && (t[c].is("で") || t[c].is("に") || t[c].is("を")) {
		return c
	}
	return b
}
