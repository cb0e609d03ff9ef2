// Package input turns keys, clicks and taps into generic actions once per
// tick, so scenes are tested by feeding actions rather than by faking
// Ebitengine. What a key means is each scene's business: its bindings
// (scene.Binding) map key names to commands.
package input

// Kind is what happened.
type Kind int

// Action kinds.
const (
	// Key is a key pressed this tick, named in Action.Key.
	Key Kind = iota + 1
	// Tap is a click or a touch released at Action.X, Action.Y (screen pixels).
	Tap
	// Scroll asks to move content under Action.X, Action.Y by Action.DY
	// pixels: positive shows what is further down (a wheel turned
	// towards the student, a finger dragged up). A drag's Scroll has
	// Action.Drag set and is at where the pointer is now.
	Scroll
	// Down is a mouse button or a finger going down at Action.X, Action.Y:
	// a screen that lets things be dragged notes what lies under it.
	Down
	// Drag is the pointer that went down, held and moved past the slop
	// that tells a drag from a tap, now at Action.X, Action.Y. A touch
	// drag scrolls as well (Scroll actions beside it).
	Drag
	// Drop is a drag's end at Action.X, Action.Y: the release of a press
	// that moved, which is not a Tap.
	Drop
)

// Key names, as bindings write them. Digits are "1" to "9" (the number
// row and the numeric keypad alike); letters are upper case.
const (
	Space      = "Space"
	Enter      = "Enter"
	Escape     = "Escape"
	ArrowLeft  = "ArrowLeft"
	ArrowRight = "ArrowRight"
	ArrowUp    = "ArrowUp"
	ArrowDown  = "ArrowDown"
)

// Action is one thing the person did.
type Action struct {
	Kind Kind
	Key  string
	X, Y float64
	DY   float64
	// Drag is set on a Scroll made by a finger or the mouse dragged, not
	// a wheel: a screen that moves things by dragging (the Teacher
	// screen's rows) tells them apart.
	Drag bool
}

// Press is the action of pressing the key named key.
func Press(key string) Action { return Action{Kind: Key, Key: key} }

// TapAt is the action of a tap or click at x, y.
func TapAt(x, y float64) Action { return Action{Kind: Tap, X: x, Y: y} }

// ScrollAt is the action of scrolling the content at x, y by dy.
func ScrollAt(x, y, dy float64) Action { return Action{Kind: Scroll, X: x, Y: y, DY: dy} }

// DownAt is the action of a press going down at x, y.
func DownAt(x, y float64) Action { return Action{Kind: Down, X: x, Y: y} }

// DragTo is the action of a held press dragged to x, y.
func DragTo(x, y float64) Action { return Action{Kind: Drag, X: x, Y: y} }

// DropAt is the action of a drag released at x, y.
func DropAt(x, y float64) Action { return Action{Kind: Drop, X: x, Y: y} }
