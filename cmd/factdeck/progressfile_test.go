//go:build !js

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/store"
)

// -export writes the progress to a file that -import reads into another
// folder; a file that is not progress is refused with its name and what
// is wrong, and the folder keeps what it had.
func TestExportImportFlags(t *testing.T) {
	bin, dir := buildDesktopApp(t)
	from, to := filepath.Join(dir, "from"), filepath.Join(dir, "to")
	st, err := store.OpenDir(from, store.Options{})
	require.NoError(t, err)
	_, err = st.Progress().Grade("card-1", srs.Good, time.Now(), time.Second)
	require.NoError(t, err)
	require.NoError(t, st.Save())
	require.NoError(t, st.Close())

	app := func(args ...string) (string, error) {
		out, err := exec.Command(bin, args...).CombinedOutput()
		return string(out), err
	}
	file := filepath.Join(dir, "backup.json")
	out, err := app("-progress", from, "-export", file)
	require.NoError(t, err, out)
	assert.Contains(t, out, "answers: 1")
	out, err = app("-progress", to, "-import", file)
	require.NoError(t, err, out)
	st, err = store.OpenDir(to, store.Options{})
	require.NoError(t, err)
	require.Len(t, st.Progress().Log(), 1)
	assert.Equal(t, "card-1", st.Progress().Log()[0].Card)
	require.NoError(t, st.Close())

	before := folderState(t, to)
	deckFile := filepath.Join(dir, "deck.json")
	require.NoError(t, os.WriteFile(deckFile, []byte(`{"format": "factdeck/v1", "cards": []}`), 0o644))
	out, err = app("-progress", to, "-import", deckFile)
	require.Error(t, err)
	assert.Contains(t, out, deckFile+": store: import: this is a deck")
	assert.Equal(t, before, folderState(t, to), "nothing changed")

	out, err = app("-progress", to, "-import", file, "-export", file)
	require.Error(t, err)
	assert.Contains(t, out, "one at a time")
}
