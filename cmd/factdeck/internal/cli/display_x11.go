//go:build (linux || freebsd || netbsd || openbsd) && !android

package cli

import "os"

// missingDisplay says why a window cannot open when there is no X or
// Wayland display, rather than let GLFW panic at start.
func missingDisplay() string {
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return "factdeck: no display to open a window on (DISPLAY is not set); -export, -import, -backups, -restore and -check work without one (see -h)"
	}
	return ""
}
