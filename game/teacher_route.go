package game

import "factdeck/game/scene"

// #/teacher makes a quiz of the deck last opened, over its screen.
func init() {
	RegisterRoute(Route{
		Name:  "teacher",
		Shows: is[*scene.Teacher],
		Open:  func(g *Game) bool { return g.startOnDeck("P") },
	})
}
