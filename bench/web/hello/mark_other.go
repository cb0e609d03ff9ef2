//go:build !js

package main

// markFirstFrame has no page to tell outside the browser.
func markFirstFrame() {}
