//go:build !js

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

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
