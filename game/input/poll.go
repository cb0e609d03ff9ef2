package input

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// keymap binds keys to actions; several keys may give the same action.
var keymap = []struct {
	key    ebiten.Key
	action Action
}{
	{ebiten.KeySpace, Action{Kind: Flip}},
	{ebiten.KeyEnter, Action{Kind: Confirm}},
	{ebiten.KeyNumpadEnter, Action{Kind: Confirm}},
	{ebiten.KeyEscape, Action{Kind: Back}},
	{ebiten.KeyU, Action{Kind: Undo}},
	{ebiten.KeyQ, Action{Kind: Quiz}},
	{ebiten.KeyE, Action{Kind: Export}},
	{ebiten.KeyI, Action{Kind: Import}},
	{ebiten.KeyR, Action{Kind: Override}},
	{ebiten.KeyArrowLeft, Action{Kind: Prev}},
	{ebiten.KeyArrowRight, Action{Kind: Next}},
	{ebiten.KeyDigit1, Action{Kind: Grade, Grade: 1}},
	{ebiten.KeyDigit2, Action{Kind: Grade, Grade: 2}},
	{ebiten.KeyDigit3, Action{Kind: Grade, Grade: 3}},
	{ebiten.KeyDigit4, Action{Kind: Grade, Grade: 4}},
	{ebiten.KeyDigit5, Action{Kind: Grade, Grade: 5}},
	{ebiten.KeyDigit6, Action{Kind: Grade, Grade: 6}},
	{ebiten.KeyDigit7, Action{Kind: Grade, Grade: 7}},
	{ebiten.KeyDigit8, Action{Kind: Grade, Grade: 8}},
	{ebiten.KeyDigit9, Action{Kind: Grade, Grade: 9}},
	{ebiten.KeyNumpad1, Action{Kind: Grade, Grade: 1}},
	{ebiten.KeyNumpad2, Action{Kind: Grade, Grade: 2}},
	{ebiten.KeyNumpad3, Action{Kind: Grade, Grade: 3}},
	{ebiten.KeyNumpad4, Action{Kind: Grade, Grade: 4}},
}

// Poller reads Ebitengine's input state. It keeps its slices between ticks
// so polling does not allocate every frame.
type Poller struct {
	actions []Action
	touches []ebiten.TouchID
}

// Poll returns the actions of this tick, in a slice reused by the next call.
func (p *Poller) Poll() []Action {
	p.actions = p.actions[:0]
	for _, k := range keymap {
		if inpututil.IsKeyJustPressed(k.key) {
			p.actions = append(p.actions, k.action)
		}
	}
	if inpututil.IsMouseButtonJustReleased(ebiten.MouseButtonLeft) {
		x, y := ebiten.CursorPosition()
		p.actions = append(p.actions, Action{Kind: Tap, X: float64(x), Y: float64(y)})
	}
	// A released touch has no position any more: use where it was last tick.
	p.touches = inpututil.AppendJustReleasedTouchIDs(p.touches[:0])
	for _, id := range p.touches {
		x, y := inpututil.TouchPositionInPreviousTick(id)
		p.actions = append(p.actions, Action{Kind: Tap, X: float64(x), Y: float64(y)})
	}
	return p.actions
}
