package generate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lead is the context a question gives besides its subject or sentence,
// sorted by what extract's Context turns out to be.
type lead struct {
	source  string // where a value was stated: "米キニピアック大学の全国世論調査"
	year    string // the year of a month and day: "2025年"
	asOf    string // the date a 現在 claim holds at
	passage string // the earlier sentence a demonstrative points back to
}

// Bounds on a context that names a source: shorter says nothing ("調査"),
// longer is a passage.
const (
	minSource = 6
	maxSource = 40
)

// leadMemo is a fact's lead as worked out from its sentence, context and
// date: valid while they stay as they were.
type leadMemo struct {
	sentence, context, asOf string
	lead                    lead
}

// leadOf sorts the fact's context into a source, a year or a passage.
func leadOf(f *fact) lead {
	if m := f.memo; m != nil && m.sentence == f.sentence && m.context == f.context && m.asOf == f.asOf {
		return m.lead
	}
	l := workOutLead(f)
	f.memo = &leadMemo{sentence: f.sentence, context: f.context, asOf: f.asOf, lead: l}
	return l
}

func workOutLead(f *fact) lead {
	l := lead{asOf: f.asOf}
	c := strings.TrimSpace(f.context)
	n := utf8.RuneCountInString(c)
	switch {
	case c == "":
	case isDateText(c):
		l.year = c
	case strings.ContainsAny(c, "。!?") || n > maxSource:
		l.passage = dropConnective(c)
	case n >= minSource:
		l.source = c
	}
	if l.passage == "" && needsPassage(f) {
		l.passage = passageFor(f)
	}
	return l
}

// direct is the lead of a question that does not quote the sentence: it
// names the source even when only the sentence itself gives it.
func (l lead) direct(f *fact) lead {
	if l.source == "" && l.passage == "" {
		l.source = sourceIn(f)
	}
	return l
}

// beside is the lead of a question that quotes the sentence: whatever the
// sentence already says is left out.
func (l lead) beside(f *fact) lead {
	for _, p := range []*string{&l.source, &l.year, &l.asOf} {
		if *p != "" && strings.Contains(comparable(f.sentence), comparable(*p)) {
			*p = ""
		}
	}
	if yearMention.MatchString(f.sentence) {
		// A sentence that dates itself needs no year beside it; one
		// read off its 前年 would sit beside its own 2025年 as another.
		l.year = ""
	}
	return l
}

// sourceMarkers end the phrase of a sentence that names where its figures
// come from: "…全国世論調査によれば、".
var sourceMarkers = []string{"によれば、", "によると、", "調査では、"}

// sourceIn finds, in the fact's sentence before its key, the phrase that
// names the source of its figures, so that a direct question can keep it.
func sourceIn(f *fact) string {
	if !keyStands(f) {
		return ""
	}
	before := f.sentence[:f.start]
	for _, m := range sourceMarkers {
		i := strings.Index(before, m)
		if i < 0 {
			continue
		}
		src := before[:i]
		if m == "調査では、" {
			src += "調査"
		}
		if j := strings.LastIndex(src, "、"); j >= 0 {
			src = src[j+len("、"):]
		}
		if n := utf8.RuneCountInString(src); n >= minSource && n <= maxSource {
			return src
		}
	}
	return ""
}

func isDateText(s string) bool {
	_, ok := parseDate(s)
	return ok
}

// measures end the subjects a value can be asked of directly, by the kind
// of value: a rate or share, a sum, a count.
var measures = map[ask][]string{
	askPercent: {"率", "割合", "比", "比目標", "シェア", "関税"},
	askHowMuch: {"額", "費", "予算", "収入", "支出", "投資", "経費", "黒字", "赤字", "価格"},
	askHowMany: {"数", "人数", "件数"},
}

// minSubjectRunes is the shortest subject a direct question may rest on:
// "支持率" alone does not say whose, or when.
const minSubjectRunes = 6

// subjectFits reports whether a value's subject can carry a direct
// question: it stands word for word in the sentence (so it is not garbled),
// names a measure, and is long enough to say whose.
func subjectFits(f *fact, q question) bool {
	s := f.subject
	return utf8.RuneCountInString(s) >= minSubjectRunes &&
		strings.Contains(f.sentence, s) && !reveals(s, f.key) && hasAnySuffix(s, measures[q.ask]) &&
		!strings.ContainsAny(s, "「」") && !topicBefore(f, s)
}

// topicBefore reports a topic the sentence names before the subject of
// its value (佐々木選手は…サーブレシーブの成功率が72%, 最も近い種とは遺伝
// 情報の一致率が約91%): the value is that topic's, and a question on the
// subject alone would not say whose. A scene (首脳会談では、調査では、)
// is no owner, nor is これは, which only ties the claim to the one before.
func topicBefore(f *fact, subject string) bool {
	before := f.sentence[:strings.Index(f.sentence, subject)]
	for _, p := range []string{"これは、", "これは", "それは、", "それは"} {
		before = strings.TrimPrefix(before, p)
	}
	return ownerTopic.MatchString(before)
}

// ownerTopic finds a topic marked with は, not a scene's では or には.
var ownerTopic = regexp.MustCompile(`[^でに]は`)

// intransitive are verbal nouns that take no object: 政権が発足した.
var intransitive = []string{"発足", "成立", "就任", "誕生", "再就任", "開始", "発効", "開幕", "終了"}

// maxMiddle bounds what an event clause keeps between its subject and
// predicate; more is a sentence, not an event.
const maxMiddle = 30

// eventClause is what a dated sentence says happened, as a clause:
// "日米安保条約が締結された" from "日米安保条約は1951年に締結され…",
// "岸田元首相が「FOIP2.0」を発表した" from "岸田元首相は2023年に「FOIP2.0」を
// 発表し…". It takes the fact's subject (the agent, followed by は or が in
// the sentence), the words up to the predicate, and the predicate in the
// plain past. ok is false when the sentence is not that plain: a question
// built from it would risk saying what the document does not.
func eventClause(f *fact) (string, bool) {
	s, p := f.subject, strings.TrimSpace(f.predicate)
	if utf8.RuneCountInString(s) < 2 || p == "" || !keyStands(f) {
		return "", false
	}
	i := strings.Index(f.sentence, s)
	if i < 0 || cutName(f.sentence[:i]) {
		return "", false
	}
	afterSubject := i + len(s)
	if !strings.HasPrefix(f.sentence[afterSubject:], "は") && !strings.HasPrefix(f.sentence[afterSubject:], "が") {
		return "", false
	}
	from := max(afterSubject+len("は"), f.end)
	j := strings.Index(f.sentence[from:], p)
	if j < 0 || i >= f.start && i < f.end {
		return "", false
	}
	middle := f.sentence[from : from+j]
	for _, lead := range []string{"には、", "には", "に、", "に", "、"} {
		if strings.HasPrefix(middle, lead) {
			middle = middle[len(lead):]
			break
		}
	}
	if strings.Contains(middle, "、") || utf8.RuneCountInString(middle) > maxMiddle || anyDate.MatchString(middle) {
		return "", false
	}
	if caseFirst.MatchString(middle) {
		// 運休中は…ことから、…2023年度から24%減った: the key heads a
		// phrase of the clause, which would read 運休中がから24%減った.
		return "", false
	}
	past, ok := plainPast(p)
	if !ok {
		return "", false
	}
	return s + "が" + middle + past, true
}

// plainPast turns a predicate as the sentence cuts it (締結され, 発表し,
// 入っ) into the plain past (締結された, 発表した, 入った); ok is false for
// forms it cannot turn safely (polite, progressive, conjectural).
func plainPast(p string) (string, bool) {
	for _, v := range intransitive {
		if p == v {
			return v + "した", true
		}
	}
	switch {
	case strings.HasSuffix(p, "ました"), strings.HasSuffix(p, "ている"), strings.HasSuffix(p, "う"):
		return "", false
	case strings.HasSuffix(p, "た"):
		return p, true
	case strings.HasSuffix(p, "して"):
		return strings.TrimSuffix(p, "て") + "た", true // 再就任して(以来)
	case strings.HasSuffix(p, "し"), strings.HasSuffix(p, "れ"), strings.HasSuffix(p, "っ"), strings.HasSuffix(p, "け"):
		return p + "た", true
	}
	return "", false
}

// boundWords follow a value that the sentence states as a bound or an
// estimate: 10%以下, 50億ドル超, 25%ほど.
var boundWords = []string{"以下", "以上", "未満", "超", "程度", "前後", "ほど", "近く"}

// boundAfter is the bound that follows the key in the sentence, if any.
func boundAfter(f *fact) string {
	if !keyStands(f) {
		return ""
	}
	rest := f.sentence[f.end:]
	for _, b := range boundWords {
		if strings.HasPrefix(rest, b) {
			return b
		}
	}
	return ""
}

// cutName reports a subject that the text before it runs into: 浜鉄道 of
// みなと浜鉄道, where the dictionary split a name that opens in kana. A
// particle (の, は, が…) or a comma before it ends the word before.
func cutName(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.Is(unicode.Hiragana, r) && !strings.ContainsRune("のはがをにでもやへ", r)
}

// caseFirst finds a clause's middle that opens on a case particle: the
// key it followed was its head.
var caseFirst = regexp.MustCompile(`^(?:から|まで|より|を|が|で|と)`)
