package scene

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/sound"
)

// listen records the cues the scenes sound through ctx.
func listen(ctx *Context) *[]sound.Cue {
	heard := &[]sound.Cue{}
	ctx.Play = func(c sound.Cue) { *heard = append(*heard, c) }
	return heard
}

// Turning a card over sounds; grading it does not.
func TestStudySoundsAFlip(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	heard := listen(ctx)
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	s.Update(ctx, nil)
	assert.Empty(t, *heard, "a card shown is not turned")
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	require.True(t, s.Session().Flipped())
	assert.Equal(t, []sound.Cue{sound.Flip}, *heard)
	s.Update(ctx, []input.Action{input.Press("3")})
	assert.Equal(t, []sound.Cue{sound.Flip}, *heard, "a grade is no flip")
}

// A quiz sounds each answer right or wrong, and its end once the results
// are on show.
func TestQuizSoundsAnswersAndTheEnd(t *testing.T) {
	ctx := testContext(t, 390, 844)
	heard := listen(ctx)
	s, _ := newQuizScene(t, "m1", "t1")
	q, _ := s.quiz.Current()
	s.Update(ctx, []input.Action{digit(indexOf(q.Choices, "2025年2月7日") + 1)})
	assert.Equal(t, []sound.Cue{sound.Right}, *heard)
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "next")})
	assert.Equal(t, []sound.Cue{sound.Right}, *heard, "the next question is silent")
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "choice-2")}) // 誤り: wrong
	assert.Equal(t, []sound.Cue{sound.Right, sound.Wrong}, *heard)
	s.Update(ctx, []input.Action{enter})
	require.Equal(t, "quiz-result", s.Status().Scene)
	assert.Equal(t, []sound.Cue{sound.Right, sound.Wrong, sound.Finish}, *heard)
}

// Match sounds a wrong pair, each right one, and the cleared board in
// place of its last pair.
func TestMatchSoundsPairsAndTheEnd(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	ctx := testContext(t, 1280, 800)
	ctx.Now = func() time.Time { return now }
	heard := listen(ctx)
	g := NewMatchGame(builtinDeck(t), "builtin")
	g.Update(ctx, nil)
	m := g.Match()
	require.NotNil(t, m)
	tiles := m.Tiles()
	wrong := 1
	if partner(tiles, 0) == 1 {
		wrong = 2
	}
	g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-0")})
	assert.Empty(t, *heard, "one tile chosen is no pair yet")
	g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-"+itoa(wrong))})
	assert.Equal(t, []sound.Cue{sound.Wrong}, *heard)

	want := []sound.Cue{sound.Wrong}
	for i := range tiles {
		if m.Tiles()[i].Matched {
			continue
		}
		now = now.Add(time.Second)
		g.Update(ctx, nil)
		g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-"+itoa(i))})
		g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-"+itoa(partner(m.Tiles(), i)))})
		want = append(want, sound.Pair)
	}
	require.True(t, m.Done())
	want[len(want)-1] = sound.Finish
	assert.Equal(t, want, *heard)
}
