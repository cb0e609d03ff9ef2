// Package game is the factdeck app on Ebitengine: a stack of scenes fed with
// input actions once per tick.
package game

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/scene"
	"factdeck/game/sound"
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
	// notices is the band of notices over the top of the screen, laid
	// out for noticesFor; scenes start below it (Context.Top).
	notices     []ui.Paragraph
	noticesRect ui.Rect
	noticesFor  noticesKey
	relayout    bool
	// replace applies what Import hands over (see UseProgressFile); the
	// file waits in imported until then.
	replace  func([]byte) (*study.Progress, error)
	importMu sync.Mutex
	imported *imported
	// display is how the app looks and speaks, as last applied from the
	// settings (see syncDisplay); defaultLang is the device's language.
	display     appliedDisplay
	defaultLang locale.Lang
	// deckFiles are deck files chosen to add to the shelf (see ImportDeck).
	deckFiles deckFiles
	// results is the last quiz whose results were on show (#/results).
	results scene.Scene
	// sounds plays the scenes' cues (see useSound).
	sounds *sound.Player
}

// UseProgress makes the app study with the student's saved progress: what
// is due comes from it, and s saves it after every answer.
func (g *Game) UseProgress(p *study.Progress, s scene.Saver) {
	g.ctx.Progress, g.ctx.Saver = p, s
	g.syncDisplay() // the progress keeps the student's settings
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
// how it went.
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
			// An imported file into the built-in deck brings its settings;
			// another deck's schedules with the student's.
			g.ctx.UseSettings(p)
			g.ctx.Notices.Set(fmt.Sprintf(locale.In(g.ctx.Lang, locale.NoticeImported), len(p.Log())))
			if r, ok := g.top().(scene.Resumer); ok {
				r.Resume(&g.ctx) // its counts were the old progress's
			}
			return
		}
	}
	// The error names the file and what is wrong in it; a store notice
	// (another tab owns the progress) is said in the student's language.
	g.ctx.Notices.Set(fmt.Sprintf("%s: %s: %s", locale.In(g.ctx.Lang, locale.ImportFailed), in.name, scene.NoticeTextIn(g.ctx.Lang, in.err)))
}

// Notify shows msg over the screen until the student moves on to another
// (a damaged progress file moved aside, storage that is not available).
func (g *Game) Notify(msg string) {
	g.ctx.Notices.Add(msg)
	g.dirty = true
}

// SetClock replaces the clock (tests).
func (g *Game) SetClock(now func() time.Time) { g.ctx.Now = now }

// New opens the app on the deck screen for d.
func New(d *deck.Deck, fonts *ui.Fonts) (*Game, error) {
	if d == nil || fonts == nil {
		return nil, errors.New("game: a deck and fonts are required")
	}
	g := &Game{ctx: scene.Context{Fonts: fonts}, dirty: true}
	g.useSound()
	g.push(scene.NewDeck(d))
	return g, nil
}

// useSound gives the scenes the app's sound effects. The settings are
// read at each cue, not kept: wherever sound is turned off (the settings
// screen, an imported progress), the next cue is silent.
func (g *Game) useSound() {
	g.sounds = sound.NewPlayer(func() bool { return g.ctx.Settings().Display.Sound })
	g.ctx.Play = g.sounds.Play
}

// Update polls input and lets the top scene act on it.
func (g *Game) Update() error {
	actions := g.poller.Poll()
	g.ctx.Keyboard = g.poller.Keyboard()
	return g.Tick(actions)
}

// Tick runs one tick of the game loop with actions as if polled: the
// step, and the redraw that input asks for. Benchmarks time frames of
// input through it.
func (g *Game) Tick(actions []input.Action) error {
	g.ticks++
	err := g.Step(actions)
	// Redraw on input, and once a second for what changes with time (a
	// countdown to the next learning card, a text field's caret). Marked
	// after the step: a redraw alone is no change for the scene to lay
	// out (see Step).
	if len(actions) > 0 || g.ticks%ebiten.TPS() == 0 {
		g.dirty = true
	}
	return err
}

// Step runs one tick of the top scene with the given actions. Tests drive
// the game through it without real input.
func (g *Game) Step(actions []input.Action) error {
	if len(g.stack) == 0 {
		return ebiten.Termination
	}
	if g.relayout {
		g.dirty, g.relayout = true, false
	}
	g.applyImport()
	g.applyDeckFiles()
	g.syncDisplay()
	g.sounds.Prepare()
	g.ctx.RunLater()
	if g.layoutNotices() {
		// A notice came or went between ticks (a background export
		// done): the screen is drawn and published again with it.
		g.dirty = true
	}
	// Whatever made the screen dirty since it was last drawn (a file
	// that arrived, a notice, a setting, a resize) may change what the
	// scene shows: it lays itself out again.
	if g.dirty {
		g.ctx.Epoch++
	}
	// A motion that ends in this Update leaves its resting frame to draw.
	moving := g.moving()
	t := g.top().Update(&g.ctx, actions)
	if t.Op != scene.Stay {
		g.apply(t)
		g.dirty = true
		g.ctx.Epoch++
		if len(g.stack) == 0 {
			return ebiten.Termination
		}
		// The scene now on show has not had this tick: it lays itself out
		// for this frame's Draw.
		g.layoutNotices()
		g.top().Update(&g.ctx, nil)
	}
	if g.syncDisplay() {
		// A setting changed this tick: the scene lays itself out in it
		// now, so what is drawn and published agree with the settings.
		g.ctx.Epoch++
		g.layoutNotices()
		g.top().Update(&g.ctx, nil)
	}
	if g.layoutNotices() {
		// The scene laid out below the old band; the next tick lays it
		// out below the new one, and that must be drawn too.
		g.relayout = true
	}
	if moving || g.moving() {
		g.dirty = true // every frame of a motion is drawn, and the last
	}
	g.noteResults()
	return nil
}

// moving reports whether the scene on show is in motion.
func (g *Game) moving() bool {
	a, ok := g.top().(scene.Animator)
	return ok && a.Animating()
}

// apply changes the scene stack as t asks, telling the scenes concerned.
// Moving on to a new screen clears the notices: they were read.
func (g *Game) apply(t scene.Transition) {
	switch t.Op {
	case scene.Push:
		g.ctx.Notices.Clear()
		g.push(t.Scene)
	case scene.Pop:
		g.pop()
		if len(g.stack) > 0 {
			g.resume()
		}
	case scene.Replace:
		g.pop()
		g.push(t.Scene)
	case scene.Home:
		for len(g.stack) > 1 {
			g.pop()
		}
		g.resume()
	}
}

func (g *Game) push(s scene.Scene) {
	g.stack = append(g.stack, s)
	if e, ok := s.(scene.Enterer); ok {
		e.Enter(&g.ctx)
	}
}

func (g *Game) pop() {
	if l, ok := g.top().(scene.Leaver); ok {
		l.Leave(&g.ctx)
	}
	g.stack = g.stack[:len(g.stack)-1]
}

func (g *Game) resume() {
	if r, ok := g.top().(scene.Resumer); ok {
		r.Resume(&g.ctx)
	}
}

// layoutNotices lays the notices out as a band across the top of the
// screen and tells the scenes where their content starts. It reports
// whether the band changed.
func (g *Game) layoutNotices() bool {
	key := noticesKey{g.ctx.Notices.Rev(), g.ctx.W, g.ctx.H, g.ctx.Scale, g.ctx.TextScale, true}
	if key == g.noticesFor {
		return false
	}
	g.noticesFor = key
	g.notices = g.notices[:0]
	g.noticesRect, g.ctx.Top = ui.Rect{}, 0
	if g.ctx.Notices.Empty() {
		return true
	}
	text := g.ctx.Notices.Text()
	u, m := g.ctx.Unit(), g.ctx.Margin()
	w := min(g.ctx.W-2*m, u*40)
	x := (g.ctx.W - w) / 2
	size := u * 0.8
	h := m * 0.5
	for _, line := range strings.Split(text, "\n") {
		p := ui.Paragraph{Text: locale.ConflictMark + line, Face: g.ctx.Fonts.Face(size, false), Size: size, Color: ui.NoticeInk}
		g.notices = append(g.notices, p)
		h += g.ctx.Wrap.Height(p, w)
	}
	g.noticesRect = ui.Rect{X: x - m*0.5, Y: m * 0.5, W: w + m, H: h}
	g.ctx.Top = g.noticesRect.Y + g.noticesRect.H
	return true
}

// noticesKey is what the notices' band was laid out for.
type noticesKey struct {
	rev               int
	w, h, scale, text float64
	// laidOut is false only in the zero key, before the first layout.
	laidOut bool
}

// Status says what the screen shows (see scene.Status), starting with the
// notices, so a screen reader says first what the student must know:
// their progress is not being saved, or was restored.
func (g *Game) Status() scene.Status {
	if len(g.stack) == 0 {
		return scene.Status{}
	}
	st := g.top().Status()
	st.Keyboard = g.ctx.Keyboard
	st.Lang = g.ctx.Lang.Code()
	st.Moving = g.moving()
	st.Sounds = g.sounds.Played()
	if !g.ctx.Notices.Empty() {
		st.Text = g.ctx.Notices.Text() + "\n" + st.Text
	}
	return st
}

// Layouts counts the layouts of screens so far. Status and RoutePath
// change only when it does, so the browser publishes them only then and
// a tick on which nothing happens allocates nothing.
func (g *Game) Layouts() uint64 { return g.ctx.Layouts }

// Top returns the scene on show.
func (g *Game) Top() scene.Scene { return g.top() }

func (g *Game) top() scene.Scene { return g.stack[len(g.stack)-1] }

// Draw redraws the screen when something changed: the top scene (over
// the one below when it is an overlay), then the notices over it.
func (g *Game) Draw(screen *ebiten.Image) {
	if !g.dirty || len(g.stack) == 0 {
		return
	}
	first := len(g.stack) - 1
	for first > 0 {
		if _, over := g.stack[first].(scene.Overlay); !over {
			break
		}
		first--
	}
	for _, s := range g.stack[first:] {
		s.Draw(screen, &g.ctx)
	}
	if len(g.notices) > 0 {
		r := g.noticesRect
		ui.FillRoundRect(screen, r, g.ctx.Margin()*0.3, ui.NoticeBand)
		y := r.Y + g.ctx.Margin()*0.25
		for _, p := range g.notices {
			y += g.ctx.Wrap.Draw(screen, p, r.X+g.ctx.Margin()*0.5, y, r.W-g.ctx.Margin())
		}
	}
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
