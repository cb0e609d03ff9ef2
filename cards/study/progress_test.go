package study_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

func TestProgressJSONRoundTrip(t *testing.T) {
	p := study.NewProgress()
	require.NoError(t, p.SetSettings(study.Settings{NewPerDay: 7, ReviewsPerDay: 70, DesiredRetention: 0.85}))
	for i, id := range []string{"b", "a", "b"} {
		_, err := p.Grade(id, srs.Good, t0.Add(time.Duration(i)*time.Hour), 3*time.Second)
		require.NoError(t, err)
	}
	data, err := json.Marshal(p)
	require.NoError(t, err)

	var back study.Progress
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, p.Settings(), back.Settings())
	assert.Equal(t, p.Log(), back.Log())
	for _, id := range []string{"a", "b"} {
		want, _ := p.Card(id)
		got, ok := back.Card(id)
		assert.True(t, ok)
		assert.True(t, want.Due.Equal(got.Due))
		assert.Equal(t, want.Stability, got.Stability)
	}
	again, err := json.Marshal(&back)
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again), "the encoding is stable")
	assert.Equal(t, 0.85, back.Scheduler().Params().DesiredRetention, "the scheduler follows the settings")
}

func TestProgressJSONDefaults(t *testing.T) {
	var p study.Progress
	require.NoError(t, json.Unmarshal([]byte(`{}`), &p))
	assert.Equal(t, study.DefaultSettings(), p.Settings())
	assert.Zero(t, p.NumCards())
	_, err := p.Grade("a", srs.Good, t0, 0)
	assert.NoError(t, err, "an empty progress can be studied")

	data, err := json.Marshal(study.NewProgress())
	require.NoError(t, err)
	assert.JSONEq(t, `{"settings":{"new_per_day":20,"reviews_per_day":200,"desired_retention":0.9,"sound":true},"cards":{},"log":[]}`, string(data))
}

// TestProgressJSONNamesProblems reads a progress file with many mistakes
// and checks that the error names each one and where it is.
func TestProgressJSONNamesProblems(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "progress_bad.json"))
	require.NoError(t, err)
	var p study.Progress
	err = json.Unmarshal(data, &p)
	require.Error(t, err)
	for _, want := range []string{
		"settings: new cards per day is -1",
		"desired retention is 1.5",
		`card "c1": state 7 is not one of`,
		`card "c2": due date is missing`,
		`card "c2": stability -1`,
		`card "c2": difficulty 11`,
		`log entry 2 (card ""): card id is empty`,
		`log entry 2 (card ""): rating 9`,
		`log entry 2 (card ""): a duration or day count is negative`,
	} {
		assert.Contains(t, err.Error(), want)
	}
	assert.NotContains(t, err.Error(), "log entry 1")
}

func TestProgressJSONCapsProblems(t *testing.T) {
	log := make([]study.Review, 50)
	data, err := json.Marshal(map[string]any{"log": log})
	require.NoError(t, err)
	var p study.Progress
	err = json.Unmarshal(data, &p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "and 140 more problems")
}

func TestSetSettings(t *testing.T) {
	p := study.NewProgress()
	assert.Error(t, p.SetSettings(study.Settings{NewPerDay: 5, ReviewsPerDay: 5, DesiredRetention: 0}))
	assert.Equal(t, study.DefaultSettings(), p.Settings(), "refused settings change nothing")
	assert.Zero(t, p.Edits())
	require.NoError(t, p.SetSettings(study.DefaultSettings()))
	assert.Zero(t, p.Edits(), "the same settings are no change")
	require.NoError(t, p.SetSettings(study.Settings{NewPerDay: 5, ReviewsPerDay: 5, DesiredRetention: 0.95}))
	assert.Equal(t, uint64(1), p.Edits())
}

func TestApplyChecks(t *testing.T) {
	p := study.NewProgress()
	assert.Error(t, p.Apply(study.Review{Card: "a", Rating: 0, Time: t0}, srs.NewCard(t0)))
	assert.Error(t, p.Apply(study.Review{Card: "a", Rating: srs.Good, Time: t0}, srs.Card{State: 9, Due: t0}))
	assert.Empty(t, p.Log())
	assert.Zero(t, p.NumCards())
}
