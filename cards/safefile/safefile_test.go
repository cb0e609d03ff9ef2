package safefile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/safefile"
)

func TestWriteReplacesAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "deck.json")
	require.NoError(t, safefile.Write(path, []byte("old")))
	require.NoError(t, safefile.Write(path, []byte("new")))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "new", string(got))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file left behind")
}

func TestWriteFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "deck.json")
	require.NoError(t, safefile.Write(path, []byte("old")))
	// A folder where the file should be makes the rename fail.
	target := filepath.Join(dir, "sub")
	require.NoError(t, os.MkdirAll(filepath.Join(target, "x"), 0o755))
	assert.Error(t, safefile.Write(target, []byte("new")))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "old", string(got))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 2, "the failed write removed its temporary file")
}

func TestWriteMissingFolder(t *testing.T) {
	err := safefile.Write(filepath.Join(t.TempDir(), "no", "such", "deck.json"), []byte("x"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// A kill leaves a temporary file; RemoveTemps finds it by its name and
// removes it, and leaves everything else in the folder alone.
func TestRemoveTempsOfAKilledWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "progress.json")
	require.NoError(t, safefile.Write(path, []byte("saved")))
	left := filepath.Join(dir, ".progress.json.tmp-123456")
	other := filepath.Join(dir, ".deck.json.tmp-99")
	require.NoError(t, os.WriteFile(left, []byte("half"), 0o644))
	require.NoError(t, os.WriteFile(other, []byte("x"), 0o644))

	temps, err := safefile.Temps(path)
	require.NoError(t, err)
	assert.Equal(t, []string{left}, temps)
	removed, err := safefile.RemoveTemps(path)
	require.NoError(t, err)
	assert.Equal(t, []string{left}, removed)
	assert.NoFileExists(t, left)
	assert.FileExists(t, other, "another file's temporary file is not this one's")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "saved", string(got))
}
