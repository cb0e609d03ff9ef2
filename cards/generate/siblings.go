package generate

import (
	"slices"
	"sort"

	"factdeck/cards/deck"
)

// A student studies each fact once. Of the cards that ask one fact, one is
// its study card and the others are its quiz-only siblings (as Anki shows
// one card of a note a day); likewise of the study cards that ask the same
// blank of the same sentence through two facts, and of the two directions
// of one acronym. Quizzes may ask any of them.

// studyRank orders card types for the study queue: a question answered
// from memory first, a recognition task last.
var studyRank = []string{deck.TypeBasic, deck.TypeCloze, deck.TypeNumeric, deck.TypeMCQ, deck.TypeTrueFalse}

// markSiblings sets QuizOnly on every card but the one study card of each
// fact, sentence blank and acronym.
func markSiblings(all []*made) {
	var study []*made
	for _, m := range all {
		if slices.Contains(studyRank, m.card.Type) {
			study = append(study, m)
		}
	}
	sort.SliceStable(study, func(i, j int) bool { return studiedBefore(study[i], study[j]) })
	taken := map[string]bool{}
	for _, m := range study {
		keys := siblingKeys(m)
		if slices.ContainsFunc(keys, func(k string) bool { return taken[k] }) {
			m.card.QuizOnly = true
			continue
		}
		for _, k := range keys {
			taken[k] = true
		}
	}
}

// studiedBefore orders the candidates for a study card: higher quality,
// then the type studyRank prefers, then content, so that the choice does
// not depend on the order the cards were made in.
func studiedBefore(a, b *made) bool {
	if a.quality != b.quality {
		return a.quality > b.quality
	}
	ra, rb := slices.Index(studyRank, a.card.Type), slices.Index(studyRank, b.card.Type)
	if ra != rb {
		return ra < rb
	}
	return cardID(a.fact.id, a.card) < cardID(b.fact.id, b.card)
}

// siblingKeys names what a study card covers: its fact, the blank it asks
// of its sentence, and the acronym pair it drills in either direction.
func siblingKeys(m *made) []string {
	f := m.fact
	keys := []string{"fact\x00" + f.id}
	if m.card.Type != deck.TypeTrueFalse {
		keys = append(keys, "blank\x00"+comparable(f.sentence)+"\x00"+comparable(m.card.Answer))
	}
	if acr, exp, ok := acronymPair(f); ok {
		keys = append(keys, "acronym\x00"+comparable(acr)+"\x00"+comparable(exp))
	}
	return keys
}
