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

	"factdeck/cards/store"
)

// TestProgressSurvivesRestart studies a card in the desktop app, quits it,
// opens it again on the same progress folder and studies once more: the
// saved answer is there, and the reopened app knew the first card was
// already studied, so it showed another one.
func TestProgressSurvivesRestart(t *testing.T) {
	bin, dir := buildDesktopApp(t, "xdotool")
	progress := filepath.Join(dir, "progress")

	studyOne := func() {
		app := exec.Command(bin, "-progress", progress)
		app.Stderr = os.Stderr
		require.NoError(t, app.Start())
		defer func() {
			_ = app.Process.Kill()
			_ = app.Wait()
		}()
		time.Sleep(3 * time.Second)
		// Start studying, flip, grade Good.
		for _, key := range []string{"Return", "space", "3"} {
			out, err := exec.Command("xdotool", "search", "--sync", "--name", "^factdeck$", "windowfocus", "--sync", "key", key).CombinedOutput()
			require.NoError(t, err, "xdotool %s: %s", key, out)
			time.Sleep(400 * time.Millisecond)
		}
	}

	studyOne()
	st, err := store.OpenDir(progress, store.Options{})
	require.NoError(t, err)
	require.Empty(t, st.Notices())
	require.Len(t, st.Progress().Log(), 1, "the answer was saved before the app was killed")
	first := st.Progress().Log()[0].Card

	studyOne()
	st, err = store.OpenDir(progress, store.Options{})
	require.NoError(t, err)
	log := st.Progress().Log()
	require.Len(t, log, 2, "the reopened app kept the first answer and added one")
	assert.Equal(t, first, log[0].Card)
	assert.NotEqual(t, first, log[1].Card, "the first card was in its learning step, so another came first")
}
