package study_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// A progress file written before the display settings existed loads with
// their defaults and keeps its scheduling settings.
func TestOldProgressGetsDisplayDefaults(t *testing.T) {
	old := `{"settings":{"new_per_day":7,"reviews_per_day":70,"desired_retention":0.85},"cards":{},"log":[]}`
	var p study.Progress
	require.NoError(t, json.Unmarshal([]byte(old), &p))
	s := p.Settings()
	assert.Equal(t, 7, s.NewPerDay)
	assert.Equal(t, 0.85, s.DesiredRetention)
	assert.Equal(t, study.DefaultSettings().Display, s.Display)
	assert.Equal(t, study.ThemeDark, s.ThemeName())
	assert.True(t, s.Sound, "sound is on until the student turns it off")
}

// Every display choice survives a save and a load, field by field.
func TestDisplayRoundTrip(t *testing.T) {
	p := study.NewProgress()
	s := p.Settings()
	s.Display = study.Display{Lang: study.LangEnglish, TextSize: study.TextLargest, Theme: study.ThemeLight, Sound: false}
	s.NewPerDay, s.ReviewsPerDay, s.DesiredRetention, s.QuizSchedules = 35, 400, 0.93, true
	require.NoError(t, p.SetSettings(s))
	data, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"lang":"en"`)
	assert.Contains(t, string(data), `"sound":false`)

	var back study.Progress
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, s, back.Settings())
}

// Values no settings screen offers are refused with the field named, and
// refused settings change nothing.
func TestDisplayProblems(t *testing.T) {
	for _, tc := range []struct {
		name string
		d    study.Display
		want string
	}{
		{"language", study.Display{Lang: "fr"}, `language "fr"`},
		{"long language", study.Display{Lang: strings.Repeat("x", 5000)}, "…"},
		{"too small", study.Display{TextSize: study.TextSmallest - 1}, "text size -2"},
		{"too large", study.Display{TextSize: study.TextLargest + 1}, "text size 3"},
		{"theme", study.Display{Theme: "sepia"}, `theme "sepia"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := study.NewProgress()
			s := p.Settings()
			s.Display = tc.d
			err := p.SetSettings(s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Less(t, len(err.Error()), 200, "a message stays short")
			assert.Equal(t, study.DefaultSettings(), p.Settings())
		})
	}
	var p study.Progress
	err := json.Unmarshal([]byte(`{"settings":{"new_per_day":1,"reviews_per_day":1,"desired_retention":0.9,"theme":"neon"}}`), &p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `settings: theme "neon"`)
}

// The desired retention reaches the scheduler: asking for more recall
// brings a card back sooner.
func TestRetentionShortensIntervals(t *testing.T) {
	next := func(r float64) time.Time {
		p := study.NewProgress()
		s := p.Settings()
		s.DesiredRetention = r
		require.NoError(t, p.SetSettings(s))
		at := t0
		for range 4 {
			_, err := p.Grade("c", srs.Good, at, time.Second)
			require.NoError(t, err)
			c, _ := p.Card("c")
			at = c.Due
		}
		return at
	}
	low, high := next(study.MinRetention), next(study.MaxRetention)
	assert.True(t, high.Before(low), "at %v recall the card is due %v, at %v %v", study.MaxRetention, high, study.MinRetention, low)
}
