//go:build !js

package cli

import (
	"fmt"
	"os"
	"strings"

	"factdeck/cards/safefile"
)

// init runs the windowless commands before Ebitengine starts: its desktop
// package initialises GLFW in an init function and panics without an X
// display, and a command such as -export must work over SSH. Go
// initialises packages in the order of their import paths wherever their
// imports allow (the language spec, since Go 1.21), and this package and
// what it imports sort before github.com/hajimehoshi/ebiten or are
// imported by it too, so this init runs first. TestWindowlessFlags runs
// the built app without a display to keep that true.
func init() {
	if isTest(os.Args[1:]) {
		return
	}
	// A signal ends the app, window or not, without leaving a temporary
	// file of a save.
	safefile.CleanUpOnSignal()
	if code, done := Main(os.Args[1:], os.Stdout, os.Stderr); done {
		os.Exit(code)
	}
	if msg := missingDisplay(); msg != "" {
		fmt.Fprintln(os.Stderr, msg)
		os.Exit(1)
	}
}

// isTest reports whether this is a go test binary (whose flags are
// go test's), which must run its tests instead.
func isTest(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(a, "-test.") {
			return true
		}
	}
	return false
}
