package study_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// finish answers Good to every card the session shows now.
func finish(t *testing.T, s *study.Session) (ids []string) {
	t.Helper()
	for {
		c, ok := s.Current()
		if !ok {
			return ids
		}
		ids = append(ids, c.ID)
		require.NoError(t, s.Flip())
		require.NoError(t, s.Answer(study.Easy))
	}
}

// With the day's new cards done, "more new cards" takes the next ones in
// deck order, a batch at a time, and the answers count for the day.
func TestStudyNewPastTheLimit(t *testing.T) {
	var ids []string
	for i := range 18 {
		ids = append(ids, fmt.Sprintf("n%02d", i))
	}
	d := cardsDeck(ids...)
	p := study.NewProgress()
	set := p.Settings()
	set.NewPerDay = 3
	require.NoError(t, p.SetSettings(set))
	clk := &clock{t0}
	s, err := study.New(d, p, study.Options{Now: clk.now})
	require.NoError(t, err)

	assert.Equal(t, []string{"n00", "n01", "n02"}, finish(t, s), "Easy graduates each at once")
	assert.Equal(t, study.More{New: study.MoreNewCards}, s.More(), "no reviews are due within a day")
	assert.Equal(t, study.MoreNewCards, s.StudyNew())
	assert.Equal(t, study.MoreNewCards, s.Remaining())
	got := finish(t, s)
	assert.Equal(t, ids[3:3+study.MoreNewCards], got)

	assert.Equal(t, 18-3-study.MoreNewCards, s.More().New, "the last batch is what is left")
	s.StudyNew()
	finish(t, s)
	assert.Equal(t, study.More{}, s.More())
	assert.False(t, s.More().Any())
	assert.Zero(t, s.StudyNew())

	later, err := study.New(d, p, study.Options{Now: clk.now})
	require.NoError(t, err)
	_, ok := later.Current()
	assert.False(t, ok, "the extra cards counted toward today's new cards")
}

// "Review ahead" takes the review cards due within a day, earliest
// first, past the review limit too, and leaves later ones and cards the
// session still has queued alone.
func TestReviewAhead(t *testing.T) {
	d := cardsDeck("late", "soon", "over", "week", "new")
	p := study.NewProgress()
	set := p.Settings()
	set.NewPerDay, set.ReviewsPerDay = 0, 0
	require.NoError(t, p.SetSettings(set))
	due := map[string]float64{"late": 20, "soon": 2, "over": -1, "week": 24 * 7}
	for _, id := range []string{"late", "soon", "over", "week"} {
		c := srs.Card{Due: t0.Add(time.Duration(due[id] * float64(time.Hour))), Stability: 10, Difficulty: 5, State: srs.Review, Reps: 3, LastReview: t0.Add(-10 * day), ScheduledDays: 10}
		require.NoError(t, p.Apply(study.Review{Card: id, Rating: study.Good, Time: t0.Add(-10 * day), Before: srs.Learning, After: srs.Review}, c))
	}
	s, err := study.New(d, p, study.Options{Now: (&clock{t0}).now})
	require.NoError(t, err)
	_, ok := s.Current()
	require.False(t, ok, "limits of zero leave nothing today")

	assert.Equal(t, study.More{New: 1, Ahead: 3}, s.More())
	assert.Equal(t, 3, s.ReviewAhead())
	assert.Equal(t, study.Counts{Review: 3}, s.Left())
	assert.Equal(t, study.More{New: 1}, s.More(), "queued cards are not offered twice")
	assert.Equal(t, []string{"over", "soon", "late"}, finish(t, s))
	assert.Equal(t, study.More{New: 1}, s.More(), "answered cards are due later now")

	log := p.Log()
	for _, r := range log[len(log)-3:] {
		assert.Equal(t, srs.Review, r.Before)
		assert.False(t, r.Quiz)
	}
}

func TestDrillOffersNoMore(t *testing.T) {
	s := study.NewSession(threeCards())
	finish(t, s)
	assert.Equal(t, study.More{}, s.More())
	assert.Zero(t, s.StudyNew())
	assert.Zero(t, s.ReviewAhead())
}

// Undo still takes back an answer to a card added past the limit.
func TestUndoAfterStudyNew(t *testing.T) {
	p := study.NewProgress()
	set := p.Settings()
	set.NewPerDay = 0
	require.NoError(t, p.SetSettings(set))
	s, err := study.New(cardsDeck("a", "b"), p, study.Options{Now: (&clock{t0}).now})
	require.NoError(t, err)
	require.Equal(t, 2, s.StudyNew())
	c, _ := s.Current()
	require.Equal(t, "a", c.ID)
	require.NoError(t, s.Flip())
	require.NoError(t, s.Answer(study.Easy))
	require.NoError(t, s.Undo())
	c, _ = s.Current()
	assert.Equal(t, "a", c.ID)
	assert.Equal(t, 2, s.Remaining())
	assert.Equal(t, []string{"a", "b"}, finish(t, s))
}
