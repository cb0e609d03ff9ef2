package srs_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
)

// The vectors are produced by testdata/gen_vectors.mjs from ts-fsrs 5.4
// (see testdata/README.md); the test never runs node.

type vectorFile struct {
	TSFSRSVersion string `json:"ts_fsrs_version"`
	Params        struct {
		W                []float64 `json:"w"`
		RequestRetention float64   `json:"request_retention"`
		MaximumInterval  int       `json:"maximum_interval"`
		EnableFuzz       bool      `json:"enable_fuzz"`
		LearningSteps    []string  `json:"learning_steps"`
		RelearningSteps  []string  `json:"relearning_steps"`
	} `json:"params"`
	Sequences []struct {
		ID      int      `json:"id"`
		Start   int64    `json:"start"`
		Reviews []vector `json:"reviews"`
	} `json:"sequences"`
}

type vector struct {
	T             int64      `json:"t"`
	Rating        srs.Rating `json:"rating"`
	RBefore       float64    `json:"r_before"`
	State         srs.State  `json:"state"`
	Due           int64      `json:"due"`
	Stability     float64    `json:"stability"`
	Difficulty    float64    `json:"difficulty"`
	Reps          int        `json:"reps"`
	Lapses        int        `json:"lapses"`
	Step          int        `json:"step"`
	ScheduledDays int        `json:"scheduled_days"`
	ElapsedDays   int        `json:"elapsed_days"`
}

func loadVectors(t *testing.T, name string) vectorFile {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	var vf vectorFile
	require.NoError(t, json.Unmarshal(raw, &vf))
	require.NotEmpty(t, vf.Sequences)
	return vf
}

// relClose compares with a relative tolerance of 1e-6 (absolute near 0).
func relClose(want, got float64) bool {
	return math.Abs(want-got) <= 1e-6*math.Max(1, math.Abs(want))
}

// The vectors' parameters must be this package's defaults, or the
// comparison below would be meaningless.
func TestVectorsUseDefaultParams(t *testing.T) {
	vf := loadVectors(t, "vectors.json")
	p := srs.DefaultParams()
	assert.Equal(t, vf.Params.W, p.Weights)
	assert.Equal(t, vf.Params.RequestRetention, p.DesiredRetention)
	assert.Equal(t, vf.Params.MaximumInterval, p.MaximumInterval)
	assert.False(t, vf.Params.EnableFuzz)
	assert.Equal(t, []string{"1m", "10m"}, vf.Params.LearningSteps)
	assert.Equal(t, []string{"10m"}, vf.Params.RelearningSteps)
	assert.Equal(t, []time.Duration{time.Minute, 10 * time.Minute}, p.LearningSteps)
	assert.Equal(t, []time.Duration{10 * time.Minute}, p.RelearningSteps)
}

func TestConformanceTSFSRS(t *testing.T) {
	runVectors(t, "vectors.json", srs.Default(), 500)
}

// With fuzz on, the Go scheduler draws the same fuzz as ts-fsrs.
func TestConformanceTSFSRSFuzz(t *testing.T) {
	s := srs.Default()
	s.Fuzz = true
	runVectors(t, "vectors_fuzz.json", s, 100)
}

func runVectors(t *testing.T, file string, s srs.Scheduler, minSequences int) {
	vf := loadVectors(t, file)
	require.GreaterOrEqual(t, len(vf.Sequences), minSequences)
	require.Equal(t, s.Fuzz, vf.Params.EnableFuzz)
	steps, exact, capped := 0, 0, 0
	for _, seq := range vf.Sequences {
		card := srs.NewCard(time.Unix(seq.Start, 0))
		for i, v := range seq.Reviews {
			where := fmt.Sprintf("%s sequence %d review %d (%s at %d)", file, seq.ID, i, v.Rating, v.T)
			now := time.Unix(v.T, 0)
			require.True(t, relClose(v.RBefore, s.Retrievability(card, now)),
				"%s: retrievability want %v got %v", where, v.RBefore, s.Retrievability(card, now))
			prev := card
			card = s.Next(card, v.Rating, now)
			got := vector{
				T: v.T, Rating: v.Rating, RBefore: v.RBefore,
				State: card.State, Due: card.Due.Unix(),
				Stability: card.Stability, Difficulty: card.Difficulty,
				Reps: card.Reps, Lapses: card.Lapses, Step: card.Step,
				ScheduledDays: card.ScheduledDays, ElapsedDays: card.ElapsedDays,
			}
			if v.ScheduledDays > vf.Params.MaximumInterval {
				// The one intended difference: ts-fsrs orders Hard < Good
				// < Easy by adding days even past maximum_interval; we
				// cap. Only this review's due date differs; the memory
				// state, and so every later review, is unaffected.
				require.Equal(t, srs.Review, v.State, where)
				v.ScheduledDays = vf.Params.MaximumInterval
				v.Due = v.T + int64(v.ScheduledDays)*86400
				capped++
			}
			require.True(t, relClose(v.Stability, got.Stability) && relClose(v.Difficulty, got.Difficulty),
				"%s from %+v:\nwant %+v\ngot  %+v", where, prev, v, got)
			if v.Stability == got.Stability && v.Difficulty == got.Difficulty {
				exact++
			}
			// Everything else must match exactly, the due date to the second.
			got.Stability, got.Difficulty = v.Stability, v.Difficulty
			require.Equal(t, v, got, "%s from %+v", where, prev)
			require.Equal(t, now, card.LastReview, where)
			steps++
		}
	}
	t.Logf("%s: %d sequences, %d reviews match ts-fsrs %s (%d with bit-identical S and D; %d capped at the maximum interval)",
		file, len(vf.Sequences), steps, vf.TSFSRSVersion, exact, capped)
}
