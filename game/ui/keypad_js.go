//go:build js

package ui

import "syscall/js"

// keypadShown is the inputmode last set on the page's text box, so the
// DOM is touched only when it changes.
var keypadShown = ""

// showKeypad sets the inputmode of the hidden text box that Ebitengine's
// textinput types into: "numeric" makes a phone open its number keypad,
// "text" its usual keyboard.
func showKeypad(numeric bool) {
	mode := "text"
	if numeric {
		mode = "numeric"
	}
	if mode == keypadShown {
		return
	}
	box := js.Global().Get("document").Call("getElementById", "ebitengine-textinput")
	if !box.Truthy() {
		return
	}
	box.Call("setAttribute", "inputmode", mode)
	keypadShown = mode
}
