package game

import "factdeck/game/scene"

// #/match plays Match on the deck last opened, over its screen.
func init() {
	RegisterRoute(Route{
		Name:  "match",
		Shows: is[*scene.MatchGame],
		Open:  func(g *Game) bool { return g.startOnDeck("M") },
	})
}
