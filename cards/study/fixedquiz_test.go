package study_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// TestFixedQuizKeepsDeckOrder: a teacher's quiz asks its cards in the
// order the teacher put them, whatever the seed, and so does its retry.
func TestFixedQuizKeepsDeckOrder(t *testing.T) {
	d := readDeck(t, "quiz.json")
	order := []string{"q-basic", "q-tf", "q-match", "q-cloze", "q-order", "q-num", "q-mcq"}
	quiz, err := d.Subset(order)
	require.NoError(t, err)
	for _, seed := range []uint64{1, 2, 99} {
		q, err := study.FixedQuiz(quiz, nil, study.QuizOptions{Now: (&clock{t: t0}).now, Seed: seed})
		require.NoError(t, err)
		assert.Equal(t, order, askedIDs(t, q), "seed %d", seed)
	}

	q, err := study.FixedQuiz(quiz, nil, study.QuizOptions{Now: (&clock{t: t0}).now})
	require.NoError(t, err)
	for range q.Len() {
		_, err := q.Answer(study.Response{Text: "まちがい"})
		require.NoError(t, err)
	}
	retry, err := q.RetryMistakes(5)
	require.NoError(t, err)
	assert.Equal(t, order, askedIDs(t, retry), "the retry asks the missed cards in the same order")

	_, err = study.FixedQuiz(&deck.Deck{Title: "空"}, nil, study.QuizOptions{})
	assert.Error(t, err, "a quiz of no cards")
}

// askedIDs reads the questions a quiz asks, in order,
// by answering each with an empty response.
func askedIDs(t *testing.T, q *study.Quiz) []string {
	t.Helper()
	var out []string
	for {
		cur, ok := q.Current()
		if !ok {
			return out
		}
		out = append(out, cur.Card.ID)
		_, err := q.Answer(study.Response{})
		require.NoError(t, err)
	}
}
