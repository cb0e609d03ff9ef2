package study_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

func TestSuspendedCardsLeaveSessions(t *testing.T) {
	clk := &clock{t: t0}
	p := study.NewProgress()
	d := cardsDeck("a", "b", "c")
	// b is due for review, c is new; both get suspended.
	_, err := p.Grade("b", srs.Easy, t0.Add(-30*day), 0)
	require.NoError(t, err)
	clk.advance(0)
	assert.True(t, p.Suspend("b"))
	assert.True(t, p.Suspend("c"))
	assert.False(t, p.Suspend("c"), "suspending twice changes nothing")
	assert.Equal(t, []string{"b", "c"}, p.SuspendedIDs())

	s, err := study.New(d, p, study.Options{Now: clk.now})
	require.NoError(t, err)
	assert.Equal(t, 1, s.Remaining(), "only a is left")
	c, _ := s.Current()
	assert.Equal(t, "a", c.ID)
	assert.Zero(t, s.StudyNew(), "no more new cards: c is suspended")
	assert.Zero(t, s.ReviewAhead(), "b is not reviewed ahead either")

	assert.True(t, p.Unsuspend("b"))
	assert.False(t, p.Unsuspend("b"))
	_, had := p.Card("b")
	assert.True(t, had, "suspension keeps the schedule")
	s, err = study.New(d, p, study.Options{Now: clk.now})
	require.NoError(t, err)
	assert.Equal(t, 2, s.Remaining())
}

func TestFlagsAreKeptAndReplaced(t *testing.T) {
	p := study.NewProgress()
	require.NoError(t, p.FlagCard("a", t0, "  答えが古い  "))
	require.NoError(t, p.FlagCard("b", t0.Add(time.Minute), ""))
	require.NoError(t, p.FlagCard("a", t0.Add(time.Hour), "出典と違う"))
	require.Error(t, p.FlagCard("", t0, "x"))
	require.NoError(t, p.FlagCard("c", t0, strings.Repeat("長", study.MaxFlagNote+50)))

	f, ok := p.Flagged("a")
	require.True(t, ok)
	assert.Equal(t, study.Flag{Card: "a", Time: t0.Add(time.Hour), Note: "出典と違う"}, f)
	f, _ = p.Flagged("c")
	assert.Equal(t, study.MaxFlagNote, len([]rune(f.Note)), "a long note is cut")
	assert.Len(t, p.Flags(), 3)

	assert.True(t, p.Unflag("b"))
	assert.False(t, p.Unflag("b"))
	_, ok = p.Flagged("b")
	assert.False(t, ok)
}

func TestMarksRoundTripAndOldProgressLoads(t *testing.T) {
	p := study.NewProgress()
	p.Suspend("s1")
	require.NoError(t, p.FlagCard("f1", t0, "note"))
	data, err := json.Marshal(p)
	require.NoError(t, err)
	var back study.Progress
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Suspended("s1"))
	assert.False(t, back.Suspended("f1"))
	assert.Equal(t, p.Flags(), back.Flags())

	// A progress written before suspensions and flags existed.
	old, err := os.ReadFile(filepath.Join("testdata", "progress_before_override.json"))
	require.NoError(t, err)
	var o study.Progress
	require.NoError(t, json.Unmarshal(old, &o))
	assert.Empty(t, o.SuspendedIDs())
	assert.Empty(t, o.Flags())
	assert.Empty(t, o.MatchRecords().Decks)
	again, err := json.Marshal(&o)
	require.NoError(t, err)
	assert.NotContains(t, string(again), "suspended", "nothing is written for what was never used")

	bad := `{"cards":{},"log":[],"suspended":[""],"flags":[{"card":"x","time":"2026-01-01T00:00:00Z"},{"card":"x","time":"2026-01-01T00:00:00Z"}]}`
	err = json.Unmarshal([]byte(bad), &o)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "suspended card 1 has an empty id")
	assert.Contains(t, err.Error(), `flag 2 (card "x"): the card is flagged twice`)
}
