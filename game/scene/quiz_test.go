package scene

import (
	"fmt"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
)

func quizDeck() *deck.Deck {
	d := testDeck()
	d.Cards = append(d.Cards,
		deck.Card{ID: "m1", Fact: "f1", Type: deck.TypeMCQ, Prompt: "石破茂首相がワシントンを訪れたのはいつか。", Answer: "2025年2月7日",
			Choices: []string{"2024年2月7日", "2025年2月7日", "2025年3月7日", "2026年2月7日"}},
		deck.Card{ID: "t1", Fact: "f1", Type: deck.TypeTrueFalse, Prompt: "石破茂首相は2025年2月7日にワシントンを訪れた。正しいか誤りか。", Answer: "true"},
		deck.Card{ID: "o1", Fact: "f1", Type: deck.TypeOrder, Prompt: "古い順に並べよ。", Answer: "A → B → C", Choices: []string{"A", "B", "C"}},
		deck.Card{ID: "x1", Fact: "f1", Type: deck.TypeMatch, Prompt: "対応させよ。", Answer: "甲 ⇔ 1、乙 ⇔ 2", Choices: []string{"甲 ⇔ 1", "乙 ⇔ 2"}},
	)
	return d
}

func newQuizScene(t *testing.T, ids ...string) (*Quiz, *study.Progress) {
	t.Helper()
	p := study.NewProgress()
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	q, err := study.NewQuiz(quizDeck(), ids, p, study.QuizOptions{Now: func() time.Time { return now }, Seed: 1})
	require.NoError(t, err)
	return NewQuiz(q), p
}

func TestQuizTypedAnswer(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	saver := &testSaver{persistent: true}
	ctx.Saver = saver
	s, p := newQuizScene(t, "c1")
	ctx.Progress = p
	require.True(t, s.field.Focused(), "a cloze question focuses the answer box")

	s.Update(ctx, []input.Action{enter})
	assert.Equal(t, "quiz", s.Status().Scene, "an empty answer is not submitted")

	s.field.SetText("２０２５年２月７日")
	s.Update(ctx, []input.Action{input.Press("3")}) // a digit typed into the box grades nothing
	s.Update(ctx, []input.Action{enter})
	st := s.Status()
	assert.Equal(t, "quiz-feedback", st.Scene)
	assert.Equal(t, 1, st.Score, "full-width digits are accepted")
	_, ok := p.Card("c1")
	assert.False(t, ok, "a quiz leaves the schedule alone unless the settings say otherwise")
	assert.Empty(t, p.Log())

	s.Update(ctx, []input.Action{enter})
	assert.Equal(t, "quiz-result", s.Status().Scene)
	assert.Equal(t, Pop, s.Update(ctx, []input.Action{enter}).Op)
}

func TestQuizChoicesByKeyAndTap(t *testing.T) {
	ctx := testContext(t, 390, 844)
	s, _ := newQuizScene(t, "m1", "t1")
	q, _ := s.quiz.Current()
	right := indexOf(q.Choices, "2025年2月7日")
	s.Update(ctx, []input.Action{digit(right + 1)})
	assert.Equal(t, 1, s.Status().Score)
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "next")})

	_, ok := s.view.rect("choice-3")
	require.False(t, ok, "true/false has two options")
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "choice-2")}) // 誤り: wrong
	st := s.Status()
	assert.Equal(t, 1, st.Score)
	assert.Contains(t, st.Text, "不正解")
	s.Update(ctx, []input.Action{enter})
	require.Equal(t, "quiz-result", s.Status().Scene)
	require.Len(t, s.quiz.Mistakes(), 1)
	assert.Equal(t, "t1", s.quiz.Mistakes()[0].Question.Card.ID)
}

func TestQuizOrderAndMatch(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	s, _ := newQuizScene(t, "o1", "x1")
	q, _ := s.quiz.Current()
	s.Update(ctx, nil)
	item := func(name string) string { return fmt.Sprintf("choice-%d", indexOf(q.Items, name)+1) }
	// Tap the items in the right order, with one false start undone by U.
	s.Update(ctx, []input.Action{tapOn(t, &s.view, item("B"))})
	s.Update(ctx, []input.Action{input.Press("U")})
	for _, name := range []string{"A", "B", "C"} {
		s.Update(ctx, []input.Action{tapOn(t, &s.view, item(name))})
	}
	s.Update(ctx, []input.Action{enter})
	assert.Equal(t, 1, s.Status().Score, "A → B → C is the right order")
	s.Update(ctx, []input.Action{enter})

	q, _ = s.quiz.Current()
	for _, pair := range [][2]string{{"甲", "1"}, {"乙", "2"}} {
		s.Update(ctx, []input.Action{tapOn(t, &s.view, fmt.Sprintf("left-%d", indexOf(q.Left, pair[0])+1))})
		s.Update(ctx, []input.Action{tapOn(t, &s.view, fmt.Sprintf("right-%d", indexOf(q.Right, pair[1])+1))})
	}
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "submit")})
	assert.Equal(t, 2, s.Status().Score, "both pairs matched")
}

func TestQuizDrawsEveryPhase(t *testing.T) {
	ctx := testContext(t, 800, 600)
	s, _ := newQuizScene(t, "m1", "o1", "x1", "c1")
	img := ebiten.NewImage(800, 600)
	for i := 0; i < 4; i++ {
		s.Update(ctx, nil)
		s.Draw(img, ctx)
		q, _ := s.quiz.Current()
		switch q.Card.Type {
		case deck.TypeMCQ:
			s.Update(ctx, []input.Action{digit(1)})
		case deck.TypeOrder:
			s.Update(ctx, []input.Action{digit(1), digit(2), digit(3), enter})
		case deck.TypeMatch:
			s.Update(ctx, []input.Action{digit(1), digit(1), digit(2), digit(2), enter})
		default:
			s.field.SetText("x")
			s.Update(ctx, []input.Action{enter})
		}
		require.Equal(t, "quiz-feedback", s.Status().Scene, "question %d (%s) was answered", i, q.Card.Type)
		s.Draw(img, ctx)
		s.Update(ctx, []input.Action{enter})
	}
	require.Equal(t, "quiz-result", s.Status().Scene)
	s.Draw(img, ctx)
	s.Update(ctx, []input.Action{input.Press(input.ArrowRight)})
	s.Draw(img, ctx)
}

// schedulingProgress is an empty progress whose quiz answers move the
// schedule (the setting is off by default).
func schedulingProgress(t *testing.T) *study.Progress {
	t.Helper()
	p := study.NewProgress()
	set := p.Settings()
	set.QuizSchedules = true
	require.NoError(t, p.SetSettings(set))
	return p
}

var enter = input.Press(input.Enter)

// digit is the key of digit n.
func digit(n int) input.Action { return input.Press(fmt.Sprint(n)) }

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
