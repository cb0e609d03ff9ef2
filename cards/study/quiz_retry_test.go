package study_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/study"
)

// TestQuizLeavesTheScheduleAloneByDefault answers a quiz on a fresh
// progress: nothing is graded, logged or edited, until the student
// switches quiz scheduling on.
func TestQuizLeavesTheScheduleAloneByDefault(t *testing.T) {
	d := readDeck(t, "quiz.json")
	p := study.NewProgress()
	require.False(t, p.Settings().QuizSchedules, "off by default")
	q, err := study.NewQuiz(d, []string{"q-tf", "q-cloze"}, p, study.QuizOptions{Now: (&clock{t: t0}).now})
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "true"})
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "1900年"})
	require.NoError(t, err)
	require.True(t, q.CanOverride())
	_, err = q.Override()
	require.NoError(t, err)
	assert.Empty(t, p.Log())
	assert.Zero(t, p.NumCards())
	assert.Zero(t, p.Edits())
	assert.Equal(t, 2, q.Score().Correct, "the override still counts in the score")

	on := schedulingProgress(t)
	q, err = study.NewQuiz(d, []string{"q-tf"}, on, study.QuizOptions{Now: (&clock{t: t0}).now})
	require.NoError(t, err)
	_, err = q.Answer(study.Response{Text: "true"})
	require.NoError(t, err)
	assert.Len(t, on.Log(), 1, "switched on, an answer is graded")
	_, ok := on.Card("q-tf")
	assert.True(t, ok)
}

// TestQuizStreakAndRetry scores a quiz with two runs of right answers and
// retries its mistakes as a new quiz of just those cards.
func TestQuizStreakAndRetry(t *testing.T) {
	d := readDeck(t, "quiz.json")
	clk := &clock{t: t0}
	q, err := study.NewQuiz(d, quizIDs, nil, study.QuizOptions{Now: clk.now, Seed: 7})
	require.NoError(t, err)
	_, err = q.RetryMistakes(1)
	assert.ErrorIs(t, err, study.ErrNoMistakes, "nothing answered, nothing missed")

	right := map[string]study.Response{
		"q-cloze": {Text: "1951年"},
		"q-tf":    {Text: "true"},
		"q-num":   {Text: "7830億ドル"},
		"q-basic": {Text: "21兆2947億円"},
	}
	// right, wrong, right, right, wrong, wrong, right: the best run is 2.
	for range quizIDs {
		qu, ok := q.Current()
		require.True(t, ok)
		clk.advance(5 * time.Second)
		_, err := q.Answer(right[qu.Card.ID])
		require.NoError(t, err)
	}
	sc := q.Score()
	assert.Equal(t, 4, sc.Correct)
	assert.Equal(t, 2, sc.BestStreak)
	assert.Equal(t, 35*time.Second, sc.Took)

	clk.advance(time.Minute)
	r, err := q.RetryMistakes(2)
	require.NoError(t, err)
	require.Equal(t, 3, r.Len())
	var ids []string
	for !r.Done() {
		qu, _ := r.Current()
		ids = append(ids, qu.Card.ID)
		clk.advance(2 * time.Second)
		_, err := r.Answer(study.Response{Text: qu.Card.Answer})
		require.NoError(t, err)
	}
	assert.Equal(t, []string{"q-mcq", "q-order", "q-match"}, ids, "the missed cards, in the order asked")
	assert.Equal(t, 6*time.Second, r.Score().Took, "a retry keeps its own time")
	assert.Equal(t, 4, q.Score().Correct, "the first quiz's score stays")
}

// TestRightOptions marks the option that counts among a choice question's
// options, and none for a question answered otherwise.
func TestRightOptions(t *testing.T) {
	d := readDeck(t, "quiz.json")
	q, err := study.NewQuiz(d, []string{"q-mcq", "q-tf", "q-cloze"}, nil, study.QuizOptions{})
	require.NoError(t, err)
	mcq, _ := q.Current()
	right := mcq.RightOptions()
	require.Len(t, right, len(mcq.Choices))
	for i, c := range mcq.Choices {
		assert.Equal(t, c == "2025年2月7日", right[i], c)
	}
	_, err = q.Answer(study.Response{})
	require.NoError(t, err)
	tf, _ := q.Current()
	assert.Equal(t, []bool{true, false}, tf.RightOptions(), "the statement is true")
	_, err = q.Answer(study.Response{})
	require.NoError(t, err)
	cloze, _ := q.Current()
	assert.Nil(t, cloze.RightOptions())
}

// TestNumberKeypad asks for the number keypad for a numeric question
// only: a cloze's answer may be a number with its unit in words.
func TestNumberKeypad(t *testing.T) {
	d := readDeck(t, "quiz.json")
	q, err := study.NewQuiz(d, []string{"q-num", "q-cloze", "q-basic"}, nil, study.QuizOptions{})
	require.NoError(t, err)
	var got []bool
	for !q.Done() {
		qu, _ := q.Current()
		got = append(got, qu.NumberKeypad())
		_, err := q.Answer(study.Response{})
		require.NoError(t, err)
	}
	assert.Equal(t, []bool{true, false, false}, got)
}
