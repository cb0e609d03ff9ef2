package generate

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// basic makes the term ↔ definition cards of a fact: for an acronym, what
// it stands for (one way per acronym); for another
// term with a definition (思いやり予算, 在日米軍駐留経費), what it means.
func (b *builder) basic(f *fact) []made {
	var cards []deck.Card
	switch acr, exp, ok := acronymPair(f); {
	case ok && everyday(acr):
		// "AIは何の略か" asks what every student knows.
	case ok && (f.kind == deck.KindAcronym || f.kind == deck.KindDefinition || f.kind == deck.KindOrganization):
		// One way per acronym: what it stands for, the way a reader
		// meets it.
		cards = []deck.Card{{Type: deck.TypeBasic, Prompt: b.words.stands(acr), Answer: exp}}
	case containerOf(f):
		// "［沖縄県］の尖閣諸島" fits any of its holders as a blank;
		// asked the other way, it has one answer.
		// Not when the place bears its holder's name (汐見漁港 of 汐見町).
		if place, unit := heldPlace(f); place != "" && !sharesStem(place, f.key) {
			cards = []deck.Card{{Type: deck.TypeBasic, Prompt: b.words.whereIn(place, unit), Answer: f.key}}
		}
	case definesTerm(f):
		// A term a sentence defines is asked from its description, one
		// way, as for acronyms: the description is the whole question.
		cards = []deck.Card{{Type: deck.TypeBasic, Prompt: b.words.termFor(f.expansion, f.predicate == extract.NamesTerm), Answer: f.key}}
	case f.kind == deck.KindDefinition && f.expansion != "" && looseName(f):
		// What a popular name refers to, not "what else it is called".
		cards = []deck.Card{{Type: deck.TypeBasic, Prompt: b.words.popularName(termOf(f)), Answer: f.expansion}}
	case f.kind == deck.KindDefinition && f.expansion != "":
		if prompt, ok := b.definitionPrompt(termOf(f), f.expansion); ok {
			cards = []deck.Card{{Type: deck.TypeBasic, Prompt: prompt, Answer: f.expansion}}
		}
	}
	var out []made
	for _, c := range cards {
		if !reveals(c.Prompt, c.Answer) {
			out = append(out, made{card: c, fact: f, quality: b.quality(f, c, true)})
		}
	}
	return out
}

// definesTerm reports a definition fact read from "XとはY" or "Yは…X
// と呼ばれる".
func definesTerm(f *fact) bool {
	return f.kind == deck.KindDefinition && (f.predicate == extract.DefinesTerm || f.predicate == extract.NamesTerm)
}

// looseName reports a term the sentence gives as a popular name
// (在日米軍駐留経費(いわゆる「思いやり予算」)): "so-called" is no
// equivalence, and the documents may use the name for a part of the
// thing (Japan's share of the costs), so the card asks what the name
// refers to, not what else the thing is called.
func looseName(f *fact) bool {
	return strings.Contains(f.sentence, "いわゆる「"+f.key) || strings.Contains(f.sentence, "いわゆる"+f.key)
}

// maxAliasRunes bounds an answer that is another name for a term rather
// than a description of it.
const maxAliasRunes = 8

// definitionPrompt asks for what a term says or is, in the words its answer
// calls for: what an article provides (安全保障条約第5条), what else a
// thing is called (思いやり予算, 敵基地攻撃能力), or what it is. A list of
// members (米・日・豪・印) or a katakana nickname (クアッド) is no answer a
// student could give word for word.
func (b *builder) definitionPrompt(term, answer string) (string, bool) {
	switch {
	case strings.Count(answer, "・") >= 2 || katakanaOnly.MatchString(answer) || figureOnly.MatchString(term) || figureOnly.MatchString(answer):
		return "", false
	case numberedArticle.MatchString(term):
		return b.words.provides(term), true
	case utf8.RuneCountInString(answer) <= maxAliasRunes:
		return b.words.otherName(term), true
	}
	return b.words.meaning(term), true
}

// figureOnly matches a term that is a figure, not a name: the year in
// brackets after a book's title (International Politics(1999)).
var figureOnly = regexp.MustCompile(`^[\d,.]+$`)

// katakanaOnly matches a word in katakana alone.
var katakanaOnly = regexp.MustCompile(`^[\p{Katakana}ー]+$`)

// termOf names a defined term so that it means one thing: an article with
// the treaty it belongs to (安全保障条約第5条, not 第5条 of any treaty).
func termOf(f *fact) string {
	if strings.HasPrefix(f.key, "第") && f.subject != "" && !strings.Contains(f.key, f.subject) {
		return fullerName(f.doc, f.subject) + f.key
	}
	return f.key
}

// fullerName is the fullest form in which the document names something
// it also names in short: 日米安全保障条約 for 安全保障条約, so that a
// term asked alone names its treaty.
func fullerName(doc *corpus.Document, name string) string {
	before := regexp.MustCompile(`(\p{Han}{1,3})` + regexp.QuoteMeta(name))
	count := map[string]int{}
	best := ""
	for _, s := range doc.Sentences {
		for _, m := range before.FindAllStringSubmatch(s.Text, -1) {
			count[m[1]]++
			if best == "" || count[m[1]] > count[best] {
				best = m[1]
			}
		}
	}
	return best + name
}

// heldPlace is the place a container fact's key holds ("尖閣諸島" of
// "沖縄県の尖閣諸島") and the unit its key is one of (県), or "" when the
// key's unit does not tell.
func heldPlace(f *fact) (place, unit string) {
	place = firstWord(strings.TrimPrefix(f.sentence[f.end:], "の"))
	switch {
	case subKind(f.key) == "country":
		unit = "国"
	case hasAnySuffix(f.key, []string{"県", "州", "市", "都", "府", "道", "区", "町", "村"}):
		unit = string([]rune(f.key)[utf8.RuneCountInString(f.key)-1])
	default:
		return "", ""
	}
	return place, unit
}

// sharesStem reports two names that open with the same two characters:
// one gives the other away.
func sharesStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= 2 && len(rb) >= 2 && string(ra[:2]) == string(rb[:2])
}
