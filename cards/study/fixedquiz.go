package study

import "factdeck/cards/deck"

// FixedQuiz asks every card of d once, in d's own order: a teacher's quiz,
// whose order the teacher chose (the easy questions first, a story told
// in sequence), so it is never shuffled nor thinned as a self-test is
// (DailyQuiz). Only the items of order and match questions are shuffled,
// by opt.Seed, as in any quiz.
func FixedQuiz(d *deck.Deck, p *Progress, opt QuizOptions) (*Quiz, error) {
	ids := make([]string, len(d.Cards))
	for i, c := range d.Cards {
		ids[i] = c.ID
	}
	return NewQuiz(d, ids, p, opt)
}
