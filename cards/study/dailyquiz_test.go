package study_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// factsDeck has n facts, each with a cloze card and an mcq card.
func factsDeck(n int) *deck.Deck {
	d := &deck.Deck{Format: deck.Format, Title: "t", Language: "ja"}
	for i := range n {
		f := fmt.Sprintf("f%02d", i)
		d.Cards = append(d.Cards,
			deck.Card{ID: f + "-cloze", Fact: f, Type: deck.TypeCloze, Prompt: "?", Answer: "a"},
			deck.Card{ID: f + "-mcq", Fact: f, Type: deck.TypeMCQ, Prompt: "?", Answer: "a", Choices: []string{"a", "b"}})
	}
	return d
}

// factsOf maps card ids to their facts.
func factsOf(d *deck.Deck, ids []string) map[string]bool {
	out := map[string]bool{}
	for _, id := range ids {
		for _, c := range d.Cards {
			if c.ID == id {
				out[c.Fact] = true
			}
		}
	}
	return out
}

func factOf(d *deck.Deck, id string) string {
	for _, c := range d.Cards {
		if c.ID == id {
			return c.Fact
		}
	}
	return ""
}

// answerAll answers every question of a quiz on d (wrongly: the
// schedule does not matter here, the log does).
func answerAll(t *testing.T, d *deck.Deck, ids []string, p *study.Progress, clk *clock) {
	t.Helper()
	q, err := study.NewQuiz(d, ids, p, study.QuizOptions{Now: clk.now})
	require.NoError(t, err)
	for !q.Done() {
		clk.advance(time.Second)
		_, err := q.Answer(study.Response{Text: "x"})
		require.NoError(t, err)
	}
}

func TestDailyQuizAsksFreshFactsEachTime(t *testing.T) {
	d := factsDeck(30)
	clk := &clock{t: t0}
	p := schedulingProgress(t)
	first := study.DailyQuiz(d, p, study.DailyQuizOptions{Seed: 1, Now: clk.now})
	require.Len(t, first, study.QuizLength)
	assert.Len(t, factsOf(d, first), study.QuizLength, "one card per fact")
	answerAll(t, d, first, p, clk)

	second := study.DailyQuiz(d, p, study.DailyQuizOptions{Seed: 2, Now: clk.now})
	require.Len(t, second, study.QuizLength)
	for f := range factsOf(d, second) {
		assert.False(t, factsOf(d, first)[f], "fact %s was asked in the first quiz today", f)
	}

	// The next study day every fact is fresh again.
	clk.advance(day)
	assert.Equal(t, study.DailyQuiz(d, nil, study.DailyQuizOptions{Seed: 2, Now: clk.now}),
		study.DailyQuiz(d, p, study.DailyQuizOptions{Seed: 2, Now: clk.now}))
}

func TestDailyQuizWithoutProgressSkipsTheCardsAskedToday(t *testing.T) {
	d := factsDeck(30)
	first := study.DailyQuiz(d, nil, study.DailyQuizOptions{Seed: 1, Now: func() time.Time { return t0 }})
	second := study.DailyQuiz(d, nil, study.DailyQuizOptions{Seed: 1, Now: func() time.Time { return t0 }, Asked: first})
	require.Len(t, second, study.QuizLength)
	for f := range factsOf(d, second) {
		assert.False(t, factsOf(d, first)[f], "fact %s was asked already", f)
	}
}

func TestDailyQuizSeedsDiffer(t *testing.T) {
	d := factsDeck(30)
	now := func() time.Time { return t0 }
	a := study.DailyQuiz(d, nil, study.DailyQuizOptions{Seed: 1, Now: now})
	assert.Equal(t, a, study.DailyQuiz(d, nil, study.DailyQuizOptions{Seed: 1, Now: now}), "a seed gives one quiz")
	assert.NotEqual(t, a, study.DailyQuiz(d, nil, study.DailyQuizOptions{Seed: 2, Now: now}))
}

// When fewer fresh facts are left than questions, the fresh ones come
// first and facts asked already fill the quiz.
func TestDailyQuizFillsWithAskedFacts(t *testing.T) {
	d := factsDeck(12)
	clk := &clock{t: t0}
	p := schedulingProgress(t)
	first := study.DailyQuiz(d, p, study.DailyQuizOptions{Seed: 1, Now: clk.now})
	answerAll(t, d, first, p, clk)

	second := study.DailyQuiz(d, p, study.DailyQuizOptions{Seed: 3, Now: clk.now})
	require.Len(t, second, study.QuizLength)
	asked := factsOf(d, first)
	for i, id := range second {
		fresh := !asked[factOf(d, id)]
		assert.Equal(t, i < 2, fresh, "question %d: the two fresh facts come first", i+1)
	}
	assert.Len(t, factsOf(d, second), study.QuizLength, "still one card per fact")
}
