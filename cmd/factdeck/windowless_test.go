//go:build !js

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/srs"
	"factdeck/cards/store"
)

// buildApp builds the app into a temporary folder, for tests that run
// it without a display.
func buildApp(t *testing.T) (bin, dir string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the desktop app")
	}
	dir = t.TempDir()
	bin = filepath.Join(dir, "factdeck")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "build: %s", out)
	return bin, dir
}

// headless runs the app with no X or Wayland display and returns its
// output and exit status.
func headless(t *testing.T, bin string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") && !strings.HasPrefix(kv, "WAYLAND_DISPLAY=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	out, err := cmd.CombinedOutput()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else {
		require.NoError(t, err)
	}
	assert.NotContains(t, string(out), "panic", "factdeck %s", args)
	assert.NotContains(t, string(out), "GLFW", "factdeck %s", args)
	return string(out), code
}

// TestWindowlessFlags runs -h, -export, -import, -backups, -restore and
// -check of the built app without a display, as over SSH: each works and
// none starts Ebitengine, whose GLFW would panic.
func TestWindowlessFlags(t *testing.T) {
	bin, dir := buildApp(t)
	progress := filepath.Join(dir, "progress")
	st, err := store.OpenDir(progress, store.Options{})
	require.NoError(t, err)
	for i := range 3 {
		_, err = st.Progress().Grade("mine", srs.Good, time.Now().Add(time.Duration(i)*time.Hour), time.Second)
		require.NoError(t, err)
		require.NoError(t, st.Save())
	}
	require.NoError(t, st.Close())

	out, code := headless(t, bin, "-h")
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "-check")

	out, code = headless(t, bin, "-no-such-flag")
	assert.Equal(t, 2, code, out)
	assert.Contains(t, out, "-no-such-flag")

	out, code = headless(t, bin, "-progress", progress)
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "no display", "a window without a display says why instead of a panic")

	file := filepath.Join(dir, "mine.json")
	out, code = headless(t, bin, "-progress", progress, "-export", file)
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "answers: 3")

	// Import another student's progress twice: both earlier states stay
	// in the history, and the first can be restored by its number.
	other := filepath.Join(dir, "other")
	st, err = store.OpenDir(other, store.Options{})
	require.NoError(t, err)
	_, err = st.Progress().Grade("theirs", srs.Easy, time.Now(), time.Second)
	require.NoError(t, err)
	require.NoError(t, st.Save())
	require.NoError(t, st.Close())
	theirs := filepath.Join(dir, "theirs.json")
	out, code = headless(t, bin, "-progress", other, "-export", theirs)
	require.Equal(t, 0, code, out)
	for range 2 {
		out, code = headless(t, bin, "-progress", progress, "-import", theirs)
		require.Equal(t, 0, code, out)
		assert.Contains(t, out, "answers: 1")
	}
	out, code = headless(t, bin, "-progress", progress, "-backups")
	require.Equal(t, 0, code, out)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, out)
	assert.Contains(t, lines[1], "made before an import, 3 answers", "the second is the older one")
	assert.Contains(t, lines[0], "1 answers")
	out, code = headless(t, bin, "-progress", progress, "-restore", "2")
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "answers: 3")
	out, code = headless(t, bin, "-progress", progress, "-restore", "9")
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "there are 3 backups")

	out, code = headless(t, bin, "-progress", progress, "-check")
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "progress: 3 answers; 0 problems")
	assert.Contains(t, out, "built-in deck")

	// Damage: -check names the file and what is wrong, and fails.
	require.NoError(t, os.WriteFile(filepath.Join(progress, store.FileName), []byte("{\"format\": \"factdeck/progress\",\n oops"), 0o644))
	deckFile := filepath.Join(dir, "deck.json")
	require.NoError(t, os.WriteFile(deckFile, []byte("{\"format\": \"factdeck/v1\", \"cards\": 7}"), 0o644))
	out, code = headless(t, bin, "-progress", progress, "-deck", deckFile, "-check")
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "problem: "+filepath.Join(progress, store.FileName)+": not a progress file: line 2")
	assert.Contains(t, out, "problem: deck "+deckFile)
	assert.Contains(t, out, "factdeck: check found problems (2)")
}
