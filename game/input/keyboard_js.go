//go:build js

package input

import "syscall/js"

// hasFinePointer is read once: whether the page has a mouse or trackpad,
// which comes with a keyboard on laptops and desktops but not on
// touch-only phones and tablets.
var hasFinePointer = func() bool {
	mm := js.Global().Get("matchMedia")
	if mm.Type() != js.TypeFunction {
		return true
	}
	return js.Global().Call("matchMedia", "(any-pointer: fine)").Get("matches").Truthy()
}()

// keyboardLikely reports whether the browser has a fine pointer.
func keyboardLikely() bool { return hasFinePointer }
