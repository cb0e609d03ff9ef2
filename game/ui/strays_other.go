//go:build !js

package ui

// strayChars appends nothing: outside the browser every typed character
// already reaches the field through its input method.
func strayChars(dst []rune) []rune { return dst }

// orphanChars appends nothing: only the browser's text box can lose keys.
func orphanChars(dst []rune) []rune { return dst }
