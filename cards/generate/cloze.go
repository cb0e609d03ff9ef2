package generate

import (
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// minContext is the fewest runes a cloze prompt keeps beside its blank;
// shorter prompts do not say enough to be answerable.
const minContext = 12

// cloze blanks the fact's key in its sentence and keeps the rest intact. It
// refuses a card whose answer would still show elsewhere in the prompt, or
// whose prompt is too short to say what is asked.
func (b *builder) cloze(f *fact) (made, bool) {
	if !keyStands(f) || f.kind == deck.KindTable || acronymAfterName(f) || listItem(f) || definesTerm(f) {
		// A table row read as a sentence has no words around the
		// blank to say what it asks; match and cell questions do. A
		// term its sentence defines is asked from its description
		// instead (see basic): the same question without the blank.
		return made{}, false
	}
	blank := blanked(f)
	if spelledOut(f) || glossFollows(f) {
		// Its English name or acronym would give it away: the blank
		// takes the gloss too (［＿＿＿］ for "ギャラップ社 (Gallup)",
		// "電気自動車(EV)").
		blank = blankedWithGloss(f)
	}
	if strings.Count(f.sentence, f.key) > 1 && !spelledOut(f) && !glossFollows(f) {
		// A name the sentence states twice is blanked both times
		// ("市民団体が［＿＿＿］に訴訟を提起し、…ワシントンの［＿＿＿］は…").
		blank = dropConnective(strings.ReplaceAll(f.sentence, f.key, deck.Blank))
	}
	prompt := b.words.cloze(lead{passage: leadOf(f).passage}, blank)
	if reveals(prompt, f.key) || !enoughContext(f) {
		return made{}, false
	}
	c := deck.Card{Type: deck.TypeCloze, Prompt: prompt, Answer: f.key}
	return made{card: c, fact: f, quality: b.quality(f, c, false)}, true
}

// enoughContext reports whether the fact's sentence says enough beside its
// key for a question cut from it to be answerable.
func enoughContext(f *fact) bool {
	return utf8.RuneCountInString(f.sentence)-utf8.RuneCountInString(f.key) >= minContext
}

// keyStands reports whether the fact's key stands in its sentence where the
// offsets say, which every card made by cutting the sentence relies on.
func keyStands(f *fact) bool {
	return f.key != "" && f.start >= 0 && f.end <= len(f.sentence) && f.start < f.end && f.sentence[f.start:f.end] == f.key
}
