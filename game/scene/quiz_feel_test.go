package scene

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// tileOf is the rectangle of the option tile whose label is label, as the
// feedback lays it out (tiles there are shown, not tapped).
func tileOf(t *testing.T, v *view, label string) (ui.Rect, ui.Color) {
	t.Helper()
	for i, it := range v.items {
		if it.kind == fillItem && i+1 < len(v.items) && v.items[i+1].kind == textItem && v.items[i+1].para.Text == label {
			return it.rect, it.color
		}
	}
	require.Failf(t, "no tile", "no option tile %q", label)
	return ui.Rect{}, nil
}

// TestQuizPickShowsRightAndWrong picks a wrong choice: the feedback shows
// at once the pick in red and the right choice in green, the others
// plain, with the source panel under the explanation.
func TestQuizPickShowsRightAndWrong(t *testing.T) {
	ctx := testContext(t, 390, 844)
	s, _ := newQuizScene(t, "m1")
	q, _ := s.quiz.Current()
	labels := optionLabels(q)
	right, wrong := indexOf(q.Choices, "2025年2月7日"), indexOf(q.Choices, "2024年2月7日")
	s.Update(ctx, []input.Action{digit(wrong + 1)})
	require.Equal(t, "quiz-feedback", s.Status().Scene)
	img := ebiten.NewImage(390, 844)
	s.Draw(img, ctx)
	for i, l := range labels {
		r, c := tileOf(t, &s.view, l)
		want := ui.Color(ui.CardFace)
		switch i {
		case right:
			want = pickedRight
		case wrong:
			want = pickedWrong
		}
		assert.Equal(t, want, c, "tile %d", i+1)
		assert.True(t, sameColor(img.At(int(r.X+r.W-4), int(r.Y+r.H/2)), want), "tile %d is drawn in its colour", i+1)
		_, tappable := s.view.rect(fmt.Sprintf("choice-%d", i+1))
		assert.False(t, tappable, "an answered question's options are not tappable")
	}
	assert.Greater(t, countColor(img, ui.Rect{W: 390, H: 844}, ui.Panel), 500, "the source panel is drawn")
	assert.Greater(t, countColor(img, ui.Rect{W: 390, H: 844}, ui.Marker), 50, "the answer is marked in its sentence")
	assert.Contains(t, s.Status().Text, "出典: ")
}

// TestQuizResultsAndRetry ends a quiz with two mistakes: the result has
// the score, time and best streak by id, and "retry" starts a quiz of
// just the two missed cards; a quiz without mistakes offers no retry.
func TestQuizResultsAndRetry(t *testing.T) {
	for _, lang := range []locale.Lang{locale.Japanese, locale.English} {
		ctx := testContext(t, 390, 844)
		ctx.Lang = lang
		s, _ := newQuizScene(t, "m1", "c1", "t1")
		q, _ := s.quiz.Current()
		s.Update(ctx, []input.Action{digit(indexOf(q.Choices, "2026年2月7日") + 1), enter})
		s.field.SetText("2025年2月7日")
		s.Update(ctx, []input.Action{enter})
		s.Update(ctx, []input.Action{enter})
		s.Update(ctx, []input.Action{digit(2), enter}) // 誤り: wrong
		require.Equal(t, "quiz-result", s.Status().Scene)
		st := s.Status()
		for _, id := range []string{"score", "time", "streak", "mistake", "mistake-prev", "mistake-next", "retry", "back"} {
			assert.Contains(t, targetIDs(st), id)
		}
		for _, tg := range st.Targets {
			if tg.ID == "retry" || tg.ID == "back" {
				assert.GreaterOrEqual(t, tg.H, float64(minTarget), tg.ID)
			}
		}
		assert.Equal(t, 1, s.quiz.Score().BestStreak)

		tr := s.Update(ctx, []input.Action{tapOn(t, &s.view, "retry")})
		require.Equal(t, Replace, tr.Op)
		retry, ok := tr.Scene.(*Quiz)
		require.True(t, ok)
		require.Equal(t, 2, retry.quiz.Len(), "only the missed cards")
		first, _ := retry.quiz.Current()
		assert.Equal(t, "m1", first.Card.ID)

		// Right answers to both: no mistakes, no retry.
		retry.Update(ctx, []input.Action{digit(indexOf(first.Choices, "2025年2月7日") + 1), enter})
		retry.Update(ctx, []input.Action{digit(1), enter})
		require.Equal(t, "quiz-result", retry.Status().Scene)
		assert.NotContains(t, targetIDs(retry.Status()), "retry")
		assert.Equal(t, 2, retry.quiz.Score().BestStreak)
		assert.Equal(t, Stay, retry.Update(ctx, []input.Action{input.Press("R")}).Op, "R retries nothing")
	}
}

// TestQuizLeaveWithTypedAnswerAsks: Esc with an answer in the box asks
// first; "stay" keeps the quiz and its answer, "leave" closes it. With an
// empty box Esc leaves at once.
func TestQuizLeaveWithTypedAnswerAsks(t *testing.T) {
	ctx := testContext(t, 390, 844)
	s, _ := newQuizScene(t, "c1")
	s.Update(ctx, nil)
	assert.Equal(t, Pop, s.Update(ctx, []input.Action{input.Press(input.Escape)}).Op, "nothing typed, nothing to lose")

	s, _ = newQuizScene(t, "c1")
	s.field.SetText("2025年")
	tr := s.Update(ctx, []input.Action{input.Press(input.Escape)})
	require.Equal(t, Push, tr.Op)
	ask, ok := tr.Scene.(*Confirm)
	require.True(t, ok)
	ask.Update(ctx, nil)
	st := ask.Status()
	assert.Equal(t, []string{"stay", "leave"}, targetIDs(st))
	for _, tg := range st.Targets {
		assert.GreaterOrEqual(t, tg.H, float64(minTarget), tg.ID)
	}
	assert.Equal(t, Pop, ask.Update(ctx, []input.Action{tapOn(t, &ask.view, "stay")}).Op)
	s.Resume(ctx)
	assert.True(t, s.field.Focused(), "staying gives the box the keyboard back")
	assert.Equal(t, Stay, s.Update(ctx, nil).Op)
	assert.Equal(t, "2025年", s.field.Text(), "the answer is kept")

	tr = s.Update(ctx, []input.Action{tapOn(t, &s.view, "back")})
	require.Equal(t, Push, tr.Op, "the back button asks too")
	ask = tr.Scene.(*Confirm)
	ask.Update(ctx, nil)
	assert.Equal(t, Pop, ask.Update(ctx, []input.Action{input.Press(input.Enter)}).Op)
	s.Resume(ctx)
	assert.False(t, s.field.Focused())
	assert.Equal(t, Pop, s.Update(ctx, nil).Op, "leaving closes the quiz")
}

// TestQuizScreenshots draws the quiz at a desktop and a phone size in
// both languages: a choice picked wrong, the feedback with its source
// panel, the result with the retry button and the question asked before
// leaving. They go to $FACTDECK_ARTIFACTS/scenes/quiz.
func TestQuizScreenshots(t *testing.T) {
	eachShotScreen(t, "quiz", func(ctx *Context, shot shotFunc) {
		s, _ := conflictQuiz(t, "pm-mcq", "pm-cloze", "inv-num")
		q, _ := s.quiz.Current()
		s.Update(ctx, []input.Action{digit(indexOf(q.Choices, "菅義偉") + 1)})
		shot("feedback-choice", s)
		s.Update(ctx, []input.Action{enter})
		s.field.SetText("石破")
		s.Update(ctx, nil)
		tr := s.Update(ctx, []input.Action{input.Press(input.Escape)})
		tr.Scene.Update(ctx, nil)
		shot("leave", s, tr.Scene)
		tr.Scene.Update(ctx, []input.Action{input.Press(input.Escape)})
		s.Resume(ctx)
		s.Update(ctx, []input.Action{enter})
		shot("feedback-typed", s)
		s.Update(ctx, []input.Action{enter})
		s.field.SetText("3")
		s.Update(ctx, []input.Action{enter, enter})
		require.Equal(t, "quiz-result", s.Status().Scene)
		shot("result", s)
	})
}

// TestQuizNumberKeypad: the answer box of a numeric question asks for the
// number keypad, and the next, a cloze, for the usual keyboard again.
func TestQuizNumberKeypad(t *testing.T) {
	ctx := testContext(t, 390, 844)
	s, _ := conflictQuiz(t, "inv-num", "pm-cloze")
	s.Update(ctx, nil)
	assert.True(t, s.field.Numeric)
	s.field.SetText("7833")
	s.Update(ctx, []input.Action{enter, enter})
	q, _ := s.quiz.Current()
	require.Equal(t, "pm-cloze", q.Card.ID)
	assert.False(t, s.field.Numeric)
}
