package generate

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// Documents disagree and some are dated. A card on a claim that another
// source contradicts, that an older excerpt makes, that a document
// contradicted on who holds a post makes, or that only forecasts, says so
// where the student sees it: a short label before its prompt (【出典によって
// 異なる】, 【2019年8月26日の記事によると】) and a note with the sources and
// their dates, shown with the answer. Answers that a conflicting source
// states are accepted.

// Caveat kinds, kept as the card's "caveat:…" tag so that a teacher can
// leave such cards out.
const (
	caveatDisputed  = "disputed"  // another source states otherwise
	caveatContested = "contested" // its source is contradicted on who holds a post
	caveatDated     = "dated"     // stated in an excerpt years older than the text around it
	caveatForecast  = "forecast"  // a forecast or a supposition, not a report
)

// caveat is what a card must say about its claim.
type caveat struct {
	kind   string
	label  string   // put before the prompt
	note   string   // shown with the answer
	accept []string // other answers a conflicting source states
}

// staleYears is how many years older than the text around it an excerpt
// must be for its claims to be dated.
const staleYears = 2

// forecastWords mark a sentence that forecasts or supposes rather than
// reports.
var forecastWords = regexp.MustCompile(`次期政権|予定|間もなく|見込まれ|仮定すると|した場合|(?:勝利|再選|就任|当選|なった|なれば)場合|と予測|と予想|予想され|見通しだ|見込み|可能性が(?:ある|あり|高い)|でしょう|かもしれ`)

// yearMention finds the years a text names.
var yearMention = regexp.MustCompile(`(\d{4})年`)

// caveats holds what the build knows about its sources to word caveats.
type caveats struct {
	// contested maps a document to why it is contested: the post it
	// names a holder of that most other documents name otherwise.
	contested map[string]contest
	// latest is the latest year each document names outside its
	// excerpts, or its own date's year.
	latest map[string]int
}

// newCaveats reads the facts for contested documents and the documents'
// latest years.
func newCaveats(facts []*fact, ix *index) *caveats {
	cv := &caveats{contested: map[string]contest{}, latest: map[string]int{}}
	for _, f := range facts {
		if _, ok := cv.latest[f.doc.ID]; ok {
			continue
		}
		y := yearOf(f.doc.Date)
		for _, s := range f.doc.Sentences {
			if s.IsClaim() && s.Date == "" {
				for _, m := range yearMention.FindAllStringSubmatch(s.Text, -1) {
					y = max(y, atoi(m[1]))
				}
			}
		}
		cv.latest[f.doc.ID] = y
	}
	// Holders are compared only with holders of the same role.
	byRole := map[string][]holder{}
	for _, f := range facts {
		if f.kind == deck.KindPerson {
			byRole[f.role] = append(byRole[f.role], holder{f, withoutGloss(f.key)})
		}
	}
	for _, f := range facts {
		if f.kind != deck.KindPerson || f.role == "" {
			continue
		}
		mine := supporters(f, byRole[f.role])
		for _, id := range f.conflicts {
			g, ok := ix.factOf[id]
			if !ok || g.kind != deck.KindPerson {
				continue
			}
			if theirs := supporters(g, byRole[g.role]); len(theirs) > len(mine) && !mine[g.doc.ID] {
				cv.contested[f.doc.ID] = contest{role: f.role, holder: withoutGloss(f.key), others: len(theirs), otherHolder: withoutGloss(g.key)}
			}
		}
	}
	return cv
}

// holder is a person's fact with the name it gives, without its gloss.
type holder struct {
	fact *fact
	name string
}

// contest is what makes a document contested: it names holder in role,
// where others documents name otherHolder.
type contest struct {
	role, holder, otherHolder string
	others                    int
}

// supporters are the documents that name f's person in f's role, among
// holders (facts of that role, with their names without glosses).
func supporters(f *fact, holders []holder) map[string]bool {
	out := map[string]bool{}
	name := withoutGloss(f.key)
	for _, h := range holders {
		if g := h.fact; g.role == f.role && samePerson(h.name, name) {
			out[g.doc.ID] = true
		}
	}
	return out
}

// stated is the date a fact's claim was stated: its excerpt's, else its
// document's.
func stated(f *fact) string {
	if d := f.doc.Sentences[f.sentIndex].Date; d != "" {
		return d
	}
	return f.doc.Date
}

// caveatOf works out the caveat of a fact, the strongest first: a conflict with
// another source, a contested source, a dated excerpt, a forecast.
func (b *builder) caveatOf(f *fact) caveat {
	if c, ok := b.disputed(f); ok {
		return c
	}
	w := b.words
	src := w.source(sourceName(f), stated(f))
	if g := b.supersededBy(f); g != nil {
		newer := w.says(w.source(sourceName(g), stated(g)), withoutGloss(g.key))
		// Dated, the claim is placed by its date; undated, by the later
		// source that names someone else, so that it never reads as
		// today's.
		label := w.earlierLabel(newer)
		if d := stated(f); d != "" {
			label = w.supersededLabel(d)
		}
		return caveat{kind: caveatDated, label: label, note: w.supersededNote(newer)}
	}
	if why, ok := b.cv.contested[f.doc.ID]; ok {
		label := w.according(src)
		if strings.Contains(f.sentence, why.holder) {
			// The sentence shown states the disputed claim itself (岸田
			// where the others say 石破): the student is told at once.
			label = w.disputedLabel(src)
		}
		return caveat{kind: caveatContested, label: label, note: w.contested(why)}
	}
	if d := stated(f); d != "" && f.doc.Sentences[f.sentIndex].Date != "" && yearOf(d)+staleYears <= b.cv.latest[f.doc.ID] {
		return caveat{kind: caveatDated, label: w.datedLabel(d), note: w.datedNote(d, src)}
	}
	if d := stated(f); d != "" && plansLater(f.sentence, d) {
		return caveat{kind: caveatForecast, label: w.planLabel(d), note: w.planNote(d, src)}
	}
	if forecastWords.MatchString(f.sentence) && !statedBeforeForecast(f) {
		return caveat{kind: caveatForecast, label: w.forecastLabel(), note: w.forecastNote(src)}
	}
	return caveat{}
}

// maxNoteSources bounds how many other sources a conflict note names.
const maxNoteSources = 3

// disputed is the caveat of a fact another source contradicts.
func (b *builder) disputed(f *fact) (caveat, bool) {
	var others []*fact
	for _, id := range f.conflicts {
		if g, ok := b.ix.factOf[id]; ok && g.id != f.id {
			others = append(others, g)
		}
	}
	if len(others) == 0 {
		return caveat{}, false
	}
	w := b.words
	// The label names whose account the card asks: the student
	// answers that source's value, and the note gives the others'.
	src := w.source(sourceName(f), stated(f))
	if reveals(src, f.key) {
		src = w.source(sourceName(f), "") // its date would be the answer
	}
	c := caveat{kind: caveatDisputed, label: w.disputedLabel(src)}
	if b.outweighs(f, others) {
		// The other side is a source that most sources contradict (and
		// whose own cards say so): what the others state is taught.
		return caveat{}, false
	}
	parts := []string{w.says(w.source(sourceName(f), stated(f)), withoutGloss(f.key))}
	// One entry a source and value: a document that names two
	// holders of one post is quoted for both.
	seen := map[string]bool{f.doc.ID + "\x00" + comparable(f.key): true}
	for _, g := range others {
		k := g.doc.ID + "\x00" + comparable(g.key)
		if !seen[k] && len(parts) <= maxNoteSources {
			seen[k] = true
			parts = append(parts, w.says(w.source(sourceName(g), stated(g)), withoutGloss(g.key)))
		}
		// Two dates of a summit told with two leaders are two events,
		// not two answers to one question.
		if g.kind == f.kind && f.kind != deck.KindDate && !slices.Contains(c.accept, g.key) && comparable(g.key) != comparable(f.key) {
			c.accept = append(c.accept, g.key)
		}
	}
	c.note = w.disputedNote(parts)
	return c, true
}

// outweighs reports whether every source that contradicts f is itself
// contested by most sources, while f's is not.
func (b *builder) outweighs(f *fact, others []*fact) bool {
	if _, ok := b.cv.contested[f.doc.ID]; ok {
		return false
	}
	for _, g := range others {
		if _, ok := b.cv.contested[g.doc.ID]; !ok {
			return false
		}
	}
	return true
}

// titleLabelRunes bounds a source's title in a label; a title's head
// before a colon names it when it has minHeadRunes.
const (
	titleLabelRunes = 16
	minHeadRunes    = 4
)

// sourceName names a fact's source for a student: its title, cut short.
func sourceName(f *fact) string {
	t := sourceTitle(f.doc)
	if head, _, ok := strings.Cut(t, ":"); ok && utf8.RuneCountInString(head) >= minHeadRunes {
		t = head // 首相訪米:トランプ再政権下の… → 首相訪米
	}
	if utf8.RuneCountInString(t) > titleLabelRunes {
		t = string([]rune(t)[:titleLabelRunes]) + "…"
	}
	return t
}

// japaneseDate writes an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as 2019年8月26日.
func japaneseDate(iso string) string {
	units := []string{"年", "月", "日"}
	var b strings.Builder
	for i, p := range strings.SplitN(iso, "-", 3) {
		b.WriteString(strconv.Itoa(atoi(p)) + units[i])
	}
	return b.String()
}

// yearOf is the year of an ISO date, 0 for none.
func yearOf(iso string) int {
	if len(iso) < 4 {
		return 0
	}
	return atoi(iso[:4])
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// applyCaveat puts a fact's caveat on its card.
func applyCaveat(m *made, c caveat) {
	if c.kind == "" {
		return
	}
	if c.label != "" {
		m.card.Prompt = c.label + m.card.Prompt
		if m.falsePrompt != "" {
			m.falsePrompt = c.label + m.falsePrompt
		}
	}
	m.card.Note = c.note
	if m.card.Type == deck.TypeCloze || m.card.Type == deck.TypeBasic || m.card.Type == deck.TypeMCQ {
		m.card.Accept = c.accept
	}
	m.caveat = c.kind
}

// caveated puts the caveat of its fact on a card made from one fact, and
// reports whether the card may stand with it: a true/false statement of a
// disputed claim or of a forecast, or a typed number that one source
// gives otherwise, asks what no answer settles. A teacher's build may
// leave every caveated card out (Options.SkipCaveated).
func (b *builder) caveated(m *made) bool {
	if m.card.Type == deck.TypeOrder || m.card.Type == deck.TypeMatch {
		return true // made from claims without caveats (see plain)
	}
	c := b.caveatOf(m.fact)
	switch {
	case c.kind == "":
		b.frame(m)
		return true
	case b.opt.SkipCaveated:
		return false
	case m.card.Type == deck.TypeTrueFalse && (c.kind == caveatDisputed && c.label != "" || c.kind == caveatForecast):
		return false
	case m.card.Type == deck.TypeNumeric && c.kind == caveatDisputed:
		return false
	case c.kind == caveatDisputed && m.fact.expansion != "":
		// A name glossed two ways (IPEF as インド太平洋経済枠組み and as
		// 環太平洋経済連携協定): one gloss is garbled, no source says
		// which, and a card would drill one of them.
		return false
	case c.kind == caveatContested && m.card.Type == deck.TypeTrueFalse && c.label == b.words.disputedLabel(b.words.source(sourceName(m.fact), stated(m.fact))):
		// Its sentence states the disputed claim itself: true by one
		// source and false by the others is no statement to judge.
		return false
	case c.kind == caveatContested && claimsFirst.MatchString(m.fact.sentence):
		// A source the others contradict on its event claims that event
		// was the first of its kind ("初めての本格的な日米首脳会談"): the
		// others date an earlier one, and the note does not say so.
		return false
	}
	applyCaveat(m, c)
	return true
}

// plain keeps the facts that need no caveat, for the cards that set
// several facts side by side (ordering), where no label could say which
// of them is in doubt.
func (b *builder) plain(facts []*fact) []*fact {
	var out []*fact
	for _, f := range facts {
		if b.caveatOf(f).kind == "" {
			out = append(out, f)
		}
	}
	return out
}

// frame names the source and its date before a question on a figure, or
// on a claim one contested source states otherwise, that states no year ("共和党支持者の［＿＿＿］が…「楽観的」と回答"),
// so that the student knows when and where it was stated.
func (b *builder) frame(m *made) {
	conflicting := len(m.fact.conflicts) > 0 // what most sources state, against one
	// A day without its year (1月23日) is framed too; a year is the
	// answer. So is any claim of a sentence that dates it by a month
	// alone ("1月に…国務長官が…主催した"): who held a post in which
	// January hangs on the year. And who held a post (［＿＿＿］官房長官
	// は…), what is so "recently" (最近), and what someone said (「日本は
	// 我々を守らない」と不満を示した) hang on when.
	undated := !yearMention.MatchString(m.fact.sentence)
	quote := m.fact.kind == deck.KindRelation && strings.Contains(m.fact.sentence, "「"+m.fact.key+"」")
	relative := relativeTime.MatchString(m.fact.sentence) // 最近 is the writer's day, whatever years it names
	yearless := m.fact.kind == deck.KindDate && !yearMention.MatchString(m.fact.key) || relative ||
		undated && (monthMention.MatchString(m.fact.sentence) || m.fact.kind == deck.KindPerson && m.fact.role != "" || quote)
	if !conflicting && !yearless && (!isValueKind(m.fact.kind) || m.fact.kind == deck.KindDate) || m.card.Type == deck.TypeOrder || m.card.Type == deck.TypeMatch ||
		yearMention.MatchString(m.card.Prompt) && !relative {
		return
	}
	// A typed figure is given away by the figure standing alone, not by
	// its digit inside the source's date (5 in 2025年).
	gives := func(f string) bool {
		wordGiven := m.card.Type != deck.TypeNumeric && (reveals(f, m.card.Answer) || reveals(f, m.fact.key) || firstTold(m.fact, f) || m.fact.kind != deck.KindDate && figureShown(f, m.fact.key))
		return wordGiven || m.card.Type == deck.TypeNumeric && revealsNumber(f, amount{value: atof(m.card.Answer)})
	}
	f := b.words.frame(b.words.source(sourceName(m.fact), stated(m.fact)))
	if gives(f) {
		// A title that tells the answer (「…台風被害から2年ぶ…」 for 2年ぶり)
		// leaves the date alone to say when; a date that tells it
		// leaves nothing.
		if f = b.words.datedLabel(stated(m.fact)); stated(m.fact) == "" || gives(f) {
			return
		}
	}
	m.card.Prompt = f + m.card.Prompt
	if m.falsePrompt != "" {
		m.falsePrompt = f + m.falsePrompt
	}
}

// relativeTime finds a time told from the writer's day: 最近, 今年, 今季.
var relativeTime = regexp.MustCompile(`最近|近年|現在|今年|昨年|先日|先月|今月|先週|今週|来週|昨日|今季|今シーズン|(?:^|[、。])今は`)

// claimsFirst finds a claim to be the first of something.
var claimsFirst = regexp.MustCompile(`初めて|初の|最初の`)

// monthMention finds a month, or a day told without one (鉄道は17日、
// 運転を再開した: the 17th of the month the article is dated): 1月, 12月.
var monthMention = regexp.MustCompile(`\d{1,2}月|(?:^|[^\d月])\d{1,2}日(?:[、にはまからの]|$)`)

func atof(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// supersededBy returns a fact of a later-dated source naming another
// holder of f's post, not linked to f as a conflict (not one occasion told
// two ways): f tells of an earlier holder (菅義偉官房長官 in a page quoting
// 2019, 林官房長官 in 2025), which the card must not teach as today's.
// Only kanji names are compared: a post of one country, whose holders a
// corpus names in kanji, not the presidents of two.
func (b *builder) supersededBy(f *fact) *fact {
	if f.kind != deck.KindPerson || f.role == "" || !kanjiName.MatchString(f.key) || !currentRole(f.role) {
		return nil
	}
	var newest *fact
	for _, g := range b.ix.factOf {
		if !nationalPost(f.role) && (f.subject == "" || g.subject != f.subject) {
			continue // 社長 of 丸山園 and 社長 of みなと浜鉄道 are two posts
		}
		if g.kind != deck.KindPerson || g.role != f.role || !kanjiName.MatchString(g.key) || samePerson(g.key, f.key) ||
			slices.Contains(f.conflicts, g.extractID) || stated(g) <= stated(f) {
			continue
		}
		if newest == nil || stated(g) > stated(newest) || stated(g) == stated(newest) && g.id < newest.id {
			newest = g
		}
	}
	return newest
}

// nationalPost reports a post a country has one of (首相, 官房長官,
// 国防長官, 外務大臣, 防衛相); any other (社長, 館長, 教授) is a post of some
// organization, which the text names beside it or not at all.
func nationalPost(role string) bool {
	return role == "首相" || role == "大統領" || role == "副大統領" || strings.HasSuffix(role, "長官") ||
		strings.HasSuffix(role, "大臣") || strings.HasSuffix(role, "相") && utf8.RuneCountInString(role) <= 4
}

// kanjiName matches a name written in kanji alone.
var kanjiName = regexp.MustCompile(`^\p{Han}+$`)

// currentRole reports a post held now, not a former, future or would-be
// one (元首相, 前大統領, 次期, 候補): many hold those at once.
func currentRole(role string) bool {
	for _, p := range []string{"元", "前", "次期", "新"} {
		if strings.HasPrefix(role, p) {
			return false
		}
	}
	return !strings.Contains(role, "候補")
}

// figureOf finds a key's figure with the first character of its unit:
// 2年 of 2年ぶり, 8,600万 of 約8,600万円.
var figureOf = regexp.MustCompile(`^[^\d]{0,3}(\d[\d,.]*[^\d,.])`)

// figureShown reports a frame that shows the key's figure with its unit,
// whole or cut (a title cut to 「…台風被害から2年ぶ…」 tells 2年ぶり).
func figureShown(frame, key string) bool {
	m := figureOf.FindStringSubmatch(key)
	if m == nil {
		return false
	}
	fig := comparable(m[1])
	for _, n := range unitRun.FindAllStringSubmatch(comparable(frame), -1) {
		if n[1] == fig {
			return true
		}
	}
	return false
}

// unitRun finds a figure standing alone with the character after it.
var unitRun = regexp.MustCompile(`(?:^|[^\d,.])(\d[\d,.]*[^\d,.])`)

// statedBeforeForecast reports a key in a clause that states what is, in
// a sentence that goes on to forecast (米国は日本の輸出額の約2割を占める最大
// の輸出先であり、…関税引き上げを実行すると…打撃を受ける可能性がある): the
// share is a figure of its day, framed by its source like any other, not
// an outlook. The key's clause runs from the comma before it to the comma
// after it, and ends by stating (…であり、): a verb's joining form
// (…を重視し、…を優先する可能性がある) shares the forecast's predicate.
// Neither it nor anything before it forecasts.
func statedBeforeForecast(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	from := strings.LastIndex(f.sentence[:f.start], "、") + 1
	i := strings.Index(f.sentence[f.end:], "、")
	if i < 0 {
		return false // the key's clause ends the sentence: the forecast's own
	}
	to := f.end + i
	return statesEnd.MatchString(f.sentence[from:to]) && !forecastWords.MatchString(f.sentence[:to]) && !conditional.MatchString(f.sentence[from:to])
}

// statesEnd ends a clause that states what is, apart from the one after it.
var statesEnd = regexp.MustCompile(`(?:であり|であって|であるが|だが|ですが)$`)

// conditional finds a clause that supposes: …すると, …上がると, …すれば,
// …した場合.
var conditional = regexp.MustCompile(`(?:[るうくすつぬむぶぐ]と|ば|たら|場合|なら)$|した場合|ならば`)
