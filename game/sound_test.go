package game_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/store"
	"factdeck/game/input"
)

// Sound turned off in the settings silences the very next cue; turned on
// again, a flip and a quiz answer are heard, and the page's status
// counts them.
func TestSoundFollowsTheSetting(t *testing.T) {
	g := newHomeGame(t, &store.MemoryStorage{})
	toggleSound := func() {
		t.Helper()
		g.Navigate("settings")
		require.NoError(t, g.Step([]input.Action{tapID(t, g, "sound")}))
	}
	flip := func() {
		t.Helper()
		g.Navigate("study")
		require.NoError(t, g.Step([]input.Action{tapID(t, g, "card")}))
		require.True(t, g.Status().Flipped)
	}

	toggleSound()
	require.Contains(t, g.Status().Text, "効果音: オフ")
	flip()
	assert.Zero(t, g.Status().Sounds, "sound off")
	g.Navigate("quiz")
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "choice-1")}))
	require.Equal(t, "quiz-feedback", g.Status().Scene)
	assert.Zero(t, g.Status().Sounds, "sound off")

	toggleSound()
	require.Contains(t, g.Status().Text, "効果音: オン")
	flip()
	assert.Equal(t, 1, g.Status().Sounds, "the flip")
	g.Navigate("quiz")
	require.NoError(t, g.Step([]input.Action{tapID(t, g, "choice-1")}))
	require.Equal(t, "quiz-feedback", g.Status().Scene)
	assert.Equal(t, 2, g.Status().Sounds, "the answer, right or wrong")
}
