// Package game is the factdeck app on Ebitengine: a stack of scenes fed with
// input actions once per tick.
package game

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
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
	// replace applies what Import hands over (see UseProgressFile); the
	// file waits in imported until then.
	replace  func([]byte) (*study.Progress, error)
	importMu sync.Mutex
	imported *imported
}

// UseProgress makes the app study with the student's saved progress: what
// is due comes from it, and s saves it after every answer.
func (g *Game) UseProgress(p *study.Progress, s scene.Saver) {
	g.ctx.Progress, g.ctx.Saver = p, s
	g.dirty = true
}

// ProgressFile moves the student's progress in and out of the app as a
// file of theirs (in the browser: a download, and a file chooser).
type ProgressFile struct {
	// Export saves the progress as a file and returns the file's name.
	Export func() (name string, err error)
	// Choose asks the student for a file; its content is then handed to
	// Game.Import. A cancelled choice hands nothing.
	Choose func()
	// Replace checks data whole and, if it is a good progress file, makes
	// it the saved progress and returns it; on error nothing changes.
	Replace func(data []byte) (*study.Progress, error)
}

// UseProgressFile offers export and import of the progress on the deck
// screen.
func (g *Game) UseProgressFile(f ProgressFile) {
	g.replace = f.Replace
	g.ctx.ExportProgress, g.ctx.ImportProgress = f.Export, f.Choose
	g.dirty = true
}

// imported is a chosen file's name and content, or why it could not be
// read.
type imported struct {
	name string
	data []byte
	err  error
}

// Import hands the game the file the student chose to import (its name
// and content), or the error reading it. It may be called from any
// goroutine (the browser reads files asynchronously); the game applies it
// on a tick of its own, when the deck screen is on show, so no session
// studies on while its progress is swapped out. A file chosen before the
// last one was applied replaces it.
func (g *Game) Import(name string, data []byte, err error) {
	g.importMu.Lock()
	defer g.importMu.Unlock()
	g.imported = &imported{name, data, err}
}

// applyImport replaces the progress with a file that has arrived, and says
// how it went on the deck screen.
func (g *Game) applyImport() {
	if _, onDeck := g.top().(*scene.Deck); !onDeck || g.replace == nil {
		return
	}
	g.importMu.Lock()
	in := g.imported
	g.imported = nil
	g.importMu.Unlock()
	if in == nil {
		return
	}
	g.dirty = true
	if in.err == nil {
		var p *study.Progress
		if p, in.err = g.replace(in.data); in.err == nil {
			g.ctx.Progress = p
			g.ctx.Notice = fmt.Sprintf(locale.NoticeImported, len(p.Log()))
			return
		}
	}
	// The error names the file and what is wrong in it; a store notice
	// (another tab owns the progress) is said in the student's language.
	g.ctx.Notice = fmt.Sprintf("%s: %s: %s", locale.ImportFailed, in.name, scene.NoticeText(in.err))
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
	g.applyImport()
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
	if _, ok := g.top().(*scene.Deck); ok {
		if g.ctx.ExportProgress != nil {
			st.Text += locale.BackupKeys
		}
		if g.ctx.Notice != "" {
			st.Text = g.ctx.Notice + "\n" + st.Text
		}
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
