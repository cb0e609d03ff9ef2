//go:build !js

package input

// keyboardLikely is true on the desktop, which always has a keyboard.
func keyboardLikely() bool { return true }
