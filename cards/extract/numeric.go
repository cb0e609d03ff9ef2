package extract

import (
	"strings"

	"factdeck/cards/deck"
)

// numericFacts records the dates, numbers, percentages and amounts of
// money of the sentence, each with its value, unit and subject.
func (r *reading) numericFacts() {
	for _, n := range r.nums {
		if n.start == r.asOfAt {
			continue // "2月10日現在" dates the sentence's claims; AsOf carries it
		}
		a, b := r.tokenAt(n.start), r.tokenEndingAt(n.end)
		var f Fact
		if n.kind == deck.KindDate {
			d, _ := parseDate(r.text[n.start:n.end])
			full := d.withYear(r.ref)
			if plansAhead.MatchString(r.text) {
				full = d.ahead(r.ref) // 次回の観望会は10月11日の予定: this year's, not last
			}
			f.Value = full.value()
			if d.y == 0 && full.y != 0 {
				f.Context = full.String()[:strings.Index(full.String(), "年")+len("年")]
			}
			if a >= 0 && b >= 0 {
				f.Subject, f.Predicate = r.dateSubject(a, b)
			}
		} else {
			f.Value, f.Unit = numberValue(r.text[n.start:n.end])
			if f.Unit == "つ" && f.Value <= 2 {
				continue // 1つの理由, 2つの新政権: a phrase, not a count to learn
			}
			if a >= 0 && b >= 0 {
				f.Subject = r.numberSubject(a, b)
			}
		}
		r.add(n.kind, n.start, n.end, f)
	}
	r.shareRanges()
}

// shareRanges gives the start of a range the subject of its end: in
// "25%から50%の範囲", 25% is about what 50% is about.
func (r *reading) shareRanges() {
	for i := 0; i+1 < len(r.facts); i++ {
		a, b := &r.facts[i], &r.facts[i+1]
		if a.Kind == b.Kind && a.Subject == "" && strings.HasPrefix(r.text[a.End:], "から") && a.End+len("から") == b.Start {
			a.Subject = b.Subject
		}
	}
}

// numberSubject names what the number in tokens [a, b) measures, from the
// phrase around it: a name in parentheses after it (約2,000億円(思いやり予算)),
// the compound it stands in (日米間の年間貿易額約2,400億ドル → 日米間の年間
// 貿易額), the whole it is part of (日本の輸出額の約2割 → 日本の輸出額), the
// thing it counts (60%の有権者 → 有権者), the topic it is said of (トランプ
// 大統領の支持率は46% → トランプ大統領の支持率), or what is raised to it
// (防衛費をGDP比2%に引き上げる → 防衛費のGDP比).
func (r *reading) numberSubject(a, b int) string {
	t := r.toks
	if strings.HasSuffix(t[b-1].Surface, "条") {
		return r.articleOf(a) // 日米安保条約第5条
	}
	if name := r.parenName(b); name != "" {
		return name
	}
	if o := r.openParenBefore(a); o >= 0 {
		return r.beforeParen(o) // 在日米軍の年間維持費約50億ドル(日本円で約7,500億円)
	}
	head := r.headBefore(a)
	e := b
	for e < len(t) && qualifiers[t[e].Surface] {
		e++ // 1兆円規模の, 1000億ドル超の, 2%未満の
	}
	tail := ""
	if c := compoundAfter(t, e); c > e && e == b && !t[e].number() {
		tail = trimAction(r.spanText(e, c))
	}
	whole := ""
	if head == "" && a >= 2 && t[a-1].Surface == "の" && t[a-1].particle() {
		if p := phraseBefore(t, a-1, phraseOpts{}); p >= 0 && !r.dateOnly(p, a-1) && !timeWords[r.spanText(p, a-1)] {
			whole = r.spanText(p, a-1)
		}
	}
	if tail != "" && t[e].sahen() && e+1 == compoundAfter(t, e) && a >= 2 && t[a-1].is("を") {
		if p := phraseBefore(t, a-1, phraseOpts{}); p >= 0 {
			return r.spanText(p, a-1) // 関税の発動を1ヵ月間延期する
		}
	}
	ratio := strings.HasSuffix(head, "GDP比") || whole == "GDP"
	switch {
	case ratio:
		return r.ratioSubject(a, b, tail)
	case strings.HasSuffix(r.text[t[a].Start:t[b-1].End], "位"):
		return r.firstTopic(a) // インドとASEANのGDPはそれぞれ世界第4位
	case head != "":
		return head + tail
	case tail != "":
		return tail // 第47代アメリカ合衆国大統領
	case whole != "":
		return whole
	case e+1 < len(t) && (t[e].Surface == "の" || t[e].Surface == "という") && !t[e+1].number():
		// 60%の有権者, 30%という平均関税率; the phrase before the number
		// says whose: "メキシコやカナダへの25%という関税措置".
		if c := phraseAfter(t, e+1); c > e+1 && !genericMeasure[r.spanText(e+1, c)] {
			owner := r.owner(a)
			if a >= 2 && (t[a-1].is("は") || t[a-1].is("が")) {
				if p := phraseBefore(t, a-1, phraseOpts{}); p >= 0 {
					return joinOwner(r.spanText(p, a-1), r.spanText(e+1, c)) // トランプ関税は4種類ほどの目的
				}
			}
			return owner + r.spanText(e+1, c)
		}
	case a >= 2 && (t[a-1].is("は") || t[a-1].is("が")):
		if p := phraseBefore(t, a-1, phraseOpts{}); p >= 0 {
			return r.spanText(p, a-1)
		}
	case b < len(t) && t[b].is("に") && a >= 2 && t[a-1].is("を"):
		if p := phraseBefore(t, a-1, phraseOpts{}); p >= 0 {
			return r.spanText(p, a-1) // 直接投資を1兆ドルに増やす
		}
	}
	if e+1 < len(t) && t[e].Surface == "の" {
		return r.nearestTopic(a) // 25%から50%の範囲: what the range is of
	}
	return ""
}

// qualifiers follow a number and qualify it without naming what it counts.
var qualifiers = map[string]bool{
	"規模": true, "程度": true, "超": true, "以上": true, "以下": true, "未満": true,
	"前後": true, "ほど": true, "余り": true, "強": true, "弱": true, "後": true,
	"前": true, "以内": true, "以降": true, "以来": true, "末": true, "頃": true,
}

// timeWords open a compound or phrase with when, not with what: the 年間 of
// "年間約1兆円規模の自動車部品輸出" names no subject.
var timeWords = map[string]bool{
	"年間": true, "今後": true, "それぞれ": true, "当時": true, "毎年": true, "現在": true,
	"最近": true, "計": true, "合計": true, "前年": true,
}

// genericMeasure are nouns after a number that say how it is measured, not
// what it is about.
var genericMeasure = map[string]bool{"範囲": true, "水準": true, "程度": true, "割合": true, "幅": true}

// parenName returns the name in parentheses right after a number
// (約2,000億円(思いやり予算)), or "".
func (r *reading) parenName(b int) string {
	t := r.toks
	if b >= len(t) || t[b].Surface != "(" {
		return ""
	}
	c := matchClose(t, b)
	if c <= b+1 || !nounish(t, b+1, c) {
		return ""
	}
	for k := b + 1; k < c; k++ {
		if t[k].number() || t[k].comma() {
			return ""
		}
	}
	return r.spanText(b+1, c)
}

// headBefore returns the phrase whose compound the number at token a ends
// (日米間の年間貿易額, USAID職員), without the words of time that open a
// compound without naming anything (年間, 今後, それぞれ), or "".
func (r *reading) headBefore(a int) string {
	t := r.toks
	c := compoundBefore(t, a)
	if c < 0 || t[a-1].number() {
		return ""
	}
	onlyTime := true
	for k := c; k < a; k++ {
		if !(t[k].noun() && (t[k].POS[1] == "副詞可能" || timeWords[t[k].Surface])) {
			onlyTime = false
		}
	}
	if onlyTime {
		return ""
	}
	if p := phraseBefore(t, a, phraseOpts{}); p >= 0 && p < c {
		return r.spanText(p, a)
	}
	return r.spanText(c, a)
}

// articleOf names the treaty or law an article belongs to: the compound
// before it (日米安保条約第5条), else the one named earlier in the sentence
// (安全保障条約第5条…と第6条).
func (r *reading) articleOf(a int) string {
	if c := compoundBefore(r.toks, a); c >= 0 {
		return r.spanText(c, a)
	}
	return r.treatyBefore(a)
}

// beforeParen names what a number or date in parentheses qualifies: the
// phrase before the parenthesis at token o, without a figure it ends in.
func (r *reading) beforeParen(o int) string {
	p := phraseBefore(r.toks, o, phraseOpts{})
	if p < 0 {
		return ""
	}
	s := r.spanText(p, o)
	for _, n := range numericSpans(s) {
		if n.end == len(s) && n.start > 0 {
			return s[:n.start]
		}
	}
	return s
}

// dateOnly reports tokens [a, b) that are a date and nothing else.
func (r *reading) dateOnly(a, b int) bool {
	s := r.spanText(a, b)
	return validDate(s) && dateParts.MatchString(s)
}

// ratioSubject names what a GDP ratio is of: the thing raised to it
// (NATO加盟国が防衛費をGDPの5%に引き上げる → NATO加盟国の防衛費のGDP比), or the
// plan that moves towards it (GDP比2%への防衛費増額方針 → 日本政府の防衛費増額
// 方針), said of the topic of the sentence.
func (r *reading) ratioSubject(a, b int, tail string) string {
	t := r.toks
	start := a
	if c := compoundBefore(t, a); c >= 0 {
		start = c
	}
	if start >= 2 && t[start-1].Surface == "の" {
		start = max(phraseBefore(t, start-1, phraseOpts{}), 0)
	}
	switch {
	case start >= 2 && t[start-1].is("を"):
		p := phraseBefore(t, start-1, phraseOpts{})
		if p < 0 {
			return ""
		}
		what := r.spanText(p, start-1)
		owner := r.nearestTopic(p)
		if p >= 2 && t[p-1].is("が") {
			if q := phraseBefore(t, p-1, phraseOpts{}); q >= 0 {
				owner = r.spanText(q, p-1)
			}
		}
		return joinOwner(owner, what+"のGDP比"+tail)
	case b+2 < len(t) && t[b].is("へ") && t[b+1].Surface == "の":
		e := phraseForward(t, b+2)
		if e <= b+2 {
			return ""
		}
		what := r.spanText(b+2, e)
		owner := r.lastTopic(a)
		if trimAction(what) != what || actionOnly(t, b+2, e) {
			return joinOwner("", owner+"のGDP比") // 日本の防衛費は…GDP比3%への急速な引き上げを求めた
		}
		return joinOwner(owner, what)
	case tail != "":
		return r.spanText(start, a) + tail // 日本の防衛費GDP比2%目標
	}
	return ""
}

// actionOnly reports a phrase that names only an action (急速な引き上げ):
// the thing acted on stands elsewhere.
func actionOnly(t []token, a, b int) bool {
	for k := a; k < b; k++ {
		if contentNoun(t[k]) && !t[k].sahen() && !t[k].nounStem() && t[k].Surface != "引き上げ" {
			return false
		}
	}
	return true
}

func joinOwner(owner, what string) string {
	if owner == "" || strings.HasPrefix(what, owner) {
		return what
	}
	return owner + "の" + what
}

// owner returns the phrase that a linker before token a ties to it ("メキシコ
// やカナダへの" of "メキシコやカナダへの25%"), or "".
func (r *reading) owner(a int) string {
	k := linkerBefore(r.toks, a)
	if k <= 0 {
		return ""
	}
	if p := phraseBefore(r.toks, k, phraseOpts{}); p >= 0 {
		return r.spanText(p, a)
	}
	return ""
}

// trimAction drops an action noun from the end of a compound: the 達成 of
// "目標達成" is what is done with the target, not the target.
func trimAction(s string) string {
	for _, a := range []string{"達成", "増額", "引き上げ"} {
		if strings.HasSuffix(s, a) && s != a {
			return strings.TrimSuffix(s, a)
		}
	}
	return s
}

// dateSubject names the event the date in tokens [a, b) dates and the verb
// that says what happened: "2025年1月20日に発足した第2期トランプ政権" →
// 第2期トランプ政権, 発足した; "日米安保条約は1951年に締結され" → 日米安保条約,
// 締結され; "2026年3月の…首脳会談" → the summit; "(2025年実績)" → the figure
// before the parenthesis.
func (r *reading) dateSubject(a, b int) (subject, predicate string) {
	t := r.toks
	if o := r.openParenBefore(a); o >= 0 {
		if p := phraseBefore(t, o, phraseOpts{}); p >= 0 {
			return r.spanText(p, o), ""
		}
		return "", ""
	}
	if b >= len(t) {
		return r.firstTopic(a), ""
	}
	switch {
	case t[b].Surface == "の" && t[b].particle():
		if b+1 < len(t) && t[b+1].number() {
			return "", "" // 2018年の43%
		}
		if e := phraseForward(t, b+1); e > b+1 {
			return r.spanText(b+1, e), ""
		}
	case t[b].sahen() && b+2 < len(t) && t[b+1].Surface == "の":
		// "2025年1月発足のトランプ次期政権"
		if e := phraseForward(t, b+2); e > b+2 {
			return r.spanText(b+2, e), t[b].Surface
		}
	case qualifiers[t[b].Surface]:
		// 2018年以降: when, not what; the sentence's topic is what
	case contentNoun(t[b]):
		return r.spanText(b, compoundAfter(t, b)), "" // 2024年米大統領選挙
	case t[b].comma() && a == 0:
		return r.topicAfter(b + 1), "" // "2026年3月、日本の岸田文雄首相が…"
	case t[b].is("に") || t[b].is("から") || t[b].is("まで"):
		p, q := predicateAfter(t, b+1)
		if p < 0 {
			break
		}
		predicate = r.spanText(p, q)
		if q < len(t) && (contentNoun(t[q]) || t[q].prefix()) && !qualifiers[t[q].Surface] && t[q].POS[1] != "副詞可能" {
			if e := nounPhraseForward(t, q, false); e > q && !genericNouns[r.spanText(q, e)] && !lightHeads[r.spanText(q, e)] {
				return r.spanText(q, e), predicate
			}
		}
		for _, g := range r.arguments(p) {
			if g.particle == "が" && !pointsElsewhere(t, g.a, g.b) {
				return r.spanText(g.a, g.b), predicate
			}
		}
	}
	if s := r.firstTopic(a); s != "" {
		return s, predicate
	}
	return r.topicAfter(b), predicate
}

// openParenBefore returns the ( that the tokens from a on stand inside, or -1.
func (r *reading) openParenBefore(a int) int {
	for k := a - 1; k >= 0 && k >= a-12; k-- {
		switch {
		case r.toks[k].Surface == ")" || r.toks[k].period():
			return -1
		case r.toks[k].Surface == "(":
			return k
		}
	}
	return -1
}

// predicateAfter finds the verb phrase that the words from token i on lead
// to within a few words ("ホワイトハウスで行われた"): its token span, or -1.
func predicateAfter(t []token, i int) (int, int) {
	for k := i; k < len(t) && k < i+20; k++ {
		if t[k].comma() || t[k].period() {
			break
		}
		if t[k].verb() && t[k].POS[1] == "自立" || t[k].sahen() && k+1 < len(t) && t[k+1].verb() && t[k+1].Base == "する" {
			s := k
			if s > i && t[s-1].prefix() && t[s-1].Surface == "再" {
				s--
			}
			e := verbEnd(t, k)
			if e < len(t) && (t[e].is("て") || t[e].is("で")) {
				e++ // 入って(から)
			}
			return s, e
		}
	}
	return -1, -1
}

// verbEnd returns the end of the verb phrase starting at token k: the verb
// (or verbal noun and する), then its auxiliaries.
func verbEnd(t []token, k int) int {
	e := k + 1
	for e < len(t) {
		switch {
		case t[e].verb() && (t[e].Base == "する" || t[e].POS[1] == "接尾" || t[e].POS[1] == "非自立"):
		case t[e].aux():
		case t[e].is("て") || t[e].is("で"):
			if e+1 >= len(t) || !(t[e+1].verb() && t[e+1].POS[1] == "非自立") {
				return e
			}
		default:
			return e
		}
		e++
	}
	return e
}

// phraseForward returns the end of the noun phrase starting at token a,
// taking in linkers and coordination (トランプ大統領と石破首相の初の首脳会談,
// 岸田首相によるトランプ大統領との首脳会談), and stopping before a number
// that starts another value.
func phraseForward(t []token, a int) int { return nounPhraseForward(t, a, true) }

// nounPhraseForward is phraseForward; without allLinkers it links with の
// only, so that a relative clause's head stays a name ("…に就任した石破茂首相
// との関係性" → 石破茂首相).
func nounPhraseForward(t []token, a int, allLinkers bool) int {
	b := a
	for b < len(t) {
		switch {
		case contentNoun(t[b]) && !(t[b].number() && b > a && !t[b-1].prefix()) || t[b].prefix() || t[b].adnominal() && b == a:
			b++
			continue
		case t[b].middleDot() && b > a && b+1 < len(t) && contentNoun(t[b+1]):
			b++
			continue
		case t[b].aux() && t[b].Surface == "な" && b > a && (t[b-1].nounStem() || t[b-1].Surface == "的"):
			b++
			continue
		case t[b].open():
			if c := matchClose(t, b); c > 0 && b > a {
				b = c + 1
				continue
			}
		}
		if b > a && (t[b].POS[1] == "並立助詞" || t[b].is("や") || t[b].is("と")) && b+1 < len(t) && contentNoun(t[b+1]) && !timeWords[t[b+1].Surface] && !t[b+1].number() {
			b++
			continue
		}
		if n := linkerAfter(t, b); n > b && b > a && n < len(t) && (contentNoun(t[n]) || t[n].adnominal()) && (allLinkers || t[b].Surface == "の") {
			b = n
			continue
		}
		break
	}
	for b > a && !endsPhrase(t, b-1) {
		b--
	}
	return b
}

// linkerAfter returns the end of a linker that starts at token b, or b.
func linkerAfter(t []token, b int) int {
	s := ""
	for k := b; k < len(t) && k-b < 4; k++ {
		s += t[k].Surface
		for _, l := range linkers {
			if s == l && (t[b].particle() || t[b].Surface == "の") {
				return k + 1
			}
		}
	}
	return b
}

// firstTopic returns the topic of the sentence: its first phrase marked
// with は (not では, には) before token i, or "". A topic inside a quotation
// belongs to the quoted speaker, and one that points elsewhere (この条約は)
// names nothing by itself; both are skipped.
func (r *reading) firstTopic(i int) string {
	for _, k := range r.topics(i) {
		return k
	}
	return ""
}

// nearestTopic returns the last phrase marked with は before token i.
func (r *reading) nearestTopic(i int) string {
	ts := r.topics(i)
	if len(ts) == 0 {
		return ""
	}
	return ts[len(ts)-1]
}

// lastTopic returns the last phrase marked with は before token i, even
// one whose clause has closed: what a figure in a later clause is about
// ("日本の防衛費は極めて不十分であると断言し、GDP比3%への…引き上げを求めた").
func (r *reading) lastTopic(i int) string {
	ts := r.topicsOf(i, false)
	if len(ts) == 0 {
		return ""
	}
	return ts[len(ts)-1]
}

// topics returns the phrases marked with は before token i that still
// govern it, in order. A topic inside a quotation, or inside a clause that
// closes before i (…は不公平であり…と, …要求はなかったが、), governs only its
// clause.
func (r *reading) topics(i int) []string { return r.topicsOf(i, true) }

func (r *reading) topicsOf(i int, open bool) []string {
	t := r.toks
	var at []int
	for k := 1; k < i && k < len(t); k++ {
		if t[k].is("は") && endsPhrase(t, k-1) && !inQuote(t, k) {
			at = append(at, k)
		}
	}
	closed := map[int]bool{}
	if open {
		for j := 1; j < i && j < len(t); j++ {
			switch closer(t, j) {
			case "quote": // every topic but the sentence's first is inside the quotation
				for _, k := range at[min(1, len(at)):] {
					if k < j {
						closed[k] = true
					}
				}
			case "concession": // the clause and its topics end here
				for _, k := range at {
					if k < j {
						closed[k] = true
					}
				}
			}
		}
	}
	var out []string
	for _, k := range at {
		if closed[k] {
			continue
		}
		if p := phraseBefore(t, k, phraseOpts{}); p >= 0 && !pointsElsewhere(t, p, k) {
			out = append(out, r.spanText(p, k))
		}
	}
	return out
}

// closer names how token j ends the clause before it: "quote" for a
// quotation mark と after a predicate (…不公平であり…ないと), "concession" for
// a concessive が or ものの (…要求はなかったが、), else "".
func closer(t []token, j int) string {
	prev := t[j-1]
	if !(prev.verb() || prev.aux() || prev.adj() || prev.nounStem()) {
		return ""
	}
	switch {
	case t[j].is("と") && t[j].POS[2] == "引用":
		return "quote"
	case t[j].is("が") && t[j].POS[1] == "接続助詞", t[j].Surface == "ものの":
		return "concession"
	}
	return ""
}

// topicAfter returns the first phrase marked with は or が after token i in
// the same clause, or "".
func (r *reading) topicAfter(i int) string {
	t := r.toks
	for k := i; k < len(t); k++ {
		if t[k].period() || t[k].verb() {
			return ""
		}
		if (t[k].is("は") || t[k].is("が")) && k > 0 && endsPhrase(t, k-1) {
			if p := phraseBefore(t, k, phraseOpts{}); p >= 0 && p >= i && !pointsElsewhere(t, p, k) {
				return r.spanText(p, k)
			}
		}
	}
	return ""
}

// inQuote reports whether token i stands inside 「」.
func inQuote(t []token, i int) bool {
	// Walk back to the quote that is still open at i, if any. A quotation
	// is never longer than maxQuoteTokens, which keeps a sentence of
	// hundreds of thousands of tokens (a file without punctuation) linear.
	closes := 0
	for k := i - 1; k >= 0 && k >= i-maxQuoteTokens; k-- {
		switch t[k].Surface {
		case "」", "』":
			closes++
		case "「", "『":
			if closes == 0 {
				return true
			}
			closes--
		}
	}
	return false
}

// maxQuoteTokens bounds the length of a quotation inQuote looks back over.
const maxQuoteTokens = 400
