package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// definitionFacts reads the parentheses of the sentence that pair a name
// with its other form: an acronym and its expansion, in either order
// (環太平洋経済連携協定(IPEF), IPEF(インド太平洋経済枠組み)), an English name
// (ギャラップ社 (Gallup), 米国際開発庁(United States Agency for International
// Development: USAID)), a short form (日本経済団体連合会(経団連)), another name
// (尖閣諸島(中国名:釣魚島), 在日米軍駐留経費(いわゆる「思いやり予算」)), or
// what a treaty article provides (第5条(対日武力攻撃への共同対処)).
func (r *reading) definitionFacts() {
	t := r.toks
	for o := range t {
		if t[o].Surface != "(" {
			continue
		}
		c := matchClose(t, o)
		if c <= o+1 {
			continue
		}
		r.parenthesis(o, c)
	}
}

// parenthesis reads one parenthesis, tokens o and c, and what stands
// before it.
func (r *reading) parenthesis(o, c int) {
	t := r.toks
	in := r.spanText(o+1, c)
	if figureOnly.MatchString(in) {
		return // International Politics(1999): a book's year names nothing
	}
	la, lb := r.longSide(o)
	if aa := r.articleBefore(o); aa >= 0 {
		if nounish(t, o+1, c) || provision(t, o+1, c) {
			r.addTokens(deck.KindDefinition, aa, o, Fact{Expansion: in, Subject: r.articleOf(aa)})
		}
		return
	}
	switch {
	case c == o+2 && acronymLike(in) && lb > la:
		r.pair(la, lb, o+1, c)
	case c > o+2 && strings.Contains(in, ":") && englishName(in[:strings.Index(in, ":")]):
		// "United States Agency for International Development: USAID"
		colon := r.tokenAt(t[o+1].Start + strings.Index(in, ":"))
		acr := strings.TrimSpace(in[strings.Index(in, ":")+1:])
		if colon < 0 || !acronymLike(acr) || lb <= la {
			return
		}
		ea, eb := r.tokenAt(t[c-1].End-len(acr)), c
		if ea < 0 {
			return
		}
		r.pair(la, lb, ea, eb)
		r.addTokens(deck.KindDefinition, o+1, colon, Fact{Expansion: acr})
	case englishName(in) && lb > la && r.orgLike(la, lb):
		r.addTokens(deck.KindOrganization, la, lb, Fact{Expansion: in})
	case r.acronymBefore(o) >= 0 && nounish(t, o+1, c) && utf8.RuneCountInString(in) >= 4:
		// IPEF(インド太平洋経済枠組み), クアッド(日米豪印戦略対話), Quad(米・日・豪・印)
		a := r.acronymBefore(o)
		kind := deck.KindAcronym
		if !acronymLike(t[a].Surface) {
			kind = deck.KindDefinition
		}
		r.addTokens(kind, a, o, Fact{Expansion: in})
		if !memberList(in) {
			r.addTokens(r.longKind(o+1, c), o+1, c, Fact{Expansion: t[a].Surface})
		}
	case lb > la:
		if la2, lb2 := r.aliasIn(o, c); lb2 > la2 {
			if lb-la == 1 && !t[la].proper() {
				return // 肥料(通称:カリ肥料): a common noun is no name to learn
			}
			label := strings.TrimRight(r.spanText(o+1, la2), ":「 ")
			if !strings.HasSuffix(label, "名") {
				label = "" // いわゆる, 通称 only announce the other name
			}
			r.addTokens(deck.KindDefinition, la2, lb2, Fact{Expansion: r.spanText(la, lb), Subject: label})
		} else if shortForm(in, r.spanText(la, lb)) {
			r.pair(la, lb, o+1, c)
		}
	}
}

// figureOnly matches brackets that hold a figure alone: a year, a page.
var figureOnly = regexp.MustCompile(`^[\d,.]+$`)

// pair records an acronym or short form (tokens [sa, sb)) and its long
// form (tokens [la, lb)), each as the other's expansion.
func (r *reading) pair(la, lb, sa, sb int) {
	long, short := r.spanText(la, lb), r.spanText(sa, sb)
	r.addTokens(deck.KindAcronym, sa, sb, Fact{Expansion: long})
	r.addTokens(r.longKind(la, lb), la, lb, Fact{Expansion: short})
}

// longKind is the kind of a long form: an organization when it names one
// (米国通商代表部, 戦略国際問題研究所), else a definition (人工知能, 液化天然ガス).
func (r *reading) longKind(a, b int) string {
	if r.orgLike(a, b) {
		return deck.KindOrganization
	}
	return deck.KindDefinition
}

func (r *reading) orgLike(a, b int) bool {
	t := r.toks
	if t[b-1].org() {
		return true
	}
	for _, h := range []string{"部", "庁", "省", "局", "機関", "連合", "会", "社", "研究所", "大学", "銀行", "理事会", "協議会", "委員会", "政府"} {
		if strings.HasSuffix(t[b-1].Surface, h) {
			return true
		}
	}
	return false
}

// longSide returns the long form that stands before the parenthesis at
// token o: the dictionary's name there, or the compound noun, cut where two
// names run together in scraped text ("ASEAN諸国欧州連合", "科学法インフレ
// 削減法"), or a slogan quoted up to it (「アメリカを再び偉大に (MAGA)」).
func (r *reading) longSide(o int) (int, int) {
	t := r.toks
	b := o
	if b > 0 && t[b-1].space() {
		b--
	}
	if b == 0 {
		return 0, 0
	}
	if t[b-1].User && t[b-1].proper() {
		return b - 1, b
	}
	a := compoundBefore(t, b)
	if a < 0 {
		if q := r.quoteOpenBefore(b); q >= 0 {
			return q + 1, b
		}
		return 0, 0
	}
	for k := b - 2; k >= a; k-- {
		if t[k].latin() || t[k].User && t[k].proper() && k > a {
			a = k + 1 // a name of its own runs into this one
			break
		}
		if k < b-1 && lawSuffix(t[k].Surface) {
			a = k + 1
			break
		}
	}
	for a < b && !contentNoun(t[a]) && !t[a].prefix() {
		a++
	}
	if a >= b {
		return 0, 0
	}
	return a, b
}

func lawSuffix(s string) bool { return s == "法" || s == "協定" || s == "条約" }

// quoteOpenBefore returns the 「 that opens the quotation token b stands
// in, if the quotation has not closed before b; -1 otherwise.
func (r *reading) quoteOpenBefore(b int) int {
	for k := b - 1; k >= 0; k-- {
		switch {
		case r.toks[k].Surface == "」" || r.toks[k].period():
			return -1
		case r.toks[k].Surface == "「":
			return k
		}
	}
	return -1
}

// acronymBefore returns the token before the parenthesis at o when it is
// an acronym (IPEF, AUKUS), a Latin name (Quad) or a dictionary name in
// katakana (クアッド); -1 otherwise.
func (r *reading) acronymBefore(o int) int {
	if o == 0 {
		return -1
	}
	p := r.toks[o-1]
	if p.latin() && (o < 2 || !contentNoun(r.toks[o-2])) || p.User && p.katakana() && p.proper() && !p.person() {
		return o - 1
	}
	return -1
}

// articleBefore returns the start of an article of a treaty or law that
// ends just before token o (第5条, セクション232条), or -1.
func (r *reading) articleBefore(o int) int {
	t := r.toks
	if o < 3 || t[o-1].Surface != "条" || !t[o-2].number() {
		return -1
	}
	if s := t[o-3].Surface; s == "第" || s == "セクション" {
		return o - 3
	}
	return -1
}

// treatyBefore returns the treaty or law named nearest before token a in
// the sentence ("安全保障条約" for its 第5条 and 第6条), or "".
func (r *reading) treatyBefore(a int) string {
	for k := a - 1; k >= 0; k-- {
		s := r.toks[k].Surface
		if strings.HasSuffix(s, "条約") || strings.HasSuffix(s, "憲法") || strings.HasSuffix(s, "法") && len(s) > len("法") {
			return s
		}
	}
	return ""
}

// aliasIn finds another name inside a parenthesis: the name after いわゆる,
// 通称 or a language's 名 ("中国名:釣魚島"), quotes taken off. Tokens, or 0, 0.
func (r *reading) aliasIn(o, c int) (int, int) {
	t := r.toks
	k := o + 1
	switch {
	case t[k].Surface == "いわゆる":
		k++
	case k+2 < c && (t[k].Surface == "通称" || t[k].Surface == "略称" || t[k+1].Surface == "名") && (t[k+1].Surface == ":" || t[k+2].Surface == ":"):
		for t[k].Surface != ":" {
			k++
		}
		k++
	default:
		return 0, 0
	}
	a, b := k, c
	if a < b && t[a].Surface == "「" && t[b-1].Surface == "」" {
		a, b = a+1, b-1
	}
	if a >= b || !nounish(t, a, b) {
		return 0, 0
	}
	return a, b
}

// nounish reports tokens [a, b) that form a noun phrase: no verb, no
// particle but の, と and ・ between nouns.
func nounish(t []token, a, b int) bool {
	for k := a; k < b; k++ {
		switch {
		case t[k].verb() || t[k].aux() && t[k].Surface != "な":
			return false
		case t[k].particle() && t[k].Surface != "の" && t[k].Surface != "と" && t[k].Surface != "へ" && t[k].Surface != "や":
			return false
		}
	}
	return endsPhrase(t, b-1)
}

// provision reports what an article provides, told as a noun with the
// clause that qualifies it: 国家安全保障を理由とする輸入制限. One clause, no
// comma, ending in a noun.
func provision(t []token, a, b int) bool {
	for k := a; k < b; k++ {
		if t[k].comma() || t[k].period() || t[k].open() {
			return false
		}
	}
	return b-a >= 3 && contentNoun(t[b-1]) && endsPhrase(t, b-1)
}

// englishName reports a name in English words: Gallup, Chicago Council on
// Global Affairs.
func englishName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if r > 127 || !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '.' || r == '&') {
				return false
			}
		}
	}
	return words[0][0] >= 'A' && words[0][0] <= 'Z' && !acronymLike(s)
}

// shortForm reports a short form of long: a few of its characters, in its
// order (経団連 of 日本経済団体連合会).
func shortForm(short, long string) bool {
	s, l := []rune(short), []rune(long)
	if len(s) < 2 || len(s) > 4 || len(l) < 2*len(s) {
		return false
	}
	k := 0
	for _, r := range l {
		if k < len(s) && r == s[k] {
			k++
		}
	}
	return k == len(s)
}

// memberList reports a list of one-character country names (米・日・豪・印):
// what a group consists of, not a name of it.
func memberList(s string) bool {
	parts := strings.Split(s, "・")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return len(parts) > 1
}
