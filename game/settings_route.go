package game

import "factdeck/game/scene"

// #/settings opens the settings over the home screen: they are the
// student's, whichever deck is open.
func init() {
	RegisterRoute(Route{
		Name:  "settings",
		Shows: is[*scene.Settings],
		Open: func(g *Game) bool {
			g.push(scene.NewSettings())
			return true
		},
	})
}
