// Package game is the factdeck app on Ebitengine: a stack of scenes fed with
// input actions once per tick.
package game

import (
	"errors"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// Game implements ebiten.Game.
type Game struct {
	stack  []scene.Scene
	ctx    scene.Context
	poller input.Poller
	// dirty is set when something on screen may have changed; a still
	// screen is not redrawn, which saves battery on laptops and phones.
	dirty bool
	ticks int
}

// UseProgress makes the app study with the student's saved progress: what
// is due comes from it, and save is called with it after every answer.
func (g *Game) UseProgress(p *study.Progress, save func(*study.Progress) error) {
	g.ctx.Progress, g.ctx.Save = p, save
	g.dirty = true
}

// Notify shows msg on the deck screen (a damaged progress file moved
// aside, storage that is not available).
func (g *Game) Notify(msg string) {
	if g.ctx.Notice != "" {
		msg = g.ctx.Notice + "\n" + msg
	}
	g.ctx.Notice = msg
	g.dirty = true
}

// SetClock replaces the clock (tests).
func (g *Game) SetClock(now func() time.Time) { g.ctx.Now = now }

// New opens the app on the deck screen for d.
func New(d *deck.Deck, fonts *ui.Fonts) (*Game, error) {
	if d == nil || fonts == nil {
		return nil, errors.New("game: a deck and fonts are required")
	}
	return &Game{stack: []scene.Scene{scene.NewDeck(d)}, ctx: scene.Context{Fonts: fonts}, dirty: true}, nil
}

// Update polls input and lets the top scene act on it.
func (g *Game) Update() error {
	actions := g.poller.Poll()
	g.ticks++
	// Redraw on input, and once a second for what changes with time (a
	// countdown to the next learning card, a text field's caret).
	if len(actions) > 0 || g.ticks%ebiten.TPS() == 0 {
		g.dirty = true
	}
	return g.Step(actions)
}

// Step runs one tick of the top scene with the given actions. Tests drive
// the game through it without real input.
func (g *Game) Step(actions []input.Action) error {
	if len(g.stack) == 0 {
		return ebiten.Termination
	}
	t := g.top().Update(&g.ctx, actions)
	switch t.Op {
	case scene.Push:
		g.stack = append(g.stack, t.Scene)
	case scene.Pop:
		g.stack = g.stack[:len(g.stack)-1]
	case scene.Replace:
		g.stack[len(g.stack)-1] = t.Scene
	}
	if t.Op != scene.Stay {
		g.dirty = true
	}
	if len(g.stack) == 0 {
		return ebiten.Termination
	}
	return nil
}

// Status says what the screen shows (see scene.Status).
//
// On the deck screen the text starts with the notice shown there, so a
// screen reader says what the student sees first: their progress is not
// being saved, or was restored.
func (g *Game) Status() scene.Status {
	if len(g.stack) == 0 {
		return scene.Status{}
	}
	st := g.top().Status()
	if _, ok := g.top().(*scene.Deck); ok && g.ctx.Notice != "" {
		st.Text = g.ctx.Notice + "\n" + st.Text
	}
	return st
}

// Top returns the scene on show.
func (g *Game) Top() scene.Scene { return g.top() }

func (g *Game) top() scene.Scene { return g.stack[len(g.stack)-1] }

// Draw redraws the screen when something changed.
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.dirty || len(g.stack) == 0 {
		return
	}
	g.top().Draw(screen, &g.ctx)
	g.dirty = false
}

// Layout (and LayoutF, which Ebitengine prefers) uses the real pixel size of the window or canvas, so text stays
// sharp on high-density screens, and follows every resize.
func (g *Game) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := g.LayoutF(float64(outsideWidth), float64(outsideHeight))
	return int(w), int(h)
}

// LayoutF is the floating-point form of Layout.
func (g *Game) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	s := ebiten.Monitor().DeviceScaleFactor()
	w, h := outsideWidth*s, outsideHeight*s
	if s != g.ctx.Scale {
		g.ctx.Scale = s
		g.dirty = true
	}
	g.Resize(w, h)
	return w, h
}

// Resize sets the screen size the scenes lay out for.
func (g *Game) Resize(w, h float64) {
	if w != g.ctx.W || h != g.ctx.H {
		g.ctx.W, g.ctx.H = w, h
		g.dirty = true
	}
}
