//go:build js

package input

import "syscall/js"

// touchOnly is read once: whether every pointer the page has is coarse (a
// finger), as on phones and tablets, which have no keyboard unless one is
// attached. A mouse or trackpad (a fine pointer) comes with a keyboard;
// so does a page with no pointer at all.
var touchOnly = func() bool {
	if js.Global().Get("matchMedia").Type() != js.TypeFunction {
		return false
	}
	matches := func(q string) bool { return js.Global().Call("matchMedia", q).Get("matches").Truthy() }
	return matches("(any-pointer: coarse)") && !matches("(any-pointer: fine)")
}()

// keyboardLikely reports whether the page has more than a touch screen.
func keyboardLikely() bool { return !touchOnly }
