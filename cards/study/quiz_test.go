package study_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

var quizIDs = []string{"q-cloze", "q-mcq", "q-tf", "q-num", "q-order", "q-match", "q-basic"}

// TestQuiz answers a mixed quiz on a fake clock, some answers wrong, and
// checks the score, the time, the review of mistakes with their sources,
// and that the answers moved the schedule.
func TestQuiz(t *testing.T) {
	d := readDeck(t, "quiz.json")
	clk := &clock{t: t0}
	p := schedulingProgress(t)
	q, err := study.NewQuiz(d, quizIDs, p, study.QuizOptions{Now: clk.now, Seed: 7})
	require.NoError(t, err)
	require.Equal(t, 7, q.Len())

	responses := []struct {
		id   string
		resp study.Response
		want bool
	}{
		{"q-cloze", study.Response{Text: "１９５１年"}, true},
		{"q-mcq", study.Response{Text: "2025年1月7日"}, false},
		{"q-tf", study.Response{Text: "true"}, true},
		{"q-num", study.Response{Text: "約7,830億ドル"}, true}, // within the tolerance of 10
		{"q-order", study.Response{Order: []string{"日米安保条約締結", "NATO発足", "安保条約改定"}}, false},
		{"q-match", study.Response{Pairs: map[string]string{"NATO": "北大西洋条約機構", "WTO": "世界貿易機関"}}, true},
		{"q-basic", study.Response{Text: "21兆2947億円"}, true},
	}
	for i, r := range responses {
		qu, ok := q.Current()
		require.True(t, ok)
		require.Equal(t, r.id, qu.Card.ID)
		clk.advance(time.Duration(i+1) * 10 * time.Second)
		res, err := q.Answer(r.resp)
		require.NoError(t, err)
		assert.Equal(t, r.want, res.Correct, r.id)
		assert.Equal(t, time.Duration(i+1)*10*time.Second, res.Took)
	}
	_, ok := q.Current()
	assert.False(t, ok)
	_, err = q.Answer(study.Response{Text: "x"})
	assert.ErrorIs(t, err, study.ErrDone)

	clk.advance(time.Hour) // looking at the results does not add time
	assert.Equal(t, study.Score{Correct: 5, Answered: 7, Total: 7, Took: 280 * time.Second, BestStreak: 2}, q.Score())

	mistakes := q.Mistakes()
	require.Len(t, mistakes, 2)
	assert.Equal(t, "q-mcq", mistakes[0].Question.Card.ID)
	assert.Equal(t, "2025年1月7日", mistakes[0].Given)
	assert.Equal(t, "2025年2月7日", mistakes[0].Expected)
	assert.Equal(t, "石破茂首相は2025年2月7日にワシントンを訪れた。", mistakes[0].Fact.Sentence)
	assert.Equal(t, "日米関係の歩み", mistakes[0].Source.Title)
	assert.Equal(t, "2025-02-10", mistakes[0].Source.Date)
	assert.Equal(t, "日米安保条約締結 → NATO発足 → 安保条約改定", mistakes[1].Given)
	assert.Equal(t, "NATO発足 → 日米安保条約締結 → 安保条約改定", mistakes[1].Expected)

	// Right answers count as Good, wrong ones as Again.
	log := p.Log()
	require.Len(t, log, 7)
	for i, r := range responses {
		want := srs.Again
		if r.want {
			want = srs.Good
		}
		assert.Equal(t, r.id, log[i].Card)
		assert.Equal(t, want, log[i].Rating, r.id)
		assert.True(t, log[i].Quiz)
	}
	c, ok := p.Card("q-cloze")
	require.True(t, ok)
	assert.Equal(t, srs.Learning, c.State)
}

func TestQuizQuestionsHideTheAnswer(t *testing.T) {
	d := readDeck(t, "quiz.json")
	for seed := range uint64(20) {
		q, err := study.NewQuiz(d, []string{"q-order", "q-match", "q-mcq"}, nil, study.QuizOptions{Seed: seed})
		require.NoError(t, err)
		order, _ := q.Current()
		assert.ElementsMatch(t, []string{"NATO発足", "日米安保条約締結", "安保条約改定"}, order.Items)
		assert.NotEqual(t, []string{"NATO発足", "日米安保条約締結", "安保条約改定"}, order.Items, "seed %d: the items are not in the right order", seed)

		_, err = q.Answer(study.Response{})
		require.NoError(t, err)
		match, _ := q.Current()
		assert.Equal(t, []string{"NATO", "WTO"}, match.Left)
		assert.Equal(t, []string{"世界貿易機関", "北大西洋条約機構"}, match.Right, "two right sides can only be swapped")

		_, err = q.Answer(study.Response{})
		require.NoError(t, err)
		mcq, _ := q.Current()
		assert.Equal(t, d.Cards[1].Choices, mcq.Choices)
	}

	a, err := study.NewQuiz(d, quizIDs, nil, study.QuizOptions{Seed: 3})
	require.NoError(t, err)
	b, err := study.NewQuiz(d, quizIDs, nil, study.QuizOptions{Seed: 3})
	require.NoError(t, err)
	qa, _ := a.Current()
	qb, _ := b.Current()
	assert.Equal(t, qa, qb, "the same seed lays out the same quiz")
}

func TestQuizWithoutProgress(t *testing.T) {
	d := readDeck(t, "quiz.json")
	q, err := study.NewQuiz(d, []string{"q-tf"}, nil, study.QuizOptions{})
	require.NoError(t, err)
	res, err := q.Answer(study.Response{Text: "○"})
	require.NoError(t, err)
	assert.True(t, res.Correct)
	assert.True(t, q.Done())
}

func TestNewQuizErrors(t *testing.T) {
	d := readDeck(t, "quiz.json")
	_, err := study.NewQuiz(d, []string{"q-tf", "nope", "gone"}, nil, study.QuizOptions{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nope, gone")
	_, err = study.NewQuiz(d, nil, nil, study.QuizOptions{})
	assert.Error(t, err)
}
