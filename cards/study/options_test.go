package study_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

var words = study.Words{True: "正しい", False: "誤り"}

// question returns card id of quiz.json as a quiz asks it.
func question(t *testing.T, id string) study.Question {
	t.Helper()
	q, err := study.NewQuiz(readDeck(t, "quiz.json"), []string{id}, nil, study.QuizOptions{Seed: 7})
	require.NoError(t, err)
	qu, ok := q.Current()
	require.True(t, ok)
	return qu
}

func TestQuestionInput(t *testing.T) {
	for id, want := range map[string]study.Input{
		"q-cloze": study.InputText, "q-basic": study.InputText, "q-num": study.InputText,
		"q-mcq": study.InputChoice, "q-tf": study.InputChoice,
		"q-order": study.InputOrder, "q-match": study.InputMatch,
	} {
		assert.Equal(t, want, question(t, id).Input(), id)
	}
}

func TestQuestionOptions(t *testing.T) {
	mcq := question(t, "q-mcq")
	opts := mcq.Options(words)
	require.Len(t, opts, 4)
	for i, o := range opts {
		assert.Equal(t, mcq.Card.Choices[i], o.Value, "choices keep the deck's order")
		assert.Equal(t, o.Value, o.Label)
	}

	assert.Equal(t, []study.Option{{Value: "true", Label: "正しい"}, {Value: "false", Label: "誤り"}},
		question(t, "q-tf").Options(words), "true/false is asked true first, in words")

	order := question(t, "q-order")
	opts = order.Options(words)
	require.Len(t, opts, 3)
	for i, o := range opts {
		assert.Equal(t, order.Items[i], o.Value, "order items in their shuffled order")
	}

	assert.Empty(t, question(t, "q-cloze").Options(words))
	assert.Empty(t, question(t, "q-match").Options(words), "a match board has sides, not options")
}

func TestWordsAnswer(t *testing.T) {
	tf := deck.Card{Type: deck.TypeTrueFalse, Answer: "false"}
	assert.Equal(t, "誤り", words.CardAnswer(tf))
	assert.Equal(t, "正しい", words.Answer(tf, "true"))
	assert.Equal(t, "たぶん", words.Answer(tf, "たぶん"), "an answer that is neither stays as typed")
	assert.Equal(t, "true", words.Answer(deck.Card{Type: deck.TypeCloze}, "true"), "only true/false cards are put in words")
}

func TestOrderDraft(t *testing.T) {
	q := question(t, "q-order")
	d := study.NewOrderDraft(q)
	assert.False(t, d.Complete())
	require.True(t, d.Pick(2))
	assert.False(t, d.Pick(2), "an item is placed once")
	assert.False(t, d.Pick(3), "out of range")
	assert.Equal(t, 1, d.Position(2))
	assert.Zero(t, d.Position(0))
	require.True(t, d.Pick(0))
	require.True(t, d.Pick(1))
	assert.True(t, d.Complete())
	assert.Equal(t, []string{q.Items[2], q.Items[0], q.Items[1]}, d.Response().Order)

	d.Reset()
	assert.False(t, d.Complete())
	assert.Empty(t, d.Response().Order)

	// The built answer is what the checker judges.
	for _, i := range []int{0, 1, 2} {
		for j, item := range q.Items {
			if item == []string{"日米安保条約締結", "NATO発足", "安保条約改定"}[i] {
				d.Pick(j)
			}
		}
	}
	assert.Equal(t, study.Wrong, study.Judge(q.Card, d.Response()), "NATO came first")
}

func TestMatchDraft(t *testing.T) {
	q := question(t, "q-match")
	d := study.NewMatchDraft(q)
	assert.False(t, d.PickRight(0), "nothing selected yet")
	require.True(t, d.SelectLeft(0))
	assert.Equal(t, 0, d.Selected())
	require.True(t, d.PickRight(1))
	assert.Equal(t, -1, d.Selected(), "a pair ends the selection")
	r, ok := d.PairOf(0)
	assert.True(t, ok)
	assert.Equal(t, q.Right[1], r)
	assert.True(t, d.Taken(1))

	// Right 1 moves to left 1: left 0 loses it.
	require.True(t, d.Key(2))
	require.True(t, d.Key(2))
	_, ok = d.PairOf(0)
	assert.False(t, ok, "a right item belongs to one left item")
	assert.False(t, d.Complete())

	// Pair every left with its right and the checker agrees.
	d.Reset()
	want := map[string]string{"NATO": "北大西洋条約機構", "WTO": "世界貿易機関"}
	for i, l := range q.Left {
		d.SelectLeft(i)
		for j, r := range q.Right {
			if r == want[l] {
				d.PickRight(j)
			}
		}
	}
	assert.True(t, d.Complete())
	assert.Equal(t, study.Right, study.Judge(q.Card, d.Response()))
}
