package store_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
	"factdeck/cards/store"
	"factdeck/cards/study"
)

// stamp is the tests' clock: data moved aside is named after it.
var stamp = time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC)

func fixedNow() time.Time { return stamp }

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return data
}

// asJSON is the progress as its JSON, to compare two progresses whole.
func asJSON(t testing.TB, p *study.Progress) string {
	t.Helper()
	data, err := json.Marshal(p)
	require.NoError(t, err)
	return string(data)
}

// grade answers card id at minute i after stamp.
func grade(t testing.TB, p *study.Progress, id string, r srs.Rating, i int) {
	t.Helper()
	_, err := p.Grade(id, r, stamp.Add(time.Duration(i)*time.Minute), 3*time.Second)
	require.NoError(t, err)
}

func TestSaveAppendsThenCompacts(t *testing.T) {
	st := &store.MemoryStorage{}
	s, err := store.OpenStorage(st, store.Options{Now: fixedNow, CompactEvery: 3})
	require.NoError(t, err)
	assert.Empty(t, s.Notices())
	assert.True(t, s.Persistent())
	p := s.Progress()

	grade(t, p, "a", srs.Good, 0)
	require.NoError(t, s.Save()) // the first save writes a snapshot
	first := st.Values()[store.StorageKey]
	require.NotEmpty(t, first)

	for i := 1; i <= 3; i++ {
		grade(t, p, "b", srs.Good, i)
		require.NoError(t, s.Save())
		assert.Equal(t, first, st.Values()[store.StorageKey], "answer %d is journaled, the snapshot stays", i)
		assert.Equal(t, i+1, strings.Count(st.Values()[store.StorageJournalKey], "\n"), "header and %d lines", i)
	}
	grade(t, p, "c", srs.Again, 4)
	require.NoError(t, s.Save())
	assert.NotEqual(t, first, st.Values()[store.StorageKey], "the fourth answer rewrites the snapshot")
	assert.Equal(t, 1, strings.Count(st.Values()[store.StorageJournalKey], "\n"), "and starts an empty journal")
	require.NoError(t, s.Save(), "nothing new: nothing to do")

	back, err := store.OpenStorage(st, store.Options{})
	require.NoError(t, err)
	assert.Equal(t, asJSON(t, p), asJSON(t, back.Progress()))
}

// TestEditsRewriteTheSnapshot: an undo or new settings are not answers a
// journal can hold, so the next save rewrites the snapshot.
func TestEditsRewriteTheSnapshot(t *testing.T) {
	for _, tt := range []struct {
		name string
		edit func(p *study.Progress) error
	}{
		{"undo", func(p *study.Progress) error { _, err := p.UndoLast(); return err }},
		{"settings", func(p *study.Progress) error {
			return p.SetSettings(study.Settings{NewPerDay: 5, ReviewsPerDay: 50, DesiredRetention: 0.85})
		}},
		{"undo and answer again", func(p *study.Progress) error {
			if _, err := p.UndoLast(); err != nil {
				return err
			}
			_, err := p.Grade("b", srs.Easy, stamp.Add(time.Hour), time.Second)
			return err
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := &store.MemoryStorage{}
			s, err := store.OpenStorage(st, store.Options{Now: fixedNow})
			require.NoError(t, err)
			p := s.Progress()
			grade(t, p, "a", srs.Good, 0)
			require.NoError(t, s.Save())
			grade(t, p, "b", srs.Good, 1)
			require.NoError(t, s.Save())
			require.NoError(t, tt.edit(p))
			require.NoError(t, s.Save())

			back, err := store.OpenStorage(st, store.Options{})
			require.NoError(t, err)
			assert.Equal(t, asJSON(t, p), asJSON(t, back.Progress()))
		})
	}
}

// TestProgressOutlivesTheDeck studies a rebuilt deck that lost a card:
// the lost card's state and log stay in the saved progress.
func TestProgressOutlivesTheDeck(t *testing.T) {
	st := &store.MemoryStorage{}
	s, err := store.OpenStorage(st, store.Options{Now: fixedNow})
	require.NoError(t, err)
	require.NoError(t, s.Import(fixture(t, "v1.json")))

	d := &deck.Deck{Cards: []deck.Card{{ID: "c1"}, {ID: "new"}}}
	sess, err := study.New(d, s.Progress(), study.Options{Now: func() time.Time { return stamp.Add(4 * 24 * time.Hour) }})
	require.NoError(t, err)
	for {
		if _, ok := sess.Current(); !ok {
			break
		}
		require.NoError(t, sess.Flip())
		require.NoError(t, sess.Answer(study.Easy))
		require.NoError(t, s.Save())
	}
	assert.Equal(t, 2, sess.Reviewed())

	back, err := store.OpenStorage(st, store.Options{})
	require.NoError(t, err)
	gone, ok := back.Progress().Card("gone")
	require.True(t, ok, "a card the deck lost keeps its state")
	assert.Equal(t, 4, gone.Reps)
	assert.Len(t, back.Progress().Log(), 4)
}

func TestExportImport(t *testing.T) {
	s := store.Memory(store.Options{Now: fixedNow})
	grade(t, s.Progress(), "a", srs.Good, 0)
	grade(t, s.Progress(), "a", srs.Good, 10)
	data, err := s.Export()
	require.NoError(t, err)
	assert.True(t, json.Valid(data))
	assert.Equal(t, "factdeck-progress-20261122-183000.json", store.ExportName(stamp))

	st := &store.MemoryStorage{}
	other, err := store.OpenStorage(st, store.Options{})
	require.NoError(t, err)
	old := other.Progress()
	require.NoError(t, other.Import(data))
	assert.NotSame(t, old, other.Progress())
	assert.Equal(t, asJSON(t, s.Progress()), asJSON(t, other.Progress()))
	back, err := store.OpenStorage(st, store.Options{})
	require.NoError(t, err)
	assert.Equal(t, asJSON(t, s.Progress()), asJSON(t, back.Progress()), "an import is saved at once")
}

// TestImportNamesTheProblem feeds Import files that are wrong in
// different ways; each error says what is wrong, and nothing changes.
func TestImportNamesTheProblem(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		want []string
	}{
		{"empty", nil, []string{"not a progress file"}},
		{"cut short", fixture(t, "damaged.json"), []string{"not a progress file", "unexpected end of JSON input"}},
		{"syntax", []byte("{\n \"format\": \"factdeck/progress\",\n \"version\": 1,,\n}"), []string{"line 3, column 15"}},
		{"a deck", fixture(t, "deck.json"), []string{"this is a deck (factdeck/v1), not a progress file"}},
		{"other JSON", []byte(`{"hello": "world"}`), []string{`format is ""`}},
		{"newer", fixture(t, "newer.json"), []string{"version 2: written by a newer version of factdeck (this one reads version 1)"}},
		{"no progress", []byte(`{"format":"factdeck/progress","version":1}`), []string{"the progress is missing"}},
		{"bad entries", []byte(`{"format":"factdeck/progress","version":1,"progress":{"cards":{"x":{"state":5}},"log":[{"card":"x","rating":7}]}}`),
			[]string{`card "x": state 5`, `card "x": due date is missing`, `log entry 1 (card "x"): rating 7`, `log entry 1 (card "x"): time is missing`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := store.Memory(store.Options{})
			grade(t, s.Progress(), "a", srs.Good, 0)
			before := asJSON(t, s.Progress())
			err := s.Import(tt.data)
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			assert.Equal(t, before, asJSON(t, s.Progress()), "a refused import changes nothing")
		})
	}
}

func TestStorageFullFallsBackToMemory(t *testing.T) {
	st := &store.MemoryStorage{Quota: 2000}
	s, err := store.OpenStorage(st, store.Options{Now: fixedNow})
	require.NoError(t, err)
	p := s.Progress()
	var saveErr error
	for i := 0; i < 50 && saveErr == nil; i++ {
		grade(t, p, "c"+string(rune('a'+i%26)), srs.Good, i)
		saveErr = s.Save()
	}
	require.Error(t, saveErr, "the quota is reached")
	var n store.Notice
	require.ErrorAs(t, saveErr, &n)
	assert.Equal(t, store.Full, n.Kind)
	assert.ErrorIs(t, saveErr, store.ErrFull)
	assert.Contains(t, n.Error(), "memory only")
	assert.False(t, s.Persistent())
	assert.Equal(t, []store.Notice{n}, s.Notices())

	saved := len(p.Log())
	grade(t, p, "z", srs.Good, 99)
	assert.NoError(t, s.Save(), "a store in memory keeps working")
	assert.Len(t, p.Log(), saved+1)

	back, err := store.OpenStorage(st, store.Options{})
	require.NoError(t, err)
	assert.Empty(t, back.Notices(), "what was stored before the quota is whole")
	assert.NotEmpty(t, back.Progress().Log())
}

func TestDamagedStorageMovedAside(t *testing.T) {
	st := &store.MemoryStorage{}
	require.NoError(t, st.Set(store.StorageKey, string(fixture(t, "damaged.json"))))
	require.NoError(t, st.Set(store.StorageJournalKey, string(fixture(t, "clean.journal"))))
	s, err := store.OpenStorage(st, store.Options{Now: fixedNow})
	require.NoError(t, err)

	notices := s.Notices()
	require.Len(t, notices, 2)
	assert.Equal(t, store.Damaged, notices[0].Kind)
	assert.Equal(t, store.StorageKey, notices[0].Path)
	assert.Equal(t, store.StorageKey+".damaged-20261122T183000", notices[0].MovedTo)
	assert.Equal(t, store.StorageJournalKey+".damaged-20261122T183000", notices[1].MovedTo)
	values := st.Values()
	assert.Equal(t, string(fixture(t, "damaged.json")), values[notices[0].MovedTo], "the damaged data is kept as it was")
	assert.Equal(t, string(fixture(t, "clean.journal")), values[notices[1].MovedTo])
	assert.NotContains(t, values, store.StorageKey)
	assert.Zero(t, s.Progress().NumCards(), "the browser keeps no backup: a fresh start")

	grade(t, s.Progress(), "a", srs.Good, 0)
	require.NoError(t, s.Save())
	assert.Equal(t, string(fixture(t, "damaged.json")), st.Values()[notices[0].MovedTo], "saving does not touch it")
}

func TestNoticeMessages(t *testing.T) {
	for _, tt := range []struct {
		n    store.Notice
		want string
	}{
		{store.Notice{Kind: store.Damaged, Path: "p.json", MovedTo: "p.json.damaged-1", Err: assert.AnError},
			"p.json could not be read and was moved to p.json.damaged-1"},
		{store.Notice{Kind: store.Newer, Path: "p.json", MovedTo: "p.json.newer-1"}, "written by a newer factdeck"},
		{store.Notice{Kind: store.Restored, Path: "p.json.bak", Saved: stamp}, "restored from the backup p.json.bak saved at 2026-11-22T18:30:00Z"},
		{store.Notice{Kind: store.Unavailable}, "browser storage is unavailable"},
		{store.Notice{Kind: store.Full}, "browser storage is full"},
	} {
		assert.Contains(t, tt.n.Error(), tt.want)
	}
	assert.Equal(t, "newer", store.Newer.String())
}
