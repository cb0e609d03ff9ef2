//go:build js

package ui

import (
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

// strayChars appends the characters typed this tick that reached the canvas
// rather than the page's text box (see TextField.Update). Once the text box
// has the keyboard, Ebitengine still sees its keys too: taking them here as
// well would type them twice.
func strayChars(dst []rune) []rune {
	if active := js.Global().Get("document").Get("activeElement"); active.Truthy() && active.Get("tagName").String() == "TEXTAREA" {
		return dst
	}
	return ebiten.AppendInputChars(dst)
}
