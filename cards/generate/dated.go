package generate

import (
	"regexp"
	"strings"
)

// relativeEvent reads a date that sits in a relative clause and labels
// what the clause says happened to the noun it modifies:
// "2025年1月20日に発足した第2期トランプ政権" → 第2期トランプ政権が発足した,
// "2月7日に発表された日米共同声明" → 日米共同声明が発表された,
// "米キニピアック大学が1月29日に発表した全国世論調査" →
// 米キニピアック大学が全国世論調査を発表した. events are the event facts of
// the sentence: the one on the noun names who did what a transitive verb
// says to it.
func relativeEvent(f *fact, events []*fact) (string, bool) {
	p, s := strings.TrimSpace(f.predicate), f.subject
	if p == "" || s == "" || !keyStands(f) || eventNoun(s) {
		return "", false
	}
	rest := strings.TrimPrefix(f.sentence[f.end:], "に")
	rest, ok := strings.CutPrefix(rest, p)
	if !ok {
		return "", false
	}
	rest = strings.TrimPrefix(rest, "の") // 2025年1月発足のトランプ次期政権
	if !strings.HasPrefix(rest, s) {
		return "", false
	}
	past, ok := plainPast(p)
	if !ok {
		return "", false
	}
	if strings.HasSuffix(past, "れた") || intransitiveVerb(p) {
		return s + "が" + past, true
	}
	a := ""
	for _, e := range events {
		if e.key == s {
			a = e.subject
		}
	}
	before, marked := strings.CutSuffix(f.sentence[:f.start], "が")
	if a == "" || !marked || !strings.HasSuffix(strings.TrimSpace(before), a) {
		return "", false
	}
	return withoutGloss(a) + "が" + s + "を" + past, true
}

// intransitiveVerb reports a predicate that takes no object (発足した,
// 就任した), so its noun is its subject.
func intransitiveVerb(p string) bool {
	for _, v := range intransitive {
		if strings.HasPrefix(p, v) {
			return true
		}
	}
	return false
}

// eventNoun reports a noun that names an event rather than what the event
// happened to (石破政権の誕生 成立した): "…の誕生が成立した" says nothing.
func eventNoun(s string) bool {
	for _, v := range append([]string{"誕生"}, intransitive...) {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// englishGloss is a name's English form in brackets, which a label can
// do without: ギャラップ社 (Gallup).
var englishGloss = regexp.MustCompile(`\s*\([A-Za-z][A-Za-z .:&'-]*\)`)

func withoutGloss(s string) string { return englishGloss.ReplaceAllString(s, "") }

// clauseAfterDate reads a date that opens the clause of one of the
// sentence's events: "2025年2月7日、ワシントンの連邦地裁はUSAID職員2200人の
// 有給休暇命令を一時差し止める判決を下した" → ワシントンの連邦地裁がUSAID職員
// 2200人の有給休暇命令を一時差し止める判決を下した. The clause must follow
// the date word for word, so the label says no more than the sentence.
func clauseAfterDate(f *fact, events []*fact) (string, bool) {
	if !keyStands(f) {
		return "", false
	}
	rest := f.sentence[f.end:]
	for _, lead := range []string{"に、", "に", "、"} {
		if r, ok := strings.CutPrefix(rest, lead); ok {
			rest = r
			break
		}
	}
	for _, e := range events {
		p := strings.TrimSpace(e.predicate)
		if e.subject == "" || p == "" || strings.ContainsAny(e.key, "「」") {
			continue
		}
		r, ok := strings.CutPrefix(rest, e.subject)
		if !ok {
			continue
		}
		r, ok = cutAny(r, "は、", "は", "が")
		if !ok || !strings.HasPrefix(r, e.key+"を"+p) {
			continue
		}
		if past, ok := plainPast(p); ok {
			return withoutGloss(e.subject) + "が" + e.key + "を" + past, true
		}
	}
	return "", false
}

// cutAny cuts the first of prefixes that s starts with.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			return r, true
		}
	}
	return s, false
}
