package extract

import (
	"strings"

	"factdeck/cards/deck"
)

// predicates are the verbs whose arguments make relation and event facts:
// verbs by dictionary form, verbal nouns (used with する) by surface.
// Relations say who demanded, agreed, confirmed, stressed or criticized
// what; events say what was held, announced, decided or imposed.
var predicates = map[string]string{
	"求める": deck.KindRelation, "要求": deck.KindRelation, "要請": deck.KindRelation,
	"合意": deck.KindRelation, "一致": deck.KindRelation, "確認": deck.KindRelation,
	"表明": deck.KindRelation, "批判": deck.KindRelation, "非難": deck.KindRelation,
	"反発": deck.KindRelation, "示唆": deck.KindRelation, "強調": deck.KindRelation,
	"懸念": deck.KindRelation, "期待": deck.KindRelation, "指摘": deck.KindRelation,
	"明記": deck.KindRelation, "明言": deck.KindRelation, "評価": deck.KindRelation,
	"歓迎": deck.KindRelation, "提案": deck.KindRelation, "主張": deck.KindRelation,
	"警告": deck.KindRelation, "同意": deck.KindRelation, "言及": deck.KindRelation,
	"提言": deck.KindRelation, "予測": deck.KindRelation, "支持": deck.KindRelation,
	"反対": deck.KindRelation, "重視": deck.KindRelation, "断言": deck.KindRelation,
	"宣言": deck.KindRelation, "掲げる": deck.KindRelation, "示す": deck.KindRelation,
	"望む": deck.KindRelation, "促す": deck.KindRelation, "訴える": deck.KindRelation,
	"発表": deck.KindEvent, "導入": deck.KindEvent, "発令": deck.KindEvent,
	"主催": deck.KindEvent, "決定": deck.KindEvent, "締結": deck.KindEvent,
	"改定": deck.KindEvent, "就任": deck.KindEvent, "発足": deck.KindEvent,
	"訪問": deck.KindEvent, "開催": deck.KindEvent, "実施": deck.KindEvent,
	"延期": deck.KindEvent, "承諾": deck.KindEvent, "統合": deck.KindEvent,
	"提起": deck.KindEvent, "保有": deck.KindEvent, "行う": deck.KindEvent,
	"訪れる": deck.KindEvent, "臨む": deck.KindEvent, "下す": deck.KindEvent,
	"課す": deck.KindEvent, "見せる": deck.KindRelation, "伝える": deck.KindRelation,
	"優先": deck.KindRelation,
	// What was founded, built, found, won or listed: any institution's
	// or project's milestones, not only a government's.
	"設立": deck.KindEvent, "開校": deck.KindEvent, "開業": deck.KindEvent, "開設": deck.KindEvent,
	"建設": deck.KindEvent, "完成": deck.KindEvent, "開発": deck.KindEvent, "発見": deck.KindEvent,
	"発売": deck.KindEvent, "受賞": deck.KindEvent, "獲得": deck.KindEvent, "受ける": deck.KindEvent,
	"登録": deck.KindEvent, "指定": deck.KindEvent, "認定": deck.KindEvent, "選定": deck.KindEvent,
}

// targeted are the predicates whose answer is marked with に when they
// have no object: 記述に反発した, 首脳会談に臨んだ, 大統領に就任した.
var targeted = map[string]bool{
	"反発": true, "言及": true, "同意": true, "臨む": true, "就任": true, "期待": true,
	"登録": true, "指定": true, "認定": true, "選定": true,
}

// designations are the targeted predicates that give something a
// status: registered as, designated as, certified as.
var designations = map[string]bool{"登録": true, "指定": true, "認定": true, "選定": true}

// lightHeads are nouns that say little on their own: the answer of
// "対米投資を拡大する意向を表明した" is 対米投資, not 意向.
var lightHeads = map[string]bool{
	"意向": true, "方針": true, "姿勢": true, "考え": true, "立場": true, "必要": true,
	"必要性": true, "判決": true, "大統領令": true, "構え": true, "見方": true, "目標": true,
	"見解": true, "用意": true, "決意": true, "意思": true, "計画": true, "動き": true,
	"旨": true, "こと": true, "方向性": true, "可能性": true, "意図": true,
}

// conditionTails follow a predicate that states no fact: a condition, a
// question, a when-clause (求めれば, 求める場合, 求めるのか, 発表されると、).
var conditionTails = []string{"ば", "なら", "場合", "か", "と、", "ことは", "ことに", "よう", "ように"}

// modalTails follow a predicate that states a possibility or a guess; the
// fact keeps them in its predicate, so it says no more than the text
// (大きな打撃を受ける可能性がある).
var modalTails = []string{"可能性", "かもしれ", "おそれ", "恐れ", "べき", "だろう", "でしょう", "見込み", "と予想", "と見られ", "必要"}

// reportingVerbs report what someone said: a predicate quoted before one
// of them ("課すと発表し") keeps it, so the fact says it was announced.
var reportingVerbs = map[string]bool{
	"発表": true, "表明": true, "警告": true, "主張": true, "発言": true, "述べる": true,
	"明言": true, "言及": true, "示唆": true, "強調": true, "指摘": true, "宣言": true,
}

// arg is a phrase marked by a case particle before a predicate.
type arg struct {
	particle string
	a, b     int // the phrase, tokens [a, b)
	p        int // the particle's token
}

// predicate is a predicate word found in the sentence: tokens [s, e).
type predicate struct {
	s, e    int
	kind    string
	word    string
	passive bool
}

// relationFacts records the answer phrase of each predicate that states a
// fact, then the reasons the sentence gives.
func (r *reading) relationFacts() {
	for _, p := range r.predicates() {
		r.relation(p)
	}
	r.reasonFacts()
	r.quotedClaims()
	r.priorityFacts()
}

// predicates finds the predicate words of the sentence that state a fact:
// not negated, not a condition or a question, not inside a quotation. A
// possibility or guess after the verb is taken into the predicate.
func (r *reading) predicates() []predicate {
	t := r.toks
	var out []predicate
	for k := range t {
		var p predicate
		switch {
		case t[k].verb() && t[k].POS[1] == "自立" && predicates[t[k].Base] != "":
			p = predicate{s: k, e: verbEnd(t, k), kind: predicates[t[k].Base], word: t[k].Base}
		case t[k].sahen() && predicates[t[k].Surface] != "" && k+1 < len(t) && t[k+1].verb() && t[k+1].Base == "する":
			p = predicate{s: k, e: verbEnd(t, k+1), kind: predicates[t[k].Surface], word: t[k].Surface}
		case t[k].sahen() && predicates[t[k].Surface] != "" && k+2 < len(t) && t[k+1].is("に") && t[k+2].Base == "至る":
			p = predicate{s: k, e: verbEnd(t, k+2), kind: predicates[t[k].Surface], word: t[k].Surface}
		default:
			continue
		}
		if k > 0 && t[k-1].prefix() && t[k-1].Surface == "再" {
			p.s--
		}
		if inQuote(t, k) || r.negated(p) {
			continue
		}
		e, ok := r.hedgeEnd(p.e)
		if !ok {
			continue
		}
		p.e = e
		for i := p.s; i < p.e; i++ {
			if t[i].verb() && t[i].POS[1] == "接尾" && (t[i].Base == "れる" || t[i].Base == "られる") {
				p.passive = true
			}
		}
		out = append(out, p)
	}
	return out
}

// negated reports a predicate whose own auxiliaries negate it.
func (r *reading) negated(p predicate) bool {
	for i := p.s; i < p.e; i++ {
		t := r.toks[i]
		if t.aux() && (t.Base == "ない" || t.Base == "ぬ" || t.Base == "ん" || t.Surface == "ず") {
			return true
		}
	}
	return false
}

// hedgeEnd looks at what follows a predicate ending at token e: false for
// a condition or question, else the end of the predicate with any modal
// that hedges it (可能性がある).
func (r *reading) hedgeEnd(e int) (int, bool) {
	t := r.toks
	tail := ""
	for i := e; i < len(t) && i < e+4 && !t[i].period(); i++ {
		tail += t[i].Surface
	}
	for _, c := range conditionTails {
		if strings.HasPrefix(tail, c) {
			return e, false
		}
	}
	if e+1 < len(t) && t[e].is("と") {
		if w := verbWord(t, e+1); reportingVerbs[w] && (t[e+1].verb() || t[e+1].sahen()) {
			return verbEnd(t, e+1), true // 25%の関税を課すと発表し
		}
	}
	for _, m := range modalTails {
		if strings.HasPrefix(tail, m) {
			k := e
			for k < len(t) && k < e+6 && !t[k].comma() && !t[k].period() {
				k++
			}
			return k, true
		}
	}
	return e, true
}

// relation records the answer of one predicate.
func (r *reading) relation(p predicate) {
	t := r.toks
	args := r.arguments(p.s)
	key, ok := r.answer(p, args)
	subject := ""
	if !ok {
		key, subject, ok = r.indirectAnswer(p)
	}
	if !ok {
		key, subject, ok = r.gappedObject(p, args)
	}
	if !ok {
		return
	}
	key = r.unquote(key)
	outer := key.a
	key, ok = r.throughLightHead(key)
	if !ok || !r.answerable(key.a, key.b) {
		return
	}
	if (p.word == "訪問" || p.word == "訪れる") && r.isPlace(key.a, key.b) {
		return // a place fact asks where
	}
	f := Fact{Predicate: strings.TrimSpace(r.text[t[key.p].End:t[p.e-1].End]), Subject: subject}
	if key.a >= p.e {
		f.Predicate = r.spanText(p.s, p.e) // the answer follows the verb that modifies it
	}
	if f.Subject == "" {
		f.Subject = r.doer(p, args, outer)
	}
	r.addTokens(p.kind, key.a, key.b, f)
}

// doer returns who does what predicate p says. A predicate that modifies a
// noun (the 求める of "負担を求める声") has that noun as its doer when it
// names someone ("…を掲げるトランプ氏"), else only a が phrase of its own
// clause; the topic of the sentence is not its doer. A passive predicate
// has where it happened (首脳会談では…が確認された).
func (r *reading) doer(p predicate, args []arg, key int) string {
	t := r.toks
	if p.e < len(t) && (startsPhrase(t[p.e]) || t[p.e].dependent()) && !stances[t[p.e].Surface] {
		if e := phraseForward(t, p.e); e > p.e && r.namesSomeone(p.e, e) {
			return r.spanText(p.e, e)
		}
		for _, a := range args {
			if a.particle == "が" && a.a < key && !pointsElsewhere(t, a.a, a.b) {
				return r.spanText(a.a, a.b)
			}
		}
		return ""
	}
	if p.passive {
		return r.occasion(key)
	}
	return r.agent(args, key)
}

// stances are nouns a predicate modifies to say where its doer stands
// (求める傾向がある, 評価する姿勢を示した): the doer is the sentence's.
var stances = map[string]bool{"傾向": true, "姿勢": true, "方針": true, "意向": true, "考え": true, "構え": true, "立場": true}

// namesSomeone reports a phrase whose head names a person, organization or
// country: トランプ氏, 民主党, 日本政府 (not 大統領令).
func (r *reading) namesSomeone(a, b int) bool {
	t := r.toks
	h := t[b-1]
	if (h.Surface == "氏" || h.Surface == "ら") && b-1 > a {
		h = t[b-2]
	}
	return h.proper() || orgHead(h.Surface) || isRoleHead(h.Surface) || h.person()
}

// isPlace reports tokens [a, b) that are a place and nothing else.
func (r *reading) isPlace(a, b int) bool {
	for k := a; k < b; k++ {
		if !r.toks[k].place() && !r.toks[k].middleDot() {
			return false
		}
	}
	return true
}

// unquote takes the brackets off an answer that is one quotation:
// 「全幅の信頼」 → 全幅の信頼.
func (r *reading) unquote(k arg) arg {
	t := r.toks
	if k.b-k.a > 2 && t[k.a].Surface == "「" && matchClose(t, k.a) == k.b-1 {
		k.a, k.b = k.a+1, k.b-1
	}
	return k
}

// answer picks the argument that answers "what": the object (を), else the
// subject of a passive (協力強化が確認された), else, for predicates that take
// one, the target (に) when it is not a date (2月に就任).
func (r *reading) answer(p predicate, args []arg) (arg, bool) {
	if p.passive && designations[p.word] {
		// 繰糸所が国宝に指定された: what it was made is the news, the
		// subject is what the sentence is about.
		for _, a := range args {
			if a.particle == "に" && !r.numeric(a.a, a.b) {
				// UNESCO's own name and a rank are facts of their own:
				// of 国連教育科学文化機関(UNESCO)の世界文化遺産 and 日本で
				// 3番目の「星空保護区」 the status is what follows の.
				for k := a.b - 2; k > a.a; k-- {
					if r.toks[k].is("の") && (r.toks[k-1].Surface == ")" || strings.HasSuffix(r.toks[k-1].Surface, "番目")) {
						a.a = k + 1
						break
					}
				}
				return a, true
			}
		}
	}
	want := []string{"を"}
	if p.passive {
		want = []string{"が", "を"}
	}
	for _, w := range want {
		for _, a := range args {
			if a.particle == w {
				return a, true
			}
		}
	}
	if targeted[p.word] && len(args) > 0 && args[0].particle == "に" && !r.numeric(args[0].a, args[0].b) {
		return args[0], true
	}
	return arg{}, false
}

// numeric reports tokens [a, b) that end in a number or a date.
func (r *reading) numeric(a, b int) bool {
	for _, n := range r.nums {
		if n.end == r.toks[b-1].End {
			return true
		}
	}
	return false
}

// indirectAnswer finds the answer of a predicate whose object is a clause:
// what was agreed ("…を進めることで合意した"), what was asked for ("…を大幅に
// 引き上げるよう求めた"), or what a stated identity names ("日米同盟が…礎で
// あることを確認し", "…基軸であると強調した"), with the subject of that
// identity.
func (r *reading) indirectAnswer(p predicate) (arg, string, bool) {
	t := r.toks
	s := p.s
	switch {
	case p.word == "合意" || p.word == "一致":
		a, ok := r.agreedOn(s)
		return a, "", ok
	case s >= 2 && t[s-1].Surface == "よう" && (t[s-2].verb() || t[s-2].aux()):
		if v := clauseHead(t, s-1); v >= 0 {
			for _, a := range r.arguments(v) {
				if a.particle == "を" {
					return a, "", true
				}
			}
		}
	case s >= 2 && t[s-1].is("を") && t[s-2].Surface == "こと":
		return r.identity(s - 2)
	case s >= 1 && t[s-1].is("と") && t[s-1].POS[2] == "引用":
		return r.identity(s - 1)
	}
	return arg{}, "", false
}

// gappedObject finds the answer of an event verb that modifies the noun it
// is about: "米キニピアック大学が…発表した全国世論調査" answers what the
// university published, 全国世論調査, with the university as its subject.
func (r *reading) gappedObject(p predicate, args []arg) (arg, string, bool) {
	t := r.toks
	if p.kind != deck.KindEvent || p.e >= len(t) || !contentNoun(t[p.e]) || p.passive {
		return arg{}, "", false
	}
	for _, a := range args {
		if a.particle == "を" {
			return arg{}, "", false
		}
	}
	for _, a := range args {
		if a.particle == "が" && !pointsElsewhere(t, a.a, a.b) {
			e := nounPhraseForward(t, p.e, false)
			return arg{a: p.e, b: e, p: p.e - 1}, r.spanText(a.a, a.b), e > p.e
		}
	}
	return arg{}, "", false
}

// identity reads "XがYである" ending just before token e: Y is the answer,
// X its subject.
func (r *reading) identity(e int) (arg, string, bool) {
	t := r.toks
	c := e
	switch {
	case c >= 2 && t[c-1].Base == "ある" && t[c-2].Surface == "で":
		c -= 2
	case c >= 1 && t[c-1].aux() && t[c-1].Surface == "だ":
		c--
	default:
		return arg{}, "", false
	}
	y := phraseBefore(t, c, phraseOpts{})
	if y < 2 || !(t[y-1].is("が") || t[y-1].is("は")) {
		return arg{}, "", false
	}
	x := phraseBefore(t, y-1, phraseOpts{})
	if x < 0 || pointsElsewhere(t, x, y-1) {
		return arg{}, "", false
	}
	return arg{particle: "", a: y, b: c, p: c - 1}, r.spanText(x, y-1), true
}

// arguments collects the case-marked phrases of the clause that ends at the
// predicate starting at token s, nearest first. Adverbs between them are
// passed over; a comma, another verb or a topic ends the clause.
func (r *reading) arguments(s int) []arg {
	t := r.toks
	var out []arg
	k := s - 1
	for k > 0 {
		switch {
		case t[k].adverb() || t[k].adj() && strings.HasSuffix(t[k].Surface, "く") || t[k].noun() && t[k].POS[1] == "副詞可能" && !t[k].dependent():
			k--
			continue
		case t[k].is("に") && t[k].POS[1] == "副詞化":
			k -= 2 // 大幅に
			continue
		case t[k].is("も") && k > 1 && t[k-1].particle():
			k-- // にも, をも
		}
		if k > 0 && adverbialParticles[t[k].Surface] {
			if a := phraseBefore(t, k, phraseOpts{}); a > 0 {
				k = a - 1 // 日本に対して: passed over, it answers nothing here
				continue
			}
		}
		if k <= 0 || !caseParticle(t[k]) {
			break
		}
		b := k
		if t[b-1].space() {
			b--
		}
		opts := phraseOpts{}
		if t[b-1].Surface == "など" || t[b-1].Surface == "等" {
			b--
			opts.list = true
		}
		a := phraseBefore(t, b, opts)
		if a < 0 {
			break
		}
		out = append(out, arg{particle: t[k].Surface, a: a, b: b, p: k})
		k = a - 1
	}
	return out
}

// adverbialParticles mark a phrase that says to whom, about what or by
// what means; it stands between the answer and its predicate.
var adverbialParticles = map[string]bool{
	"に対して": true, "に対し": true, "について": true, "を通じて": true, "を通じ": true,
	"によって": true, "において": true, "とともに": true, "に向けて": true, "に関して": true,
}

func caseParticle(t token) bool {
	if !t.particle() || t.POS[1] != "格助詞" && t.POS[1] != "係助詞" {
		return false
	}
	switch t.Surface {
	case "を", "が", "に", "で", "として", "へ":
		return true
	}
	return false
}

// agreedOn finds what a 合意 or 一致 at token s agreed on: the object of
// "…を進めることで合意した", "…を深めることで一致した".
func (r *reading) agreedOn(s int) (arg, bool) {
	t := r.toks
	if s < 3 || !t[s-1].is("で") || t[s-2].Surface != "こと" {
		return arg{}, false
	}
	v := clauseHead(t, s-2)
	if v < 0 {
		return arg{}, false
	}
	for _, a := range r.arguments(v) {
		if a.particle == "を" || a.particle == "で" || a.particle == "に" {
			return a, true
		}
	}
	return arg{}, false
}

// clauseHead returns the start of the verb phrase that ends just before
// token e (the verb, or the verbal noun of a する verb), or -1.
func clauseHead(t []token, e int) int {
	k := e - 1
	for k >= 0 && (t[k].aux() || t[k].verb() && t[k].POS[1] != "自立" || t[k].is("て")) {
		k--
	}
	if k < 0 {
		return -1
	}
	switch {
	case t[k].verb() && t[k].Base == "する" && k > 0 && t[k-1].sahen():
		return k - 1
	case t[k].verb() && t[k].POS[1] == "自立":
		return k
	}
	return -1
}

// throughLightHead replaces an answer whose head says little (意向, 方針,
// 判決) by what the clause modifying it is about: "対米投資をいっそう拡大する
// 意向を表明した" answers 対米投資.
func (r *reading) throughLightHead(key arg) (arg, bool) {
	t := r.toks
	if !lightHeads[r.spanText(key.a, key.b)] && !lightHeads[t[key.b-1].Surface] {
		return key, true
	}
	if key.b-key.a > 1 && !lightHeads[r.spanText(key.a, key.b)] && !(key.a > 0 && (t[key.a-1].verb() || t[key.a-1].aux())) {
		return key, true // 防衛費増額方針: its own words say what it is
	}
	if key.a == 0 || !(t[key.a-1].verb() || t[key.a-1].aux()) {
		return arg{}, false
	}
	v := clauseHead(t, key.a)
	if v < 0 {
		return arg{}, false
	}
	args := r.arguments(v)
	for _, want := range []string{"を", "に", "で"} {
		for _, a := range args {
			if a.particle == want && !r.numeric(a.a, a.b) {
				return a, true
			}
		}
	}
	return arg{}, false
}

// answerable reports whether tokens [a, b) can stand as an answer: a
// complete noun phrase that does not point elsewhere, and not a single
// vague noun that only a relative clause before it gives meaning.
func (r *reading) answerable(a, b int) bool {
	t := r.toks
	if a < 0 || b <= a || pointsElsewhere(t, a, b) && !r.reflexiveHere(a) || !endsPhrase(t, b-1) {
		return false
	}
	if b-a == 1 && (lightHeads[t[a].Surface] || a > 0 && (t[a-1].verb() || t[a-1].aux())) {
		return false
	}
	if b-a == 1 && genericNouns[t[a].Surface] || genericNouns[r.spanText(a, b)] || lightHeads[r.spanText(a, b)] {
		return false
	}
	if b-a == 1 && a >= 2 && t[a-1].Surface == "の" && t[a-2].dependent() {
		return false // …するための連携
	}
	if vague[t[a].Surface] && b-a <= 3 {
		return false // 様々な見解
	}
	return !r.numeric(a, b) || b-a > 2
}

// reflexiveHere reports a reflexive at token a (自身, 自国) whose
// antecedent is the topic of the same sentence, before it ("トランプ氏は、
// 自身の法的問題への対応を…"): a card that quotes the sentence keeps it.
func (r *reading) reflexiveHere(a int) bool {
	s := r.toks[a].Surface
	return (s == "自身" || s == "自国") && r.nearestTopic(a) != ""
}

// vague modifiers make a short phrase say nothing in particular.
var vague = map[string]bool{"様々": true, "さまざま": true, "多く": true, "いくつ": true, "多様": true, "一部": true}

// genericNouns say too little to be an answer on their own.
var genericNouns = map[string]bool{
	"協力": true, "対応": true, "関係": true, "問題": true, "課題": true, "影響": true,
	"重要": true, "重要性": true, "方向": true, "必要": true, "状況": true, "内容": true,
	"取り組み": true, "動向": true, "展開": true, "努力": true, "対話": true, "役割": true,
	"連携": true, "不満": true, "懸念": true, "共感": true, "姿勢": true, "考え": true,
	"声明": true, "事実": true, "事例": true,
}

// agent returns who does what the predicate says: a が phrase of the same
// clause, else the topic of the sentence before the answer; never one that
// points elsewhere.
func (r *reading) agent(args []arg, key int) string {
	for _, a := range args {
		if a.particle == "が" && a.a < key && !pointsElsewhere(r.toks, a.a, a.b) {
			return r.spanText(a.a, a.b)
		}
	}
	return r.nearestTopic(key)
}

// occasion returns where a passive predicate happened: the phrase before
// では or において nearest before the answer ("首脳会談では…が再確認され",
// "首脳会談において…が確認された"), else the topic. A marker inside the
// relative clause of the answer belongs to that clause (共同声明では、…東シナ海
// において…を非難する立場が明記された: 共同声明).
func (r *reading) occasion(key int) string {
	t := r.toks
	limit := key
	if key > 0 && (t[key-1].verb() || t[key-1].aux()) {
		for limit > 0 && !t[limit-1].comma() {
			limit--
		}
	}
	for k := limit - 1; k > 0; k-- {
		end := -1
		switch {
		case t[k].is("は") && t[k-1].is("で"):
			end = k - 1
		case t[k].Surface == "において":
			end = k
		}
		if end <= 0 {
			continue
		}
		if p := phraseBefore(t, end, phraseOpts{}); p >= 0 && !pointsElsewhere(t, p, end) {
			return r.spanText(p, end)
		}
	}
	return r.nearestTopic(key)
}
