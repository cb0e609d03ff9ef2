package game

import (
	"slices"

	"factdeck/game/input"
	"factdeck/game/scene"
)

// Route is a screen that a deep link (#/name in the browser) opens. The
// screens of later issues (#/settings, #/stats…) add theirs with
// RegisterRoute where their scene is made.
type Route struct {
	// Name is the link's name: #/Name.
	Name string
	// Shows reports whether s is this route's screen.
	Shows func(s scene.Scene) bool
	// Open shows the route's screen over the home screen (the only one
	// on the stack when it is called). It returns false when the screen
	// cannot open now (no quiz has results); the home screen stays.
	Open func(g *Game) bool
}

// routes are the deep links, in the order they are looked up.
var routes = []Route{
	{Name: "home", Shows: is[*scene.DeckList], Open: func(*Game) bool { return true }},
	{Name: "deck", Shows: is[*scene.Deck], Open: func(g *Game) bool { return g.openCurrent() != nil }},
	{Name: "study", Shows: is[*scene.Study], Open: func(g *Game) bool { return g.startOnDeck(input.Enter) }},
	{Name: "quiz", Shows: func(s scene.Scene) bool { q, ok := s.(*scene.Quiz); return ok && !q.Finished() },
		Open: func(g *Game) bool { return g.startOnDeck("Q") }},
	{Name: "results", Shows: finishedQuiz, Open: (*Game).reopenResults},
}

// is reports whether s is a T.
func is[T scene.Scene](s scene.Scene) bool {
	_, ok := s.(T)
	return ok
}

// finishedQuiz reports whether s is a quiz showing its results.
func finishedQuiz(s scene.Scene) bool {
	q, ok := s.(*scene.Quiz)
	return ok && q.Finished()
}

// RegisterRoute adds r to the deep links, or replaces the route of the
// same name.
func RegisterRoute(r Route) {
	if i := slices.IndexFunc(routes, func(o Route) bool { return o.Name == r.Name }); i >= 0 {
		routes[i] = r
		return
	}
	routes = append(routes, r)
}

// routeOf is the route a scene shows, or "" for one that has none of its
// own (a question drawn over another screen).
func routeOf(s scene.Scene) string {
	for _, r := range routes {
		if r.Shows(s) {
			return r.Name
		}
	}
	return ""
}

// RoutePath is the routes of the screens on the stack, from the home
// screen up: what the browser's history holds, one entry a screen.
func (g *Game) RoutePath() []string {
	var path []string
	for _, s := range g.stack {
		if r := routeOf(s); r != "" && (len(path) == 0 || path[len(path)-1] != r) {
			path = append(path, r)
		}
	}
	return path
}

// Route is the route of the screen on show ("" with none).
func (g *Game) Route() string {
	path := g.RoutePath()
	if len(path) == 0 {
		return ""
	}
	return path[len(path)-1]
}

// Navigate shows route name, as a deep link or the browser's back and
// forward buttons ask. The screen just below the one on show is reached
// as its back button would (a quiz with a typed answer asks first);
// another screen on the stack by closing those above it; any other
// route from the home screen. An unknown name, or a route that cannot
// open now, leaves the home screen on show.
func (g *Game) Navigate(name string) {
	path := g.RoutePath()
	if len(path) > 0 && path[len(path)-1] == name {
		return
	}
	if len(path) > 1 && path[len(path)-2] == name {
		_ = g.Step([]input.Action{input.Press(input.Escape)})
		return
	}
	if i := slices.Index(path, name); i >= 0 {
		for g.Route() != name && len(g.stack) > 1 {
			g.pop()
		}
		g.resume()
		g.dirty = true
		return
	}
	g.apply(scene.Transition{Op: scene.Home})
	g.dirty = true
	for _, r := range routes {
		if r.Name == name {
			r.Open(g)
			break
		}
	}
	// The scene now on show lays itself out for the next Draw.
	_ = g.Step(nil)
}

// openCurrent shows the deck last opened over the home screen.
func (g *Game) openCurrent() *scene.Deck {
	if g.ctx.Shelf == nil {
		return nil
	}
	d, err := scene.OpenDeck(&g.ctx, g.ctx.Shelf.Library().Current())
	if err != nil {
		g.ctx.Notices.Set(scene.NoticeTextIn(g.ctx.Lang, err))
		return nil
	}
	g.push(d)
	return d
}

// startOnDeck opens the current deck's screen and presses key on it:
// Enter studies, Q starts a quiz.
func (g *Game) startOnDeck(key string) bool {
	d := g.openCurrent()
	if d == nil {
		return false
	}
	t := d.Update(&g.ctx, []input.Action{input.Press(key)})
	if t.Op == scene.Stay {
		return false
	}
	g.apply(t)
	return true
}

// reopenResults shows the last finished quiz's results again (after the
// student went back from them), over its deck's screen.
func (g *Game) reopenResults() bool {
	if g.results == nil || g.openCurrent() == nil {
		return false
	}
	g.push(g.results)
	return true
}

// noteResults keeps the quiz whose results are on show, for #/results.
func (g *Game) noteResults() {
	if len(g.stack) > 0 && finishedQuiz(g.top()) {
		g.results = g.top()
	}
}
