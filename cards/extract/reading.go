package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/ikawaha/kagome/v2/tokenizer"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// maxKeyRunes bounds an answer: a longer span is a clause, not a phrase a
// student can be asked to recall. A name (an organization's in English,
// a definition) may run longer than a phrase.
const (
	maxKeyRunes  = 40
	maxNameRunes = 60
)

// reading is one claim being read: its tokens, the entities in it and the
// facts found so far.
type reading struct {
	doc    *corpus.Document
	s      corpus.Sentence
	text   string
	toks   []token
	ref    ymd           // when the sentence was written, for dates without a year
	nums   []numericSpan // the dates, numbers, percentages and amounts of the text
	asOf   string
	asOfAt int // byte offset of the date of a 現在 marker, -1 if none
	ents   []Entity
	roles  []mention // the people of the sentence, with their roles
	facts  []Fact

	survey    string // the survey the sentence names, "" if none
	surveyRef bool   // the sentence names a survey by pointing back (同じ調査)
}

// read finds the facts of one claim.
func read(tk *tokenizer.Tokenizer, doc *corpus.Document, s corpus.Sentence) *reading {
	r := &reading{doc: doc, s: s, text: s.Text, toks: tokenize(tk, s.Text), ref: refDate(doc, s.Index), nums: numericSpans(s.Text)}
	r.asOf, r.asOfAt, _ = asOf(r.text, r.ref)
	r.findEntities()
	r.numericFacts()
	r.personFacts()
	r.definitionFacts()
	r.termFacts()
	r.quotedNameFacts()
	r.superlativeFacts()
	r.relationFacts()
	r.placeFacts()
	r.mentionFacts()
	r.findSurvey()
	for i := range r.facts {
		r.facts[i].Entities = r.ents
		r.facts[i].AsOf = r.asOf
	}
	return r
}

// add records a fact of the given kind whose key is text[start:end], unless
// the key is no fit answer: empty, too long, or cut mid-character.
func (r *reading) add(kind string, start, end int, f Fact) *Fact {
	if start < 0 || end > len(r.text) || start >= end || !utf8.ValidString(r.text[start:end]) {
		return nil
	}
	if kind == deck.KindEvent || kind == deck.KindRelation {
		start, end = namedInQuotes(r.text, start, end)
	}
	key := r.text[start:end]
	if kind == deck.KindOrganization && companyPointers[key] {
		return nil // 自社, 同社: which company, the sentence says elsewhere
	}
	limit := maxKeyRunes
	if kind == deck.KindDefinition || kind == deck.KindOrganization {
		limit = maxNameRunes
	}
	if utf8.RuneCountInString(key) > limit || strings.TrimSpace(key) != key || !balanced(key) {
		return nil
	}
	f.Kind, f.Key, f.Start, f.End = kind, key, start, end
	f.Sentence, f.Doc = r.s, r.doc
	r.facts = append(r.facts, f)
	return &r.facts[len(r.facts)-1]
}

// addTokens records a fact whose key is the tokens [a, b).
func (r *reading) addTokens(kind string, a, b int, f Fact) *Fact {
	if a < 0 || b > len(r.toks) || a >= b {
		return nil
	}
	return r.add(kind, r.toks[a].Start, r.toks[b-1].End, f)
}

// spanText is the sentence text of tokens [a, b).
func (r *reading) spanText(a, b int) string {
	if a < 0 || b > len(r.toks) || a >= b {
		return ""
	}
	return r.text[r.toks[a].Start:r.toks[b-1].End]
}

// tokenAt returns the index of the token that starts at byte offset off,
// or -1.
func (r *reading) tokenAt(off int) int {
	// Tokens are in text order: a binary search keeps long sentences linear.
	i := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Start >= off })
	if i < len(r.toks) && r.toks[i].Start == off {
		return i
	}
	return -1
}

// tokenEndingAt returns the index just past the token that ends at byte
// offset off, or -1.
func (r *reading) tokenEndingAt(off int) int {
	i := sort.Search(len(r.toks), func(i int) bool { return r.toks[i].End >= off })
	if i < len(r.toks) && r.toks[i].End == off {
		return i + 1
	}
	return -1
}

// balanced reports a key whose brackets close within it: an answer cut
// across a quotation (取引」を重視するため) is no phrase.
func balanced(s string) bool {
	for _, p := range [][2]string{{"「", "」"}, {"(", ")"}, {"『", "』"}} {
		if strings.Count(s, p[0]) != strings.Count(s, p[1]) {
			return false
		}
	}
	return true
}

// companyPointers are words for a company that point at one named
// elsewhere (its own, the same, each): no organization's name.
var companyPointers = map[string]bool{"自社": true, "同社": true, "当社": true, "弊社": true, "他社": true, "各社": true, "本社": true, "貴社": true, "御社": true}
