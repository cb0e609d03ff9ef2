package quality

import (
	"strings"

	"factdeck/cards/deck"
)

// Recall counts the labelled questions the deck asks. A labelled fact is
// found when some card's fact sentence holds its excerpt and the card asks
// for its answer: the card's answer equals or holds the labelled one (a
// numeric card, the labelled number); for true/false, order and match
// cards, whose answer is no span, the fact's key or one of the choices
// holds it. An acronym is asked one way only ("JGCは何の略称か"), so a
// labelled question on either side of the pair is found by the card
// whose prompt names the labelled side while its answer is the other.
// All comparisons are on normalized text.
func Recall(d *deck.Deck, set []Labelled) (hits, total int, missed []Labelled) {
	facts := map[string]deck.Fact{}
	for _, f := range d.Facts {
		facts[f.ID] = f
	}
	for _, l := range set {
		if asked(d.Cards, facts, l) {
			hits++
		} else {
			missed = append(missed, l)
		}
	}
	return hits, len(set), missed
}

// asked reports whether some card asks the labelled question.
func asked(cards []deck.Card, facts map[string]deck.Fact, l Labelled) bool {
	excerpt := canon(l.Excerpt)
	for _, c := range cards {
		f, ok := facts[c.Fact]
		if !ok || !containsText(canon(f.Sentence), excerpt) {
			continue
		}
		if answers(c, f, l.Answer) || (l.Kind == deck.KindAcronym && pairAsked(c, l.Answer)) {
			return true
		}
	}
	return false
}

// answers reports whether card c, on fact f, asks for the labelled answer.
func answers(c deck.Card, f deck.Fact, answer string) bool {
	want := canon(answer)
	switch c.Type {
	case deck.TypeTrueFalse, deck.TypeOrder, deck.TypeMatch:
		if containsSpan(canon(f.Key), want) {
			return true
		}
		for _, ch := range c.Choices {
			if containsSpan(canon(ch), want) {
				return true
			}
		}
		return false
	case deck.TypeNumeric:
		// A numeric card answers "2400" where the text says "約2,400億ドル";
		// a labelled answer with several numbers (a range, a date) is more
		// than one number can answer.
		if ns := numbers(answer); len(ns) == 1 && hasNumber(answer, c.Answer) {
			return true
		}
	}
	return containsSpan(canon(c.Answer), want)
}

// pairAsked reports a basic card that asks what the labelled acronym
// stands for (or, labelled the other way, which acronym stands for it):
// its prompt names the labelled answer.
func pairAsked(c deck.Card, answer string) bool {
	return c.Type == deck.TypeBasic && containsSpan(canon(c.Prompt), canon(answer))
}

// containsText reports whether hay holds needle; an empty needle holds
// nothing, so a blank excerpt never matches every card.
func containsText(hay, needle string) bool {
	return needle != "" && strings.Contains(hay, needle)
}
