package input

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// keyNames names the keys that any screen binds; several keys may share a
// name (Enter and the keypad's Enter, a digit and its keypad twin).
var keyNames = []struct {
	key  ebiten.Key
	name string
}{
	{ebiten.KeySpace, Space},
	{ebiten.KeyEnter, Enter},
	{ebiten.KeyNumpadEnter, Enter},
	{ebiten.KeyEscape, Escape},
	{ebiten.KeyArrowLeft, ArrowLeft},
	{ebiten.KeyArrowRight, ArrowRight},
	{ebiten.KeyArrowUp, ArrowUp},
	{ebiten.KeyArrowDown, ArrowDown},
	{ebiten.KeyU, "U"},
	{ebiten.KeyQ, "Q"},
	{ebiten.KeyE, "E"},
	{ebiten.KeyI, "I"},
	{ebiten.KeyR, "R"},
	{ebiten.KeyS, "S"},
	{ebiten.KeyN, "N"},
	{ebiten.KeyA, "A"},
	{ebiten.KeyO, "O"},
	{ebiten.KeyD, "D"},
	{ebiten.KeyP, "P"},
	{ebiten.KeyL, "L"},
	{ebiten.KeyM, "M"},
	{ebiten.KeyT, "T"},
	{ebiten.KeyC, "C"},
	{ebiten.KeyB, "B"},
	{ebiten.KeyF, "F"},
	{ebiten.KeySlash, "/"},
	{ebiten.KeyDigit1, "1"},
	{ebiten.KeyDigit2, "2"},
	{ebiten.KeyDigit3, "3"},
	{ebiten.KeyDigit4, "4"},
	{ebiten.KeyDigit5, "5"},
	{ebiten.KeyDigit6, "6"},
	{ebiten.KeyDigit7, "7"},
	{ebiten.KeyDigit8, "8"},
	{ebiten.KeyDigit9, "9"},
	{ebiten.KeyNumpad1, "1"},
	{ebiten.KeyNumpad2, "2"},
	{ebiten.KeyNumpad3, "3"},
	{ebiten.KeyNumpad4, "4"},
	{ebiten.KeyNumpad5, "5"},
	{ebiten.KeyNumpad6, "6"},
	{ebiten.KeyNumpad7, "7"},
	{ebiten.KeyNumpad8, "8"},
	{ebiten.KeyNumpad9, "9"},
}

// Polled reports whether Poll reports key name: a binding to any other
// key could never fire.
func Polled(name string) bool {
	for _, k := range keyNames {
		if k.name == name {
			return true
		}
	}
	return false
}

// Poller reads Ebitengine's input state. It keeps its slices between ticks
// so polling does not allocate every frame.
type Poller struct {
	actions []Action
	touches []ebiten.TouchID
	keys    []ebiten.Key
	typed   bool
	// drags follows each touch on the screen, to tell a drag (which
	// scrolls) from a tap (which presses).
	drags map[ebiten.TouchID]*drag
	// mouse follows the left button while it is held, to tell a drag
	// (which drops) from a click (which presses).
	mouse     drag
	mouseDown bool
	// pinching is set while two fingers or more are down, until all are
	// up: the browser zooms the page then, and the app neither taps nor
	// scrolls.
	pinching bool
}

// drag is a touch on the screen or the held mouse button: where it
// started, where it was last tick, and whether it has moved far enough
// to be a drag.
type drag struct {
	startX, startY, lastX, lastY float64
	moved                        bool
	// pinch is whether the touch was part of a pinch, which scrolls
	// nothing either.
	pinch bool
}

// wheelStep is how far one notch of a mouse wheel scrolls, and dragSlop
// how far a finger moves before a touch is a drag, in CSS pixels.
const (
	wheelStep = 48
	dragSlop  = 10
)

// Poll returns the actions of this tick, in a slice reused by the next call.
func (p *Poller) Poll() []Action {
	p.actions = p.actions[:0]
	for _, k := range keyNames {
		if inpututil.IsKeyJustPressed(k.key) {
			p.actions = append(p.actions, Action{Kind: Key, Key: k.name})
		}
	}
	if !p.typed {
		// Any key at all, bound or not, shows there is a keyboard.
		p.keys = inpututil.AppendJustPressedKeys(p.keys[:0])
		p.typed = len(p.keys) > 0
	}
	scale := max(ebiten.Monitor().DeviceScaleFactor(), 1)
	p.pollMouse(dragSlop * scale)
	if _, dy := ebiten.Wheel(); dy != 0 {
		x, y := ebiten.CursorPosition()
		p.actions = append(p.actions, ScrollAt(float64(x), float64(y), -dy*wheelStep*scale))
	}
	p.pollDrags(dragSlop * scale)
	// A released touch has no position any more: use where it was last
	// tick. A touch that was a drag scrolled; it drops, and presses nothing.
	p.touches = inpututil.AppendJustReleasedTouchIDs(p.touches[:0])
	for _, id := range p.touches {
		d := p.drags[id]
		delete(p.drags, id)
		if d != nil && d.moved {
			if !d.pinch {
				p.actions = append(p.actions, DropAt(d.lastX, d.lastY))
			}
			continue
		}
		x, y := inpututil.TouchPositionInPreviousTick(id)
		p.actions = append(p.actions, TapAt(float64(x), float64(y)))
	}
	return p.actions
}

// pollMouse turns the left button into Down, then a Tap on release, or
// Drag actions (and the Scroll a finger's drag makes) once it moves more
// than slop while held, and a Drop on release.
func (p *Poller) pollMouse(slop float64) {
	xi, yi := ebiten.CursorPosition()
	x, y := float64(xi), float64(yi)
	if inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) {
		p.mouse, p.mouseDown = drag{startX: x, startY: y, lastX: x, lastY: y}, true
		p.actions = append(p.actions, DownAt(x, y))
	}
	if p.mouseDown {
		p.mouse.follow(x, y, slop)
		if p.mouse.moved && y != p.mouse.lastY {
			p.actions = append(p.actions, dragScroll(x, y, p.mouse.lastY-y))
		}
		if p.mouse.moved && (x != p.mouse.lastX || y != p.mouse.lastY) {
			p.actions = append(p.actions, DragTo(x, y))
		}
		p.mouse.lastX, p.mouse.lastY = x, y
	}
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		if p.mouseDown && p.mouse.moved {
			p.actions = append(p.actions, DropAt(x, y))
		} else {
			p.actions = append(p.actions, TapAt(x, y))
		}
		p.mouseDown = false
	}
}

// follow notes that a press now at x, y has moved more than slop from
// where it went down, in either direction, and so is a drag.
func (d *drag) follow(x, y, slop float64) {
	if !d.moved && (math.Abs(x-d.startX) > slop || math.Abs(y-d.startY) > slop) {
		d.moved = true
	}
}

// pollDrags follows the touches on the screen and turns a finger moved
// more than slop into Scroll actions.
func (p *Poller) pollDrags(slop float64) {
	p.touches = ebiten.AppendTouchIDs(p.touches[:0])
	if len(p.touches) > 0 && p.drags == nil {
		p.drags = map[ebiten.TouchID]*drag{}
	}
	p.pinching = len(p.touches) >= 2 || (p.pinching && len(p.touches) > 0)
	for _, id := range p.touches {
		xi, yi := ebiten.TouchPosition(id)
		x, y := float64(xi), float64(yi)
		d := p.drags[id]
		if d == nil {
			d = &drag{startX: x, startY: y, lastX: x, lastY: y}
			p.drags[id] = d
			if !p.pinching {
				p.actions = append(p.actions, DownAt(x, y))
			}
		}
		if p.pinching {
			// A finger of a pinch presses nothing when it lifts.
			d.moved, d.pinch = true, true
		}
		if d.pinch {
			continue
		}
		d.follow(x, y, slop)
		if d.moved && y != d.lastY {
			p.actions = append(p.actions, dragScroll(x, y, d.lastY-y))
		}
		if d.moved && (x != d.lastX || y != d.lastY) {
			p.actions = append(p.actions, DragTo(x, y))
		}
		d.lastX, d.lastY = x, y
	}
}

// Keyboard reports whether the person has a keyboard: the platform says
// so (a desktop, a browser with a fine pointer), or a key was pressed (a
// tablet with a keyboard attached). Key hints are drawn only then.
func (p *Poller) Keyboard() bool { return p.typed || keyboardLikely() }

// dragScroll is the Scroll of a finger or the mouse dragged: content
// follows the pointer, and a screen can tell it from a wheel by Drag.
func dragScroll(x, y, dy float64) Action {
	a := ScrollAt(x, y, dy)
	a.Drag = true
	return a
}
