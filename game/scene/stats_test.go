package scene

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
)

// The statistics of a deck with a few answers: today's numbers in words,
// the charts' totals, the cards by state and the retention table, in
// both languages; Escape goes back.
func TestStatsScreen(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	ctx := testContext(t, 1280, 800)
	ctx.Now = func() time.Time { return now }
	ctx.Progress = study.NewProgress()
	d := builtinDeck(t)
	sess, err := study.New(d, ctx.Progress, study.Options{Now: ctx.Now})
	require.NoError(t, err)
	for _, g := range []srs.Rating{srs.Good, srs.Again, srs.Easy} {
		_, ok := sess.Current()
		require.True(t, ok)
		require.NoError(t, sess.Flip())
		require.NoError(t, sess.Answer(g))
	}
	s := NewStats(d)
	s.Update(ctx, nil)
	st := s.Status()
	assert.Equal(t, "stats", st.Scene)
	assert.Contains(t, st.Text, "合計 3", "three answers in the last 30 days")
	assert.Contains(t, st.Text, "学習中")
	assert.Contains(t, st.Text, "目標 90%")
	assert.True(t, s.view.has("back"))

	ctx.Lang = locale.English
	s.Update(ctx, nil)
	assert.Contains(t, s.Status().Text, "3 in all")
	assert.Equal(t, Pop, s.Update(ctx, []input.Action{input.Press(input.Escape)}).Op)
}
