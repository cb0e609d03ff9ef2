//go:build !js

package ui

// showKeypad does nothing outside the browser: a desktop keyboard has its
// digits already.
func showKeypad(bool) {}
