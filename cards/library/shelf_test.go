//go:build !js

package library

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/store"
)

// dirShelf opens a shelf in dir as the desktop app does: the built-in
// deck's progress in dir itself, every other deck's in decks/ID.
func dirShelf(t *testing.T, dir string) *Shelf {
	t.Helper()
	lib, err := Open(Dir(dir), "組み込み")
	require.NoError(t, err)
	st, err := store.OpenDir(dir, store.Options{})
	require.NoError(t, err)
	sh := NewShelf(lib, testDeck("組み込み", "b1", "b2"), st, func(id string) (*store.Store, error) {
		return store.OpenDir(filepath.Join(dir, "decks", id), store.Options{})
	})
	t.Cleanup(func() {
		assert.NoError(t, sh.Close())
		assert.NoError(t, st.Close())
	})
	return sh
}

// Progress made before there were several decks (one progress folder)
// is the built-in deck's after the upgrade, where it always was; a deck
// added then starts with progress of its own, and answers to it stay
// with it.
func TestUpgradeKeepsBuiltinProgress(t *testing.T) {
	dir := t.TempDir()
	old, err := store.OpenDir(dir, store.Options{})
	require.NoError(t, err)
	_, err = old.Progress().Grade("b1", srs.Good, day, 0)
	require.NoError(t, err)
	require.NoError(t, old.Save())
	require.NoError(t, old.Close())

	sh := dirShelf(t, dir)
	builtin, err := sh.Progress(BuiltinID)
	require.NoError(t, err)
	assert.Len(t, builtin.Progress().Log(), 1)
	_, ok := builtin.Progress().Card("b1")
	assert.True(t, ok, "the old answer is the built-in deck's")

	e, _, err := sh.Add(testDeck("小テスト", "q1"), FromLink, "")
	require.NoError(t, err)
	st, err := sh.Progress(e.ID)
	require.NoError(t, err)
	assert.Empty(t, st.Progress().Log(), "a new deck starts afresh")
	_, err = st.Progress().Grade("q1", srs.Again, day, 0)
	require.NoError(t, err)
	require.NoError(t, st.Save())
	assert.Len(t, builtin.Progress().Log(), 1, "the built-in deck's progress is untouched")
}

// A deck studied with the one progress of earlier versions (opened from
// a link) starts its own progress with its answers from there, once.
func TestNewDeckAdoptsItsAnswers(t *testing.T) {
	dir := t.TempDir()
	old, err := store.OpenDir(dir, store.Options{})
	require.NoError(t, err)
	for _, c := range []string{"q1", "b1", "q1"} {
		_, err = old.Progress().Grade(c, srs.Good, day, 0)
		require.NoError(t, err)
	}
	require.NoError(t, old.Save())
	before, _ := old.Progress().Card("q1")
	require.NoError(t, old.Close())

	sh := dirShelf(t, dir)
	e, _, err := sh.Add(testDeck("小テスト", "q1", "q2"), FromLink, "")
	require.NoError(t, err)
	st, err := sh.Progress(e.ID)
	require.NoError(t, err)
	log := st.Progress().Log()
	require.Len(t, log, 2, "the two answers to q1, not the one to b1")
	assert.Equal(t, "q1", log[1].Card)
	got, ok := st.Progress().Card("q1")
	require.True(t, ok)
	assert.Equal(t, before, got)

	// Read beside the shelf, which holds the folder: what was saved.
	saved, err := store.OpenDir(filepath.Join(dir, "decks", e.ID), store.Options{})
	require.NoError(t, err)
	defer saved.Close()
	assert.Len(t, saved.Progress().Log(), 2, "the copy was saved")
}

// Each deck's progress survives a restart beside the others'.
func TestProgressPerDeckSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	var id string
	func() {
		sh := dirShelf(t, dir)
		e, _, err := sh.Add(testDeck("小テスト", "q1", "q2"), FromFile, "q.json")
		require.NoError(t, err)
		id = e.ID
		st, err := sh.Progress(id)
		require.NoError(t, err)
		for _, c := range []string{"q1", "q2"} {
			_, err = st.Progress().Grade(c, srs.Good, day, 0)
			require.NoError(t, err)
		}
		require.NoError(t, st.Save())
		require.NoError(t, sh.Close())
		b, _ := sh.Progress(BuiltinID)
		require.NoError(t, b.Close())
	}()

	sh := dirShelf(t, dir)
	require.Len(t, sh.Entries(), 2)
	d, err := sh.Deck(id)
	require.NoError(t, err)
	assert.Equal(t, "小テスト", d.Title)
	st, err := sh.Progress(id)
	require.NoError(t, err)
	assert.Len(t, st.Progress().Log(), 2)
	b, err := sh.Progress(BuiltinID)
	require.NoError(t, err)
	assert.Empty(t, b.Progress().Log())
}

func TestDirStorage(t *testing.T) {
	dir := Dir(t.TempDir())
	l, err := Open(dir, "組み込み")
	require.NoError(t, err)
	e, _, err := l.Add(testDeck("小テスト", "a1"), FromFile, "quiz.json", day)
	require.NoError(t, err)
	assert.FileExists(t, filepath.Join(string(dir), "decks", e.ID, "deck.json"))
	assert.FileExists(t, filepath.Join(string(dir), IndexKey))
	_, _, err = dir.Get("../outside")
	assert.Error(t, err)
	require.NoError(t, l.Remove(e.ID))
	assert.NoFileExists(t, filepath.Join(string(dir), "decks", e.ID, "deck.json"))
}
