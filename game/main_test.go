package game_test

import (
	"testing"

	"factdeck/game/internal/ebitentest"
)

// TestMain runs the tests where they can draw (under xvfb-run on Linux).
func TestMain(m *testing.M) { ebitentest.Main(m) }
