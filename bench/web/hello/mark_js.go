package main

import "syscall/js"

// markFirstFrame tells the page the first frame is drawn, exactly as the
// app does (cmd/factdeck/bridge_js.go), so both are timed alike.
func markFirstFrame() {
	w := js.Global()
	w.Set("factdeckFirstFrame", w.Get("performance").Call("now"))
	w.Set("factdeckReady", true)
	w.Call("dispatchEvent", w.Get("Event").New("factdeck:ready"))
}
