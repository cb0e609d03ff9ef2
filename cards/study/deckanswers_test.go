package study_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// TestBuiltinDeckAnswersItself asks every card of the built-in deck in a
// quiz and answers it with the card's own answer, as a student who knows
// it would type or tap it: each must be right. It guards the contract
// between the generator's answer formats and this package's checking.
func TestBuiltinDeckAnswersItself(t *testing.T) {
	d, err := deck.Read(filepath.Join("..", "..", "assets", "decks", "corpus.json"))
	if os.IsNotExist(err) {
		t.Skip("no built-in deck")
	}
	require.NoError(t, err)
	ids := make([]string, len(d.Cards))
	for i, c := range d.Cards {
		ids[i] = c.ID
	}
	q, err := study.NewQuiz(d, ids, nil, study.QuizOptions{Seed: 1})
	require.NoError(t, err)
	for {
		qu, ok := q.Current()
		if !ok {
			break
		}
		res, err := q.Answer(knowing(t, qu))
		require.NoError(t, err)
		assert.True(t, res.Correct, "card %s (%s): %q for %q", qu.Card.ID, qu.Card.Type, res.Given, res.Expected)
		assert.NotEmpty(t, res.Fact.Sentence, "card %s shows its sentence", qu.Card.ID)
		assert.NotEmpty(t, res.Source.Title, "card %s shows its source", qu.Card.ID)
	}
}

// knowing answers qu as a student who knows the answer, using only what
// the question shows plus the card's answer text.
func knowing(t *testing.T, qu study.Question) study.Response {
	c := qu.Card
	switch c.Type {
	case deck.TypeOrder:
		items := strings.Split(c.Answer, " → ")
		require.ElementsMatch(t, items, qu.Items, "card %s: the items to order are the answer's", c.ID)
		return study.Response{Order: items}
	case deck.TypeMatch:
		require.Len(t, qu.Right, len(qu.Left))
		pairs := map[string]string{}
		for _, choice := range c.Choices {
			l, r, ok := strings.Cut(choice, " ⇔ ")
			require.True(t, ok, "card %s: pair %q", c.ID, choice)
			require.Contains(t, qu.Left, l)
			require.True(t, slices.Contains(qu.Right, r), "card %s: %q among the right sides", c.ID, r)
			pairs[l] = r
		}
		return study.Response{Pairs: pairs}
	case deck.TypeNumeric:
		return study.Response{Text: c.Answer + c.Unit}
	}
	return study.Response{Text: c.Answer}
}
