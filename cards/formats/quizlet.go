package formats

import (
	"strings"

	"factdeck/cards/deck"
)

// WriteQuizlet writes the deck as Quizlet's import box takes it (Quizlet
// Help Center, "Importing content": between term and definition a tab,
// between cards a new line): the prompt as the term, with a
// multiple-choice card's choices after it, and the answer as the
// definition. A tab or line break inside a field would split it, so each
// becomes a space.
func WriteQuizlet(d *deck.Deck) ([]byte, []Warning, error) {
	var b strings.Builder
	for _, c := range d.Cards {
		term := c.Prompt + unitSuffix(d.Language, c.Unit)
		if len(c.Choices) > 0 {
			term += " [" + strings.Join(c.Choices, " / ") + "]"
		}
		def := c.Answer
		if c.Type == deck.TypeTrueFalse {
			def = TrueFalseWord(d.Language, c.Answer)
		}
		b.WriteString(oneLine(term) + "\t" + oneLine(def) + "\n")
	}
	return []byte(b.String()), nil, nil
}
