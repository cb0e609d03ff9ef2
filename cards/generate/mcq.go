package generate

import (
	"strings"

	"factdeck/cards/deck"
)

// choiceCount is the number of choices of a multiple-choice card.
const choiceCount = 4

// mcq asks the fact's question with four choices: the key and three
// distractors of its shape that the corpus shows wrong for it.
func (b *builder) mcq(f *fact) (made, bool) {
	sh, ok := shapeOf(f)
	if !ok || spelledOut(f) && f.kind != deck.KindAcronym || glossFollows(f) {
		// A name's own acronym after the blank ("［＿＿＿］(ASEAN)") picks
		// out its expansion among the choices.
		return made{}, false
	}
	q := questionFor(sh)
	q.bound = boundAfter(f)
	prompt, direct, ok := b.ask(f, sh, q)
	if !ok {
		return made{}, false
	}
	wrong := b.ix.distractors(f, sh, rng(b.opt.Seed, f.id, deck.TypeMCQ), choiceCount-1)
	if len(wrong) < choiceCount-1 {
		return made{}, false
	}
	c := deck.Card{Type: deck.TypeMCQ, Prompt: prompt, Answer: f.key}
	return made{card: c, fact: f, quality: b.quality(f, c, direct), distractors: wrong}, true
}

// ask words the question whose answer is the fact's key. A table cell and
// an acronym have questions of their own; a value whose subject says
// enough is asked of directly, an event whose sentence says plainly what
// happened is asked when; anything else is asked as the blank of its
// sentence, which then gives the whole context. direct reports a question
// that does not quote the sentence. ok is false when every wording would
// show the answer.
func (b *builder) ask(f *fact, sh shape, q question) (prompt string, direct, ok bool) {
	l := leadOf(f)
	switch {
	case sh.class == classCell:
		prompt = b.words.cell(tableName(f), rowHead(f), f.row, f.column)
		return prompt, true, !reveals(prompt, f.key)
	case f.kind == deck.KindAcronym:
		acr, exp, ok := acronymPair(f)
		if !ok {
			return "", false, false
		}
		if f.key != exp {
			return "", false, false // one way per acronym: its expansion is asked
		}
		prompt = b.words.pickOrg(acr)
		return prompt, true, !reveals(prompt, f.key)
	}
	{
		switch {
		case sh.class == classAmount && subjectFits(f, q) && !rangeEnd(f) && !pledged(f):
			prompt = b.words.about(l.direct(f), f.subject, q)
		case sh.class == classDate:
			if clause, ok := eventClause(f); ok {
				prompt = b.words.event(l.direct(f), clause, q)
			}
		}
		if prompt != "" && !revealsAnswer(prompt, f, sh, q) && !leans(prompt) && !(sh.class == classAmount && dropsYear(f, prompt)) {
			return prompt, true, true
		}
	}
	if !keyStands(f) || !enoughContext(f) {
		return "", false, false
	}
	l = l.beside(f)
	q.bound = "" // the sentence keeps its 以下 or 超 beside the blank
	prompt = b.words.blank(l, blanked(f), q)
	if revealsAnswer(prompt, f, sh, q) && l != (lead{}) {
		// The context shows the answer: the sentence alone must do.
		prompt = b.words.blank(lead{}, blanked(f), q)
	}
	return prompt, false, !revealsAnswer(prompt, f, sh, q)
}

// revealsAnswer reports whether a prompt gives away the fact's key, or,
// for a card answered with a number, that number.
func revealsAnswer(prompt string, f *fact, sh shape, q question) bool {
	if q.number && sh.class == classAmount {
		return revealsNumber(prompt, sh.amount)
	}
	if q.number && sh.class == classDate {
		return revealsNumber(prompt, amount{value: float64(sh.date.y), unit: "年"})
	}
	return reveals(prompt, f.key)
}

// dropsYear reports a direct question that leaves out a year its sentence
// states ("日米間の年間貿易額は…か" of "…約2,400億ドル(2025年実績)"): the
// figure holds for that year only.
func dropsYear(f *fact, prompt string) bool {
	for _, y := range yearMention.FindAllString(f.sentence, -1) {
		if y != f.key && !strings.Contains(prompt, y) {
			return true
		}
	}
	return false
}
