package study_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// setState gives card id the state c in p, as if answered at c.LastReview.
func setState(t *testing.T, p *study.Progress, id string, c srs.Card) {
	t.Helper()
	if c.LastReview.IsZero() {
		c.LastReview = c.Due.Add(-3 * day)
	}
	if c.Stability == 0 {
		c.Stability, c.Difficulty = 3, 5
	}
	r := study.Review{Card: id, Rating: srs.Good, Time: c.LastReview, Before: srs.Review, After: c.State}
	require.NoError(t, p.Apply(r, c))
}

// drain answers every card the session shows with Easy, which never
// brings a card back, and returns the ids in the order shown.
func drain(t *testing.T, s *study.Session) []string {
	t.Helper()
	var order []string
	for {
		c, ok := s.Current()
		if !ok {
			return order
		}
		order = append(order, c.ID)
		require.NoError(t, s.Flip())
		require.NoError(t, s.Answer(study.Easy))
		require.Less(t, len(order), 1000, "the session does not end")
	}
}

// TestSessionOrder checks Anki's default order: due learning cards first,
// then reviews by due date with new cards (in deck order) spread among
// them, then learning cards due within the learn-ahead time.
func TestSessionOrder(t *testing.T) {
	clk := &clock{t: t0}
	d := cardsDeck("n1", "r1", "n2", "l1", "n3", "r2", "n4", "r3", "l2", "n5", "r4", "l3")
	p := study.NewProgress()
	setState(t, p, "r1", srs.Card{State: srs.Review, Due: t0.Add(-2 * day)})
	setState(t, p, "r2", srs.Card{State: srs.Review, Due: t0.Add(-3 * day)})
	setState(t, p, "r3", srs.Card{State: srs.Review, Due: t0.Add(-time.Hour)})
	setState(t, p, "r4", srs.Card{State: srs.Review, Due: t0.Add(time.Hour)}) // not yet due
	setState(t, p, "l1", srs.Card{State: srs.Learning, Step: 1, Due: t0.Add(-time.Minute)})
	setState(t, p, "l2", srs.Card{State: srs.Relearning, Due: t0.Add(5 * time.Minute)})
	setState(t, p, "l3", srs.Card{State: srs.Learning, Due: t0.Add(25 * time.Minute)}) // beyond learn-ahead
	setState(t, p, "gone", srs.Card{State: srs.Review, Due: t0.Add(-day)})             // no longer in the deck

	s, err := study.New(d, p, study.Options{Now: clk.now})
	require.NoError(t, err)
	assert.Equal(t, study.Counts{New: 5, Learning: 3, Review: 3}, s.Left())
	// 3 reviews and 5 new cards: new ones at ⌊(n+½)·8/5⌋ = 0, 2, 4, 5, 7.
	want := []string{"l1", "n1", "r2", "n2", "r1", "n3", "n4", "r3", "n5", "l2"}
	assert.Equal(t, want, drain(t, s))

	_, ok := s.Current()
	assert.False(t, ok)
	due, ok := s.NextDue()
	assert.True(t, ok, "l3 is still to come today")
	assert.Equal(t, t0.Add(25*time.Minute), due)
	clk.t = due
	assert.Equal(t, []string{"l3"}, drain(t, s), "a learning card is shown once due")

	gone, ok := p.Card("gone")
	assert.True(t, ok, "the state of a card the deck lost is kept")
	assert.Equal(t, t0.Add(-day), gone.Due)
}

func TestLearningCardComesFirstWhenDue(t *testing.T) {
	clk := &clock{t: t0}
	p := study.NewProgress()
	s, err := study.New(cardsDeck("a", "b", "c"), p, study.Options{Now: clk.now})
	require.NoError(t, err)
	answer(t, s, "a", study.Again) // back in 1 minute
	answer(t, s, "b", study.Easy)
	clk.advance(time.Minute)
	answer(t, s, "a", study.Easy)
	answer(t, s, "c", study.Easy)
}

// TestDailyLimits counts what was studied earlier in the study day (from
// 4 a.m.) against the limits; quiz answers and yesterday's do not count.
func TestDailyLimits(t *testing.T) {
	morning := time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name              string
		settings          study.Settings
		newToday, revDone []time.Time // answers already given
		quizToday         int
		wantNew, wantRev  int
	}{
		{"defaults", study.DefaultSettings(), nil, nil, 0, 20, 30},
		{"limits", study.Settings{NewPerDay: 5, ReviewsPerDay: 10, DesiredRetention: 0.9}, nil, nil, 0, 5, 10},
		{"some done today", study.Settings{NewPerDay: 5, ReviewsPerDay: 10, DesiredRetention: 0.9},
			[]time.Time{morning, morning.Add(time.Hour)}, []time.Time{morning.Add(time.Minute)}, 0, 3, 9},
		{"done before 4 a.m. counts for yesterday", study.Settings{NewPerDay: 5, ReviewsPerDay: 10, DesiredRetention: 0.9},
			[]time.Time{morning.Add(-time.Second)}, []time.Time{morning.Add(-time.Hour)}, 0, 5, 10},
		{"quiz answers do not count", study.Settings{NewPerDay: 5, ReviewsPerDay: 10, DesiredRetention: 0.9}, nil, nil, 4, 5, 10},
		{"over the limit", study.Settings{NewPerDay: 1, ReviewsPerDay: 1, DesiredRetention: 0.9},
			[]time.Time{morning, morning}, []time.Time{morning, morning}, 0, 0, 0},
		{"no new cards", study.Settings{NewPerDay: 0, ReviewsPerDay: 200, DesiredRetention: 0.9}, nil, nil, 0, 0, 30},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			p := study.NewProgress()
			require.NoError(t, p.SetSettings(tt.settings))
			for i := range 30 { // 30 reviews due, 30 new cards
				ids = append(ids, "r"+itoa(i), "n"+itoa(i))
				setState(t, p, "r"+itoa(i), srs.Card{State: srs.Review, Due: t0.Add(-time.Duration(i+1) * time.Hour), LastReview: t0.Add(-5 * day)})
			}
			for i, at := range tt.newToday {
				_, err := p.Grade("earlier-new"+itoa(i), srs.Good, at, time.Second)
				require.NoError(t, err)
			}
			for i, at := range tt.revDone {
				id := "earlier-rev" + itoa(i)
				setState(t, p, id, srs.Card{State: srs.Review, Due: at, LastReview: at.Add(-3 * day)})
				_, err := p.Grade(id, srs.Good, at, time.Second)
				require.NoError(t, err)
			}
			q, err := study.NewQuiz(cardsDeck("x"), repeat("x", max(tt.quizToday, 1)), p, study.QuizOptions{Now: func() time.Time { return t0 }})
			require.NoError(t, err)
			for range tt.quizToday {
				_, err := q.Answer(study.Response{Text: "x"})
				require.NoError(t, err)
			}

			s, err := study.New(cardsDeck(ids...), p, study.Options{Now: func() time.Time { return t0 }})
			require.NoError(t, err)
			left := s.Left()
			assert.Equal(t, tt.wantNew, left.New)
			assert.Equal(t, tt.wantRev, left.Review)
		})
	}
}

func TestNewRequiresDeckAndProgress(t *testing.T) {
	_, err := study.New(nil, study.NewProgress(), study.Options{})
	assert.Error(t, err)
	_, err = study.New(cardsDeck("a"), nil, study.Options{})
	assert.Error(t, err)
}

func itoa(i int) string { return string(rune('a'+i/26)) + string(rune('a'+i%26)) }

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}
