package game

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"factdeck/game/input"
	"factdeck/game/scene"
)

// fake is a scene that records its hooks in a shared log and does what
// its next transition says.
type fake struct {
	name string
	log  *[]string
	next scene.Transition
}

func (f *fake) Update(*scene.Context, []input.Action) scene.Transition {
	t := f.next
	f.next = scene.Transition{}
	return t
}
func (f *fake) Draw(*ebiten.Image, *scene.Context) { *f.log = append(*f.log, f.name+".draw") }
func (f *fake) Status() scene.Status               { return scene.Status{Scene: f.name} }
func (f *fake) Bindings() scene.Bindings           { return nil }
func (f *fake) Enter(*scene.Context)               { *f.log = append(*f.log, f.name+".enter") }
func (f *fake) Resume(*scene.Context)              { *f.log = append(*f.log, f.name+".resume") }
func (f *fake) Leave(*scene.Context)               { *f.log = append(*f.log, f.name+".leave") }

// over is a fake drawn over the scene below it.
type over struct{ *fake }

func (over) Overlay() {}

func TestTransitionsCallHooks(t *testing.T) {
	var log []string
	home := &fake{name: "home", log: &log}
	g := &Game{}
	g.push(home)
	a, b, c := &fake{name: "a", log: &log}, &fake{name: "b", log: &log}, &fake{name: "c", log: &log}
	step := func(top *fake, tr scene.Transition) []string {
		log = nil
		top.next = tr
		assert.NoError(t, g.Step(nil))
		return log
	}

	assert.Equal(t, []string{"a.enter"}, step(home, scene.Transition{Op: scene.Push, Scene: a}))
	assert.Equal(t, []string{"a.leave", "b.enter"}, step(a, scene.Transition{Op: scene.Replace, Scene: b}))
	assert.Equal(t, []string{"c.enter"}, step(b, scene.Transition{Op: scene.Push, Scene: c}))
	assert.Equal(t, []string{"c.leave", "b.resume"}, step(c, scene.Transition{Op: scene.Pop}))
	step(b, scene.Transition{Op: scene.Push, Scene: c})
	assert.Equal(t, []string{"c.leave", "b.leave", "home.resume"}, step(c, scene.Transition{Op: scene.Home}))
	assert.Same(t, home, g.Top())
}

// An overlay is drawn over the screen below it; an ordinary scene alone.
func TestOverlayDrawsOverTheScreenBelow(t *testing.T) {
	var log []string
	home := &fake{name: "home", log: &log}
	g := &Game{}
	g.push(home)
	sheet := over{&fake{name: "sheet", log: &log}}
	home.next = scene.Transition{Op: scene.Push, Scene: sheet}
	assert.NoError(t, g.Step(nil))
	log = nil
	g.Draw(nil)
	assert.Equal(t, []string{"home.draw", "sheet.draw"}, log)

	page := &fake{name: "page", log: &log}
	sheet.next = scene.Transition{Op: scene.Replace, Scene: page}
	assert.NoError(t, g.Step(nil))
	log = nil
	g.Draw(nil)
	assert.Equal(t, []string{"page.draw"}, log)
}

// moving is a fake in motion for its first frames ticks.
type moving struct {
	*fake
	frames int
}

func (m *moving) Update(ctx *scene.Context, a []input.Action) scene.Transition {
	m.frames = max(m.frames-1, 0)
	return m.fake.Update(ctx, a)
}

func (m *moving) Animating() bool { return m.frames > 0 }

// A scene in motion is drawn every tick without input, the tick it comes
// to rest included, and a still one is not drawn again.
func TestMotionIsDrawnEveryTick(t *testing.T) {
	var log []string
	m := &moving{fake: &fake{name: "m", log: &log}, frames: 3}
	g := &Game{}
	g.push(m)
	draws := func() int {
		log = nil
		assert.NoError(t, g.Step(nil))
		g.Draw(nil)
		return len(log)
	}
	assert.Equal(t, []int{1, 1, 1, 0, 0}, []int{draws(), draws(), draws(), draws(), draws()})
}
