package game_test

import (
	"errors"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestMain runs the tests inside Ebitengine's first Update, so that the
// frame tests can draw. It needs a display: run under xvfb-run on Linux.
func TestMain(m *testing.M) {
	code := 0
	r := &testRunner{run: func() { code = m.Run() }}
	ebiten.SetWindowSize(320, 240)
	if err := ebiten.RunGame(r); err != nil && !errors.Is(err, ebiten.Termination) {
		panic(err)
	}
	os.Exit(code)
}

type testRunner struct{ run func() }

func (r *testRunner) Update() error {
	r.run()
	return ebiten.Termination
}

func (r *testRunner) Draw(*ebiten.Image)         {}
func (r *testRunner) Layout(int, int) (w, h int) { return 320, 240 }
