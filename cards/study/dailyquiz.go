package study

import (
	"time"

	"factdeck/cards/deck"
)

// QuizLength is how many questions a self-test asks.
const QuizLength = 10

// DailyQuizOptions say which self-test to draw.
type DailyQuizOptions struct {
	// Length is the number of questions; 0 means QuizLength.
	Length int
	// Seed chooses among the cards; each quiz has its own, so two quizzes
	// of a day differ even where both must reuse cards.
	Seed uint64
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Asked are cards asked earlier today that no progress records (the
	// quizzes of a run without saved progress).
	Asked []string
}

// DailyQuiz picks the cards of a self-test on d: the card types in turn,
// one card per fact (deck.Pick), chosen by the seed. Facts not asked in a
// quiz yet today (by p's log, or opt.Asked) come first, so each new quiz
// of a day asks fresh questions; once they run out, facts asked already
// fill the rest. p may be nil.
func DailyQuiz(d *deck.Deck, p *Progress, opt DailyQuizOptions) []string {
	n := opt.Length
	if n <= 0 {
		n = QuizLength
	}
	now := time.Now
	if opt.Now != nil {
		now = opt.Now
	}
	asked := askedFacts(d, p, opt.Asked, dayStart(now()))
	var fresh, stale deck.Deck
	for _, c := range d.Cards {
		if asked[c.Fact] {
			stale.Cards = append(stale.Cards, c)
		} else {
			fresh.Cards = append(fresh.Cards, c)
		}
	}
	ids := deck.Pick(&fresh, n, opt.Seed)
	if len(ids) < n {
		ids = append(ids, deck.Pick(&stale, n-len(ids), opt.Seed)...)
	}
	return ids
}

// askedFacts are the facts of the cards asked in a quiz since start: by
// the progress log, and the ids given.
func askedFacts(d *deck.Deck, p *Progress, ids []string, start time.Time) map[string]bool {
	cards := map[string]bool{}
	for _, id := range ids {
		cards[id] = true
	}
	if p != nil {
		for _, r := range p.Log() {
			if r.Quiz && !r.Time.Before(start) {
				cards[r.Card] = true
			}
		}
	}
	facts := map[string]bool{}
	for _, c := range d.Cards {
		if cards[c.ID] {
			facts[c.Fact] = true
		}
	}
	return facts
}
