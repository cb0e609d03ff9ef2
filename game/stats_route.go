package game

import "factdeck/game/scene"

// #/stats shows the statistics of the deck last opened, over its screen.
func init() {
	RegisterRoute(Route{
		Name:  "stats",
		Shows: is[*scene.Stats],
		Open:  func(g *Game) bool { return g.startOnDeck("T") },
	})
}
