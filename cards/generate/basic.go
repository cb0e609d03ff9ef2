package generate

import (
	"strings"

	"factdeck/cards/deck"
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
	case f.kind == deck.KindDefinition && f.expansion != "":
		cards = []deck.Card{{Type: deck.TypeBasic, Prompt: b.words.meaning(termOf(f)), Answer: f.expansion}}
	}
	var out []made
	for _, c := range cards {
		if !reveals(c.Prompt, c.Answer) {
			out = append(out, made{card: c, fact: f, quality: b.quality(f, c, true)})
		}
	}
	return out
}

// termOf names a defined term so that it means one thing: an article with
// the treaty it belongs to (安全保障条約第5条, not 第5条 of any treaty).
func termOf(f *fact) string {
	if strings.HasPrefix(f.key, "第") && f.subject != "" && !strings.Contains(f.key, f.subject) {
		return f.subject + f.key
	}
	return f.key
}
