//go:build !js

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// buildDesktopApp builds the app for a test that runs it in the X display
// (Xvfb under make test), after checking the display and the given tools
// are there. It returns the binary and a temporary folder for the run.
func buildDesktopApp(t *testing.T, tools ...string) (bin, dir string) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts the desktop app")
	}
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no X display: run under xvfb-run (make test does)")
	}
	for _, tool := range tools {
		_, err := exec.LookPath(tool)
		require.NoError(t, err, "%s is needed (make deps installs it)", tool)
	}
	dir = t.TempDir()
	bin = filepath.Join(dir, "factdeck")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "build: %s", out)
	return bin, dir
}

// windowTimeout bounds the wait for the app's window on a loaded machine.
const windowTimeout = time.Minute

// appWindow waits for the visible window of the app process and returns
// its X window id. The search is by process id, not by title: a window of
// an app killed just before may still be on the display for a moment, and
// addressing it fails with BadWindow.
func appWindow(t *testing.T, app *exec.Cmd) string {
	t.Helper()
	pid := strconv.Itoa(app.Process.Pid)
	// --sync waits without end; an app that dies before its window would
	// otherwise hold the test until go test's own timeout.
	ctx, cancel := context.WithTimeout(context.Background(), windowTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "xdotool", "search", "--sync", "--onlyvisible", "--pid", pid).CombinedOutput()
	require.NoError(t, err, "the window of process %s appears within %s: %s", pid, windowTimeout, out)
	ids := strings.Fields(string(out))
	require.NotEmpty(t, ids, "xdotool found no window of process %s", pid)
	return ids[len(ids)-1]
}

// pressKey focuses the window and sends it a key press.
func pressKey(t *testing.T, window, key string) {
	t.Helper()
	out, err := exec.Command("xdotool", "windowfocus", "--sync", window, "key", key).CombinedOutput()
	require.NoError(t, err, "xdotool key %s: %s", key, out)
}
