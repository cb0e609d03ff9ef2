package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// Predicates that mark a term's definition (Fact.Predicate), so that the
// card asks for the term from its description.
const (
	DefinesTerm = "とは"  // 成層火山とは、…火山をいう。
	NamesTerm   = "と呼ぶ" // …専門家は「お雇い外国人」と呼ばれた。
)

// termIs matches a definition "XとはYのことだ": the term, then what it is.
// The term is a short noun phrase (no comma, no clause), the description
// long enough to say something; a sentence may open with a phrase before
// the term ("一般に、光害とは…").
var termIs = regexp.MustCompile(`^(?:[^、。]{0,12}、)?([^、。「」()]{2,16}?|「[^」]{1,16}」)(?:\([^)]{1,20}\))?とは、?(.{8,80}?)(?:のこと(?:である|だ|です|をいう|をいいます|を指す|を指します|で、[^。]+)?|をいう|をいいます|を指す|を指します|である|です)。$`)

// termCalled matches "Yは「X」と呼ばれる" and "Yを「X」と呼ぶ": a
// description, then the name it is given, quoted or not. "…という" is
// left out: it reports what someone said far more often than it names.
var termCalled = regexp.MustCompile(`^(?:[^、。]{0,12}、)?(.{8,80}?)(?:は、?|を、?)「?([^、。「」]{2,16})」?と(?:呼ばれ(?:る|た|ている|ています|ていた|ます|ました)|呼ぶ|呼んだ|呼んでいる|呼びます)。$`)

// termFacts records the terms a sentence defines, as definition facts
// whose Expansion is the description: a student is asked the term.
func (r *reading) termFacts() {
	text := r.text
	if m := termIs.FindStringSubmatchIndex(text); m != nil {
		r.term(m[2], m[3], text[m[4]:m[5]], DefinesTerm)
		return
	}
	if m := termCalled.FindStringSubmatchIndex(text); m != nil {
		r.term(m[4], m[5], text[m[2]:m[3]], NamesTerm)
		return
	}
	r.nicknames()
}

// nicknames records the common names a sentence gives in brackets after
// what they name: "カリウムを主成分とした肥料(通称:カリ肥料)". The
// description is the phrase before the bracket, back to a comma, a topic
// or the adjective that qualifies it (重要な).
func (r *reading) nicknames() {
	t := r.toks
	for i := 1; i+3 < len(t); i++ {
		if !t[i].open() || t[i+1].Surface != "通称" {
			continue
		}
		a := i + 2
		if t[a].Surface == ":" || t[a].Surface == "は" {
			a++
		}
		b := a
		for b < len(t) && !t[b].close() && b < a+6 {
			b++
		}
		if b >= len(t) || !t[b].close() || b == a {
			continue
		}
		d := i - 1
		for d > 0 && !t[d-1].comma() && !t[d-1].is("は") && !t[d-1].is("が") && !t[d-1].is("も") && !(t[d-1].aux() && t[d-1].Surface == "な") && i-d < 12 {
			d--
		}
		r.term(t[a].Start, t[b-1].End, r.spanText(d, i), NamesTerm)
	}
}

// term records the term at text[start:end] with its description.
func (r *reading) term(start, end int, desc, how string) {
	key := r.text[start:end]
	if strings.HasPrefix(key, "「") && strings.HasSuffix(key, "」") {
		start, end = start+len("「"), end-len("」")
		key = r.text[start:end]
	}
	desc = strings.TrimSpace(desc)
	if !describes(desc, key) {
		return
	}
	r.add(deck.KindDefinition, start, end, Fact{Expansion: desc, Predicate: how})
}

// describes reports a description worth asking the term from: it does not
// lean on an earlier sentence, does not hold the term itself, and says
// more than a word.
func describes(desc, term string) bool {
	if utf8.RuneCountInString(desc) < 8 || strings.Contains(desc, term) {
		return false
	}
	for _, lean := range []string{"これ", "それ", "この", "その", "あの", "同", "当時", "今回", "前者", "後者"} {
		if strings.HasPrefix(desc, lean) {
			return false
		}
	}
	return true
}
