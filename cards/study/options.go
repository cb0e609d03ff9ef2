package study

import "factdeck/cards/deck"

// Input is how a question is answered, which decides the controls a
// screen shows for it.
type Input int

// The ways of answering.
const (
	// InputText is typed into an answer box (cloze, basic, numeric).
	InputText Input = iota + 1
	// InputChoice is one tap on an option (mcq, true/false).
	InputChoice
	// InputOrder puts every option in order, one tap each (order).
	InputOrder
	// InputMatch pairs each left item with a right one (match).
	InputMatch
)

// InputOf says how a card of type t is answered.
func InputOf(t string) Input {
	switch t {
	case deck.TypeMCQ, deck.TypeTrueFalse:
		return InputChoice
	case deck.TypeOrder:
		return InputOrder
	case deck.TypeMatch:
		return InputMatch
	}
	return InputText
}

// Input says how q is answered.
func (q Question) Input() Input { return InputOf(q.Card.Type) }

// Words are how a screen writes a true/false card's two answers, in the
// language it speaks; the deck spells them "true" and "false".
type Words struct{ True, False string }

// Answer writes s, an answer to card c (the expected or the given one),
// for the student: a true/false answer in words, any other as it is.
func (w Words) Answer(c deck.Card, s string) string {
	if c.Type != deck.TypeTrueFalse {
		return s
	}
	switch s {
	case "true":
		return w.True
	case "false":
		return w.False
	}
	return s
}

// CardAnswer writes card c's answer for the student: AnswerText, with a
// true/false answer in words.
func (w Words) CardAnswer(c deck.Card) string { return w.Answer(c, AnswerText(c)) }

// Option is one tappable answer of a question: Value is what a pick of
// it answers (Response.Text for a choice, an item of Response.Order),
// Label what the student reads.
type Option struct{ Value, Label string }

// Options lists q's tappable answers in the order shown: an mcq card's
// choices, true then false, an order card's shuffled items. Typed and
// match questions have none (a match board has two sides: Left, Right).
func (q Question) Options(w Words) []Option {
	var values []string
	switch q.Card.Type {
	case deck.TypeMCQ:
		values = q.Choices
	case deck.TypeTrueFalse:
		values = []string{"true", "false"}
	case deck.TypeOrder:
		values = q.Items
	}
	out := make([]Option, len(values))
	for i, v := range values {
		out[i] = Option{Value: v, Label: w.Answer(q.Card, v)}
	}
	return out
}

// RightOptions says for each of q's options (in Options' order) whether
// picking it counts as right, the answer other sources state included:
// after a pick, a screen shows these as the right ones.
func (q Question) RightOptions() []bool {
	if q.Input() != InputChoice {
		return nil
	}
	opts := q.Options(Words{})
	out := make([]bool, len(opts))
	for i, o := range opts {
		out[i] = Judge(q.Card, Response{Text: o.Value}).Counts()
	}
	return out
}

// NumberKeypad reports whether q's answer is a number typed without its
// unit, so a phone should offer its number keypad rather than letters.
func (q Question) NumberKeypad() bool { return q.Card.Type == deck.TypeNumeric }
