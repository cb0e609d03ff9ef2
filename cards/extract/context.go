package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// maxContextRunes bounds a sentence given as context: a longer one would
// bury the question it is meant to explain.
const maxContextRunes = 160

// findSurvey notes the survey the sentence names: "米キニピアック大学が…発表
// した全国世論調査" → 米キニピアック大学の全国世論調査. A survey named by a
// pointer (同じ調査, この調査) is one named before: surveyRef.
func (r *reading) findSurvey() {
	t := r.toks
	for k := range t {
		if !strings.HasSuffix(t[k].Surface, "調査") || k+1 < len(t) && contentNoun(t[k+1]) {
			continue
		}
		c := compoundBefore(t, k+1)
		if c < 0 {
			continue
		}
		if p := phraseBefore(t, k+1, phraseOpts{}); p >= 0 && pointsElsewhere(t, p, k+1) {
			r.surveyRef = true
			return
		}
		name := r.spanText(c, k+1)
		if c > 0 && (t[c-1].verb() || t[c-1].aux()) {
			if v := clauseHead(t, c); v >= 0 {
				for _, a := range r.arguments(v) {
					if a.particle == "が" {
						r.survey = dropParenthesis(r.spanText(a.a, a.b)) + "の" + name
						return
					}
				}
			}
		}
		if p := phraseBefore(t, k+1, phraseOpts{}); p >= 0 {
			name = r.spanText(p, k+1)
		}
		r.survey = name
		return
	}
}

var trailingParen = regexp.MustCompile(`\s*\([^()]*\)$`)

// dropParenthesis takes an English name or acronym off the end of a
// name: "ギャラップ社 (Gallup)" → ギャラップ社.
func dropParenthesis(s string) string { return trailingParen.ReplaceAllString(s, "") }

// addContext gives each fact of doc's claims the context its sentence
// lacks: the survey a percentage comes from, named earlier in the
// paragraph or, as a report of results runs on, in the paragraphs before it
// under the same heading; or, for a sentence that opens by pointing back
// (これは, この要求は), the sentence before it in the paragraph.
func addContext(doc *corpus.Document, rs []*reading) {
	survey := ""
	var prev *reading
	for _, r := range rs {
		if prev != nil && headingBetween(doc, prev.s.Index, r.s.Index) {
			survey, prev = "", nil
		}
		if prev != nil && prev.s.Paragraph != r.s.Paragraph {
			// A new paragraph may report another poll ("いくつかの世論
			// 調査データも参照しておきたい"): a survey names only the
			// figures of its own paragraph.
			survey = ""
		}
		needsSurvey := r.survey == "" && hasKind(r.facts, deck.KindPercent)
		if r.survey != "" && !r.surveyRef {
			survey = r.survey
		}
		for i := range r.facts {
			f := &r.facts[i]
			switch {
			case f.Context != "":
			case needsSurvey && survey != "":
				f.Context = survey
			case r.pointsBack() && prev != nil && prev.s.Paragraph == r.s.Paragraph && utf8.RuneCountInString(prev.text) <= maxContextRunes:
				f.Context = prev.text
			}
		}
		prev = r
	}
}

// pointsBack reports a sentence that opens by pointing at an earlier one:
// これは…, この要求は…, 同じ調査では….
func (r *reading) pointsBack() bool {
	return len(r.toks) > 0 && pointers[r.toks[0].Surface] && r.toks[0].Surface != "今回"
}

// headingBetween reports a heading between sentences i and j of doc: a new
// section, where no context carries over.
func headingBetween(doc *corpus.Document, i, j int) bool {
	for k := i + 1; k < j && k < len(doc.Sentences); k++ {
		if n := doc.Sentences[k].Noise; n == corpus.NoiseHeading || n == corpus.NoiseQuestionHeading {
			return true
		}
	}
	return false
}

func hasKind(facts []Fact, kind string) bool {
	for _, f := range facts {
		if f.Kind == kind {
			return true
		}
	}
	return false
}
