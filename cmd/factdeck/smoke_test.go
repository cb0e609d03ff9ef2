//go:build !js

package main

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDesktopSmoke builds the app, runs it in the X display (Xvfb under
// make test) for a few seconds, takes a screenshot of the screen with xwd
// and checks that the app drew something: many colours, mostly the app's
// background. The PNG is kept in $FACTDECK_ARTIFACTS (or the test's temp
// folder) for a person to look at.
func TestDesktopSmoke(t *testing.T) {
	bin, dir := buildDesktopApp(t, "xwd", "convert", "xdotool")
	// A progress folder of its own keeps the test off the user's progress.
	app := exec.Command(bin, "-progress", filepath.Join(dir, "progress"))
	app.Stderr = os.Stderr
	require.NoError(t, app.Start())
	defer func() {
		_ = app.Process.Kill()
		_ = app.Wait()
	}()
	appWindow(t, app)

	artifacts := os.Getenv("FACTDECK_ARTIFACTS")
	if artifacts == "" {
		artifacts = dir
	}
	require.NoError(t, os.MkdirAll(artifacts, 0o755))
	shot := filepath.Join(artifacts, "desktop.png")
	// The first frames may come a little after the window: look again for
	// a few seconds rather than guess how long a loaded machine needs.
	var colors int
	var background float64
	for try := 0; try < 10; try++ {
		time.Sleep(time.Second)
		require.NoError(t, app.Process.Signal(syscall.Signal(0)), "the app is still running")
		screenshot(t, dir, shot)
		if colors, background = census(decodePNG(t, shot)); colors > 20 && background > 0.05 {
			break
		}
	}
	t.Logf("screenshot: %s", shot)
	assert.Greater(t, colors, 20, "the screen shows more than a blank fill")
	assert.Greater(t, background, 0.05, "the app's background colour covers part of the screen")
}

// screenshot saves the whole X screen as a PNG at path.
func screenshot(t *testing.T, dir, path string) {
	t.Helper()
	xwd := filepath.Join(dir, "screen.xwd")
	out, err := exec.Command("xwd", "-root", "-silent", "-out", xwd).CombinedOutput()
	require.NoError(t, err, "xwd: %s", out)
	out, err = exec.Command("convert", xwd, path).CombinedOutput()
	require.NoError(t, err, "convert: %s", out)
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	return img
}

// census counts distinct colours and the share of pixels in the app's
// background colour (ui.Background, #1e2433).
func census(img image.Image) (colors int, background float64) {
	seen := map[[3]uint32]bool{}
	bg, total := 0, 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]uint32{r >> 8, g >> 8, bl >> 8}
			seen[c] = true
			if c == [3]uint32{0x1e, 0x24, 0x33} {
				bg++
			}
			total++
		}
	}
	return len(seen), float64(bg) / float64(total)
}
