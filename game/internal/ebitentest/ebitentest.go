// Package ebitentest runs a package's tests inside Ebitengine's first
// Update, as Ebitengine's own tests do, so that they can draw images and
// read them back. It needs a display: run the tests under xvfb-run on
// Linux.
package ebitentest

import (
	"errors"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Main runs m's tests in a 320×240 window's first Update and exits with
// their code. Call it from TestMain.
func Main(m *testing.M) {
	code := 0
	ebiten.SetWindowSize(320, 240)
	err := ebiten.RunGame(onFirstUpdate(func() { code = m.Run() }))
	if err != nil && !errors.Is(err, ebiten.Termination) {
		panic(err)
	}
	os.Exit(code)
}

// onFirstUpdate is a game that runs f in its first Update and ends.
type onFirstUpdate func()

func (f onFirstUpdate) Update() error {
	f()
	return ebiten.Termination
}

func (onFirstUpdate) Draw(*ebiten.Image)         {}
func (onFirstUpdate) Layout(int, int) (w, h int) { return 320, 240 }
