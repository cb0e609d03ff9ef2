package extract

import "strings"

// Noun phrases. A fact's key must be a complete noun phrase: it starts and
// ends at a word boundary, its head is a content noun (not こと, not これ),
// and it takes in the modifiers that belong to it: の and への links
// (日本の防衛費, GDP比3%への急速な引き上げ), adjectival nouns with な,
// adnominals (さらなる), compound particles (における, に対する) and
// bracketed parts (年間約2,000億円(思いやり予算), 「全幅の信頼」).

// linkers are the particle sequences that join two nouns into one phrase.
var linkers = []string{
	"の", "への", "との", "での", "からの", "までの", "よりの",
	"における", "に対する", "に関する", "についての", "としての", "による",
	"をめぐる", "にとっての", "といった", "のような", "に基づく", "に基づいた",
	"に向けた", "にわたる", "に伴う", "に次ぐ", "を中心とした", "を巡る", "という",
	"を通じた",
}

// phraseOpts widen what a noun phrase may hold.
type phraseOpts struct {
	list bool // the phrase is a list ended by など: "、" joins its items
}

// phraseBefore returns the start of the longest complete noun phrase that
// ends just before token b, or -1 when the tokens before b end no noun
// phrase.
func phraseBefore(toks []token, b int, o phraseOpts) int {
	if b > 0 && toks[b-1].space() {
		b-- // "ギャラップ社 (Gallup) が"
	}
	if b <= 0 || !endsPhrase(toks, b-1) {
		return -1
	}
	a := b - 1
	if toks[a].close() {
		if a = matchOpen(toks, a); a < 0 {
			return -1
		}
	}
	for a > 0 {
		n := extendLeft(toks, a, o)
		if n == a {
			break
		}
		a = n
	}
	// A phrase starts with content: drop a link or conjunction left at its edge.
	for a < b && !startsPhrase(toks[a]) {
		a++
	}
	if a >= b {
		return -1
	}
	return a
}

// endsPhrase reports whether token i can be a phrase's head: a content noun
// or the closing bracket of a quotation or parenthesis.
func endsPhrase(toks []token, i int) bool {
	t := toks[i]
	if t.close() {
		return matchOpen(toks, i) >= 0
	}
	return contentNoun(t)
}

// contentNoun is a noun that can carry meaning on its own or as part of a
// compound: not a dependent noun (こと, ため), not a bare pronoun.
func contentNoun(t token) bool {
	return t.noun() && !t.dependent() && !t.pronoun() && t.Surface != "(" && t.Surface != ")"
}

func startsPhrase(t token) bool {
	return contentNoun(t) && !t.suffix() || t.prefix() || t.adnominal() || t.open() || t.adj() || t.pronoun() || t.POS[0] == "接続詞" && t.Surface == "一方"
}

// extendLeft takes in the word or link before the phrase starting at a and
// returns the new start; a when nothing more belongs to the phrase.
func extendLeft(toks []token, a int, o phraseOpts) int {
	p := toks[a-1]
	switch {
	case contentNoun(p) || p.prefix() || p.pronoun():
		return a - 1
	case p.close():
		if k := matchOpen(toks, a-1); k >= 0 {
			return k
		}
	case p.space() && toks[a].open() && a >= 2 && endsPhrase(toks, a-2):
		return a - 1 // ギャラップ社 (Gallup)
	case p.middleDot() && a >= 2 && contentNoun(toks[a-2]):
		return a - 1
	case (p.Surface == "," || p.Surface == ".") && a >= 2 && toks[a-2].number() && toks[a].number():
		return a - 1
	case p.adnominal():
		return a - 1
	case p.aux() && p.Surface == "な" && a >= 2 && (toks[a-2].nounStem() || toks[a-2].Surface == "的"):
		return a - 1
	case p.POS[0] == "接続詞" && toks[a].suffix():
		return a - 1 // 一方 of 一方的
	case p.adj() && (p.Surface == p.Base || strings.HasSuffix(p.Surface, "い")):
		return a - 1
	case p.adverb() && (toks[a].adj() || toks[a].nounStem()):
		return a - 1
	case coordinator(p) && a >= 2 && endsPhrase(toks, a-2) && coordinates(toks, a-1):
		return a - 1
	case p.comma() && o.list && a >= 2 && endsPhrase(toks, a-2):
		return a - 1
	}
	for _, k := range linkersBefore(toks, a) {
		if k > 0 && endsPhrase(toks, k-1) {
			return k
		}
	}
	return a
}

// coordinator joins two nouns into one phrase: や, と, および, または.
func coordinator(t token) bool {
	switch t.Surface {
	case "や", "と", "および", "及び", "または", "ならびに":
		return t.particle() || t.POS[0] == "接続詞"
	}
	return false
}

// coordinates reports whether the と at token k joins two conjuncts of one
// phrase. It does not after a quotation (「…」と不満を示した quotes), nor
// when a name stands on its left and a common noun on its right: that と
// says "with" (共和党と拒否反応を示す民主党, 日本と協力を深める).
func coordinates(toks []token, k int) bool {
	if toks[k].Surface != "と" {
		return true
	}
	if toks[k-1].Surface == "」" {
		return false
	}
	left := compoundBefore(toks, k)
	right := compoundAfter(toks, k+1)
	return left < 0 || !hasProper(toks, left, k) || hasProper(toks, k+1, right)
}

func hasProper(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].proper() || toks[i].latin() && acronymLike(toks[i].Surface) {
			return true
		}
	}
	return false
}

// linkersBefore returns the starts of the linkers that end just before
// token a, shortest first ("の", then "への").
func linkersBefore(toks []token, a int) []int {
	var out []int
	s := ""
	for k := a - 1; k >= 0 && a-k <= 4; k-- {
		s = toks[k].Surface + s
		for _, l := range linkers {
			if s == l && (toks[k].particle() || toks[k].Surface == "の") {
				out = append(out, k)
			}
		}
	}
	return out
}

// linkerBefore returns the start of the first linker before token a that
// follows a phrase, or -1.
func linkerBefore(toks []token, a int) int {
	for _, k := range linkersBefore(toks, a) {
		if k > 0 && endsPhrase(toks, k-1) {
			return k
		}
	}
	return -1
}

// closers pairs each opening bracket with its closing one.
var closers = map[string]string{"(": ")", "「": "」", "『": "』", "[": "]", "“": "”", "<": ">"}

// openers pairs each closing bracket with its opening one.
var openers = func() map[string]string {
	m := make(map[string]string, len(closers))
	for o, c := range closers {
		m[c] = o
	}
	return m
}()

// matchOpen returns the index of the bracket that token i closes, or -1.
// The search stops at a sentence end: a bracket is not closed across one.
func matchOpen(toks []token, i int) int {
	return matchBracket(toks, i, openers[toks[i].Surface], -1)
}

// matchClose returns the index of the bracket that closes the one at i, or -1.
func matchClose(toks []token, i int) int {
	return matchBracket(toks, i, closers[toks[i].Surface], 1)
}

// matchBracket walks from token i in direction step (-1 or 1) to the
// token want that pairs with it, counting nested pairs; -1 if none. Going
// back it stops at a sentence end.
func matchBracket(toks []token, i int, want string, step int) int {
	depth := 0
	for k := i; k >= 0 && k < len(toks); k += step {
		switch toks[k].Surface {
		case toks[i].Surface:
			depth++
		case want:
			depth--
			if depth == 0 {
				return k
			}
		}
		if step < 0 && toks[k].period() {
			return -1
		}
	}
	return -1
}

// compoundBefore returns the start of the compound noun that ends just
// before token b: nouns, prefixes and ・ only, no の, with a parenthesis
// that qualifies a noun inside it (米国防次官(政策担当)候補). -1 if none.
func compoundBefore(toks []token, b int) int {
	a := b
	for a > 0 {
		p := toks[a-1]
		if contentNoun(p) || p.prefix() || p.middleDot() && a < b && a >= 2 && contentNoun(toks[a-2]) {
			a--
			continue
		}
		if p.Surface == ")" && a < b {
			if k := matchOpen(toks, a-1); k > 0 && contentNoun(toks[k-1]) {
				a = k
				continue
			}
		}
		break
	}
	for a < b && !contentNoun(toks[a]) && !toks[a].prefix() {
		a++
	}
	if a >= b {
		return -1
	}
	return a
}

// compoundAfter returns the end of the compound noun that starts at token a.
func compoundAfter(toks []token, a int) int {
	b := a
	for b < len(toks) && (contentNoun(toks[b]) || toks[b].prefix() || toks[b].middleDot() && b+1 < len(toks) && contentNoun(toks[b+1])) {
		b++
	}
	return b
}

// phraseAfter returns the end of the noun phrase that starts at token a:
// its compound, then any の-linked compounds after it. a when none.
func phraseAfter(toks []token, a int) int {
	b := compoundAfter(toks, a)
	if b == a {
		return a
	}
	for b+1 < len(toks) && toks[b].Surface == "の" && toks[b].particle() {
		c := compoundAfter(toks, b+1)
		if c == b+1 {
			break
		}
		b = c
	}
	return b
}

// pointers are the words that make a phrase point elsewhere (この判決,
// それら, 同政権, 両国): such a phrase cannot stand as an answer on its own.
var pointers = map[string]bool{
	"これ": true, "それ": true, "あれ": true, "これら": true, "それら": true,
	"この": true, "その": true, "あの": true, "こうした": true, "そうした": true,
	"こういった": true, "そういった": true, "同": true, "同じ": true, "当": true,
	"彼": true, "彼ら": true, "自身": true, "自国": true, "今回": true,
}

// pointsElsewhere reports a phrase toks[a:b] that starts with a pointer.
func pointsElsewhere(toks []token, a, b int) bool {
	return a < b && pointers[toks[a].Surface]
}
