package game

import "factdeck/game/scene"

// #/browse lists the cards of the deck last opened, over its screen.
func init() {
	RegisterRoute(Route{
		Name:  "browse",
		Shows: is[*scene.Browse],
		Open:  func(g *Game) bool { return g.startOnDeck("B") },
	})
}
