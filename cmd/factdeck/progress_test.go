//go:build !js

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

	// studyOne starts the app, answers one card and kills the app. Enter
	// starts studying, flips, then grades Good, so it is pressed until the
	// progress folder changes: a key sent before the window takes input is
	// lost, and a fixed sleep would make the test depend on the machine's load.
	studyOne := func() {
		app := exec.Command(bin, "-progress", progress)
		app.Stderr = os.Stderr
		require.NoError(t, app.Start())
		defer func() {
			_ = app.Process.Kill()
			_ = app.Wait()
		}()
		window := appWindow(t, app)
		before := folderState(t, progress)
		for range 20 {
			pressKey(t, window, "Return")
			time.Sleep(500 * time.Millisecond)
			if folderState(t, progress) != before {
				return
			}
		}
		t.Fatal("no answer was saved after 20 presses of Enter")
	}

	studyOne()
	st, err := store.OpenDir(progress, store.Options{})
	require.NoError(t, err)
	require.Empty(t, st.Notices())
	require.Len(t, st.Progress().Log(), 1, "the answer was saved before the app was killed")
	first := st.Progress().Log()[0].Card
	require.NoError(t, st.Close(), "release the folder for the app")

	studyOne()
	st, err = store.OpenDir(progress, store.Options{})
	require.NoError(t, err)
	defer st.Close()
	log := st.Progress().Log()
	require.Len(t, log, 2, "the reopened app kept the first answer and added one")
	assert.Equal(t, first, log[0].Card)
	assert.NotEqual(t, first, log[1].Card, "the first card was in its learning step, so another came first")
}

// TestSecondWindowSavesNothing starts the app twice on one progress
// folder: the second says the folder is in use and leaves it alone.
func TestSecondWindowSavesNothing(t *testing.T) {
	bin, dir := buildDesktopApp(t, "xdotool")
	progress := filepath.Join(dir, "progress")
	// start runs the app with its stderr in a file, which the app writes
	// directly, so the test can read it at any time.
	start := func(name string) (stderr string, app *exec.Cmd) {
		stderr = filepath.Join(dir, name+".stderr")
		f, err := os.Create(stderr)
		require.NoError(t, err)
		defer f.Close()
		app = exec.Command(bin, "-progress", progress)
		app.Stderr = f
		require.NoError(t, app.Start())
		t.Cleanup(func() {
			_ = app.Process.Kill()
			_ = app.Wait()
		})
		return stderr, app
	}
	read := func(path string) string {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		return string(data)
	}
	firstErr, first := start("first")
	appWindow(t, first)
	before := folderState(t, progress)

	secondErr, _ := start("second")
	// The app prints its notices once it has opened the folder, before its
	// window appears.
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(read(secondErr), "in use by another factdeck") && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	assert.Contains(t, read(secondErr), "in use by another factdeck")
	assert.NotContains(t, read(firstErr), "in use")
	assert.Equal(t, before, folderState(t, progress), "the second app wrote nothing")
}

// folderState summarizes the files of dir (names, sizes, times), to see
// when the app has saved.
func folderState(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return ""
	}
	require.NoError(t, err)
	var b strings.Builder
	for _, e := range entries {
		info, err := e.Info()
		require.NoError(t, err)
		fmt.Fprintf(&b, "%s %d %d\n", e.Name(), info.Size(), info.ModTime().UnixNano())
	}
	return b.String()
}
