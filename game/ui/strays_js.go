//go:build js

package ui

import "github.com/hajimehoshi/ebiten/v2"

// strayChars appends the characters typed this tick that reached the canvas
// rather than the page's text box (see TextField.Update).
func strayChars(dst []rune) []rune { return ebiten.AppendInputChars(dst) }
