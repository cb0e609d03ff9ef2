package game

import "github.com/hajimehoshi/ebiten/v2"

// Run opens the window (or the browser canvas) and runs g until it quits.
func Run(g *Game) error {
	ebiten.SetWindowTitle("factdeck")
	ebiten.SetWindowSize(1024, 720)
	ebiten.SetWindowSizeLimits(360, 480, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	// The screen is redrawn only when dirty; keep the last frame otherwise.
	ebiten.SetScreenClearedEveryFrame(false)
	return ebiten.RunGame(g)
}
