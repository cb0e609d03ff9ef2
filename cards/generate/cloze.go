package generate

import (
	"strings"
	"unicode"
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
		if inLongerName(f.sentence, f.key) {
			return made{}, false // ［＿＿＿］フェニックス…［＿＿＿］市総合体育館
		}
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

// inLongerName reports a key that the sentence also writes as part of a
// longer name: a team (北陽フェニックス), a town (北陽市) or a title
// (『富岡日記』). Blanked everywhere, it cuts those names apart.
func inLongerName(sentence, key string) bool {
	for off := 0; ; {
		i := strings.Index(sentence[off:], key)
		if i < 0 {
			return false
		}
		at := off + i
		before, after := sentence[:at], sentence[at+len(key):]
		next, _ := utf8.DecodeRuneInString(after)
		if unicode.In(next, unicode.Katakana) || hasAnyPrefix(after, placeHeads) ||
			strings.Count(before, "『") > strings.Count(before, "』") {
			return true
		}
		off = at + len(key)
	}
}

// placeHeads end a place name: a key followed by one names a town.
var placeHeads = []string{"市", "町", "村", "県", "区"}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
