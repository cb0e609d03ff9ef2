package study_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

var (
	jaUnits = study.IntervalUnits{Minute: "分", Hour: "時間", Day: "日", Month: "か月", Year: "年"}
	enUnits = study.IntervalUnits{Minute: "m", Hour: "h", Day: "d", Month: "mo", Year: "y"}
)

func TestFormatInterval(t *testing.T) {
	for _, tc := range []struct {
		d      time.Duration
		ja, en string
	}{
		{0, "1分", "1m"},
		{20 * time.Second, "1分", "1m"},
		{10 * time.Minute, "10分", "10m"},
		{59 * time.Minute, "59分", "59m"},
		{time.Hour, "1時間", "1h"},
		{5*time.Hour + 40*time.Minute, "6時間", "6h"},
		{23 * time.Hour, "23時間", "23h"},
		{23*time.Hour + 50*time.Minute, "1日", "1d"},
		{day, "1日", "1d"},
		{3 * day, "3日", "3d"},
		{29 * day, "29日", "29d"},
		{30 * day, "1か月", "1mo"},
		{45 * day, "1.5か月", "1.5mo"},
		{364 * day, "12.1か月", "12.1mo"},
		{365 * day, "1年", "1y"},
		{500 * day, "1.4年", "1.4y"},
	} {
		assert.Equal(t, tc.ja, study.FormatInterval(tc.d, jaUnits), "%v", tc.d)
		assert.Equal(t, tc.en, study.FormatInterval(tc.d, enUnits), "%v", tc.d)
	}
}

// The intervals shown on the buttons are those the answers then give:
// the learning steps of a new card, and days for a review card, growing
// from Hard to Easy.
func TestIntervalsAreWhatTheAnswerGives(t *testing.T) {
	for _, g := range []study.Grade{study.Again, study.Hard, study.Good, study.Easy} {
		clk := &clock{t0}
		p := study.NewProgress()
		sched := p.Scheduler()
		sched.Fuzz = false
		// c2 has been learnt: a review card due now.
		c := sched.Next(srs.NewCard(t0.Add(-10*day)), study.Easy, t0.Add(-10*day))
		require.Equal(t, srs.Review, c.State)
		c.Due = t0
		require.NoError(t, p.Apply(study.Review{Card: "c2", Rating: study.Easy, Time: t0.Add(-10 * day), After: srs.Review}, c))

		s, err := study.New(cardsDeck("c1", "c2"), p, study.Options{Now: clk.now})
		require.NoError(t, err)
		for _, id := range []string{"c2", "c1"} {
			card, _ := s.Current()
			require.Equal(t, id, card.ID, "the review comes before the new card at the same spot")
			ivl, ok := s.Intervals()
			require.True(t, ok)
			assert.Less(t, ivl[0], ivl[1], "%s: Again < Hard", id)
			assert.Less(t, ivl[1], ivl[2], "%s: Hard < Good", id)
			assert.Less(t, ivl[2], ivl[3], "%s: Good < Easy", id)
			require.NoError(t, s.Flip())
			require.NoError(t, s.Answer(g))
			got, _ := p.Card(id)
			want := ivl[g-1]
			// The answer is fuzzed by up to a few days; a learning step is not.
			assert.InDelta(t, want.Hours(), got.Due.Sub(clk.t).Hours(), max(0.01, want.Hours()*0.1), "%s graded %v", id, g)
			clk.advance(time.Second)
		}
	}
}

func TestNewCardIntervals(t *testing.T) {
	s, err := study.New(cardsDeck("c1"), study.NewProgress(), study.Options{Now: (&clock{t0}).now})
	require.NoError(t, err)
	ivl, ok := s.Intervals()
	require.True(t, ok)
	var labels []string
	for _, d := range ivl {
		labels = append(labels, study.FormatInterval(d, enUnits))
	}
	assert.Equal(t, []string{"1m", "6m", "10m"}, labels[:3], "the default learning steps")
	assert.Regexp(t, `^\d+d$`, labels[3], "Easy graduates a new card at once")

	require.NoError(t, s.Flip())
	require.NoError(t, s.Answer(study.Easy))
	_, ok = s.Intervals()
	assert.False(t, ok, "no card on show, no intervals")

	_, ok = study.NewSession(threeCards()).Intervals()
	assert.False(t, ok, "a drill schedules nothing")
}
