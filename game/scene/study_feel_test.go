package scene

import (
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// handClock is a clock the test moves.
type handClock struct{ t time.Time }

func (c *handClock) now() time.Time { return c.t }

func (c *handClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func handContext(t *testing.T, w, h float64) (*Context, *handClock) {
	clk := &handClock{time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)}
	ctx := testContext(t, w, h)
	ctx.Now = clk.now
	return ctx, clk
}

// The flip turns the card over in under 200 ms: halfway into the first
// half the card is narrower than at rest, and without input it settles
// by itself.
func TestFlipTurnsTheCard(t *testing.T) {
	ctx, clk := handContext(t, 1024, 720)
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	require.True(t, s.Animating())

	clk.advance(flipTime / 4)
	s.Update(ctx, nil)
	img := ebiten.NewImage(1024, 720)
	s.Draw(img, ctx)
	mid := int(s.card.Y + s.card.H/2)
	assert.True(t, sameColor(img.At(int(s.card.X)+int(s.card.W*0.1), mid), ui.Background), "a quarter through, the card's edge has moved in")
	assert.False(t, sameColor(img.At(int(s.card.X+s.card.W/2), mid), ui.Background), "its middle is still drawn")

	clk.advance(flipTime)
	s.Update(ctx, nil)
	assert.False(t, s.Animating(), "the flip is over by itself")
	img = ebiten.NewImage(1024, 720)
	s.Draw(img, ctx)
	assert.True(t, sameColor(img.At(int(s.card.X)+int(s.card.W*0.1), mid), ui.CardBack), "the back lies flat")
}

// A key or tap during a motion ends it and does what it asks: nothing is
// lost to the animation.
func TestInputDuringMotionIsNotLost(t *testing.T) {
	ctx, clk := handContext(t, 390, 844)
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	sess := s.Session()

	s.Update(ctx, []input.Action{input.Press(input.Space)})
	clk.advance(20 * time.Millisecond)
	s.Update(ctx, []input.Action{input.Press("3")})
	assert.Equal(t, 1, sess.Count(study.Good), "a grade key during the flip grades")
	require.True(t, s.Animating(), "the next card slides in")
	c, _ := sess.Current()
	assert.Equal(t, "c2", c.ID)

	clk.advance(10 * time.Millisecond)
	moving := targetRect(t, &s.view, "card")
	require.Greater(t, moving.X, s.card.X+5, "the card is still on its way")
	s.Update(ctx, []input.Action{input.TapAt(s.card.X+2, s.card.Y+s.card.H/2)})
	assert.True(t, sess.Flipped(), "a tap where the card comes to rest flips it, though it had not got there")
	clk.advance(10 * time.Millisecond)
	s.Update(ctx, []input.Action{tapOn(t, &s.view, "grade-4")})
	assert.Equal(t, 1, sess.Count(study.Easy), "a tap on a grade during the flip grades")
	_, ok := sess.Current()
	assert.False(t, ok)
	assert.False(t, s.Animating(), "no card to slide in")
}

// The next card comes in from the right and settles where the card rests;
// after an undo the card comes back from the left.
func TestNextCardSlidesIn(t *testing.T) {
	ctx, clk := handContext(t, 1024, 720)
	s := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	s.Update(ctx, []input.Action{input.Press(input.Space)})
	clk.advance(time.Second)
	s.Update(ctx, []input.Action{input.Press("3")})
	r := targetRect(t, &s.view, "card")
	assert.Greater(t, r.X, s.card.X, "the next card starts to the right")
	clk.advance(slideTime / 2)
	s.Update(ctx, nil)
	half := targetRect(t, &s.view, "card")
	assert.Less(t, half.X, r.X)
	assert.Greater(t, half.X, s.card.X)
	clk.advance(slideTime)
	s.Update(ctx, nil)
	assert.Equal(t, s.card, targetRect(t, &s.view, "card"))

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "undo")})
	assert.Less(t, targetRect(t, &s.view, "card").X, s.card.X, "the card taken back comes from the left")
}

// The grade buttons show what each grade would give a review card due
// now, as Anki does: Again its relearning step in minutes, the others
// days, in the interface's language.
func TestGradeButtonsShowIntervals(t *testing.T) {
	for _, lang := range []locale.Lang{locale.Japanese, locale.English} {
		ctx, clk := handContext(t, 1024, 720)
		ctx.Lang = lang
		ctx.Progress = study.NewProgress()
		sched := ctx.Progress.Scheduler()
		sched.Fuzz = false
		day := 24 * time.Hour
		// Learnt two days ago with Good, Good: due now.
		learnt := clk.t.Add(-2 * day)
		c := sched.Next(srs.NewCard(learnt), study.Good, learnt)
		c = sched.Next(c, study.Good, learnt.Add(10*time.Minute))
		require.Equal(t, srs.Review, c.State)
		c.Due = clk.t
		require.NoError(t, ctx.Progress.Apply(study.Review{Card: "c1", Rating: study.Good, Time: learnt.Add(10 * time.Minute), Before: srs.Learning, After: srs.Review}, c))
		sess, err := study.New(testDeck(), ctx.Progress, study.Options{Now: clk.now})
		require.NoError(t, err)
		s := NewStudy(sess)
		s.Update(ctx, []input.Action{input.Press(input.Space)})
		cur, _ := sess.Current()
		require.Equal(t, "c1", cur.ID)
		ivl, ok := sess.Intervals()
		require.True(t, ok)
		var got [4]string
		for i := range got {
			got[i] = buttonHints(&s.view)[gradeLabel(lang, i)]
			assert.Equal(t, study.FormatInterval(ivl[i], intervalUnits(lang)), got[i])
		}
		t.Logf("%v: %v", lang, got)
		assert.Regexp(t, `^10`+locale.IntervalMinute.In(lang)+`$`, got[0], "Again: the 10-minute relearning step")
		for i := 1; i < 4; i++ {
			assert.Regexp(t, `^\d+`+locale.IntervalDay.In(lang)+`$`, got[i], "%s is days", gradeLabels[i])
		}
	}
}
