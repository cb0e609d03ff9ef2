package quality

import (
	"fmt"
	"regexp"
	"strings"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// checkFact checks that a fact stands in its source document (grounding)
// and that the sentence it cites is a claim said there for the first time
// (no-noise). Every card of the fact shares these violations.
func checkFact(d *deck.Deck, lib library, f deck.Fact) []Violation {
	src, ok := d.Source(f.Source)
	if !ok {
		return []Violation{violation(RuleGrounding, "fact names unknown source %q", f.Source)}
	}
	doc, ok := lib.document(src)
	if !ok {
		return []Violation{violation(RuleGrounding, "source document %s is not among the documents checked against", src.File)}
	}
	found := sentencesHolding(doc, f.Sentence)
	if len(found) == 0 {
		return []Violation{violation(RuleGrounding, "sentence does not stand in %s: %q", doc.File, f.Sentence)}
	}
	var out []Violation
	if f.Key != "" && !containsSpan(canon(f.Sentence), canon(f.Key)) {
		out = append(out, violation(RuleGrounding, "key %q does not stand in the sentence", f.Key))
	}
	if v, bad := noiseOf(doc, found, f.Kind); bad {
		out = append(out, v)
	}
	return out
}

// noiseOf reports a fact whose every occurrence in the document is noise or
// a repeat; one first-time claim among them is enough to cite.
func noiseOf(doc *corpus.Document, found []corpus.Sentence, kind string) (Violation, bool) {
	for _, s := range found {
		if citable(s, kind) {
			return Violation{}, false
		}
	}
	s := found[0]
	if s.Noise != corpus.Claim {
		return violation(RuleNoNoise, "sentence is noise (%s) in %s", s.Noise, doc.File), true
	}
	return violation(RuleNoNoise, "sentence repeats %s, which already gives its facts", s.DupOf), true
}

// checkAnswerGrounding checks that what a card asks for stands in its
// fact's sentence, as each card type states its answer.
func checkAnswerGrounding(c deck.Card, f deck.Fact) []Violation {
	sentence := canon(f.Sentence)
	switch c.Type {
	case deck.TypeCloze, deck.TypeMCQ, deck.TypeBasic:
		var out []Violation
		if !containsSpan(sentence, canon(c.Answer)) {
			out = append(out, violation(RuleGrounding, "answer %q does not stand in the sentence", c.Answer))
		}
		if c.Type == deck.TypeCloze {
			out = append(out, checkClozeIntact(c, f)...)
		}
		return out
	case deck.TypeNumeric:
		if !hasNumber(f.Sentence, c.Answer) {
			return []Violation{violation(RuleGrounding, "number %s does not stand in the sentence", c.Answer)}
		}
	case deck.TypeTrueFalse:
		if f.Key != "" && !containsSpan(sentence, canon(f.Key)) {
			return []Violation{violation(RuleGrounding, "the true statement's key %q does not stand in the sentence", f.Key)}
		}
	}
	return nil
}

// checkClozeIntact checks that a cloze keeps its sentence: filled in with
// its answer, the prompt is the sentence, a clause of it, or the sentence
// with some context put before or after. Anything else is a paraphrase that
// may say something the document does not.
func checkClozeIntact(c deck.Card, f deck.Fact) []Violation {
	filled, ok := fill(c.Prompt, c.Answer)
	if !ok {
		return []Violation{violation(RuleGrounding, "cloze prompt has no blank %s", deck.Blank)}
	}
	p, s := canon(withoutContext(filled)), canon(f.Sentence)
	if containsSpan(p, s) || containsSpan(s, p) || glossBlanked(c, f) || sumElidedFrom(p, c, f) {
		return nil
	}
	return []Violation{violation(RuleGrounding, "cloze prompt, filled in, is not the sentence: %q", filled)}
}

// withoutContext takes off a cloze prompt what it shows before the
// sentence it quotes: a caveat ("【出典によって異なる】") and the earlier
// sentence it gives as context ("（文脈：…）").
func withoutContext(prompt string) string {
	if rest, ok := strings.CutPrefix(prompt, "【"); ok {
		if _, after, ok := strings.Cut(rest, "】"); ok {
			prompt = after
		}
	}
	if rest, ok := strings.CutPrefix(prompt, "（文脈："); ok {
		if _, after, ok := strings.Cut(rest, "）"); ok {
			return after
		}
	}
	return prompt
}

// glossBlanked reports a cloze whose blank also hides the English gloss in
// brackets after its answer ("［＿＿＿］ が…" for "ギャラップ社 (Gallup) が…"),
// which would give the answer away.
func glossBlanked(c deck.Card, f deck.Fact) bool {
	before, after, ok := strings.Cut(withoutContext(c.Prompt), deck.Blank)
	if !ok {
		return false
	}
	i := strings.Index(f.Sentence, c.Answer)
	if i < 0 || !strings.HasSuffix(f.Sentence[:i], before) {
		return false
	}
	rest := strings.TrimLeft(f.Sentence[i+len(c.Answer):], " ")
	gloss, tail, closed := strings.Cut(rest, ")")
	return closed && strings.HasPrefix(gloss, "(") && tail == after
}

// convertedSum is a sum followed by the bracket that converts it into
// the answer ("約50億ドル(日本円で"); its group is the bracket.
var convertedSum = regexp.MustCompile(`約?\d[\d,.]*(?:億|兆|万)?(?:ドル|ユーロ|ポンド|元|ウォン)(\((?:日本円で|円換算で)?約?)$`)

// sumElided is the fact's sentence with its answer in the place of the sum
// it converts, as a cloze on the converted sum shows it ("維持費［＿＿＿］"
// for "維持費約50億ドル(日本円で約7,500億円)"), or "".
func sumElided(c deck.Card, f deck.Fact) string {
	i := strings.Index(f.Sentence, c.Answer)
	if i < 0 || !strings.HasSuffix(c.Answer, "円") {
		return ""
	}
	head := f.Sentence[:i]
	m := convertedSum.FindStringSubmatchIndex(head)
	if m == nil {
		return ""
	}
	// The answer takes the sum's place; what else the bracket said stays
	// in it: 維持費［＿＿＿］(2025年実績) for 維持費約50億ドル(日本円で
	// 約7,500億円、2025年実績).
	after := f.Sentence[i+len(c.Answer):]
	if r, ok := strings.CutPrefix(after, "、"); ok {
		after = "(" + r
	} else {
		after = strings.TrimPrefix(after, ")")
	}
	return head[:m[0]] + c.Answer + after
}

// sumElidedFrom reports a filled prompt p that quotes the sentence
// without the sum its answer converts.
func sumElidedFrom(p string, c deck.Card, f deck.Fact) bool {
	e := sumElided(c, f)
	return e != "" && containsSpan(p, canon(e))
}

// fill puts the answer into a cloze prompt's blanks (a name the sentence
// states twice is blanked twice).
func fill(prompt, answer string) (string, bool) {
	return strings.ReplaceAll(prompt, deck.Blank, answer), strings.Contains(prompt, deck.Blank)
}

// unknownFact is the violation of a card whose fact is not in the deck, so
// nothing it says can be traced to a source.
func unknownFact(c deck.Card) Violation {
	return Violation{Card: c.ID, Fact: c.Fact, Rule: RuleGrounding, Msg: fmt.Sprintf("card names unknown fact %q", c.Fact)}
}
