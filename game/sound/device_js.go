//go:build js

package sound

import "syscall/js"

// deviceWorks readies the page for oto, Ebitengine's audio library, and
// reports whether it has Web Audio.
//
// No gesture handling is needed here: oto resumes its AudioContext itself
// on the page's first touchend, keyup or mouseup (its driver_js.go), as
// browsers' autoplay rules require.
//
// oto loads an AudioWorklet from a blob: URL, which the page's
// Content-Security-Policy refuses (script-src allows 'self' only; see
// web/server/headers.go): the worklet fails with console errors and no
// sound. Hiding audioWorklet from it makes oto use a ScriptProcessorNode,
// which loads no script, so the policy stays as strict as it is.
func deviceWorks() bool {
	class := js.Global().Get("AudioContext")
	if !class.Truthy() {
		// Older Safari: no worklets to hide.
		return js.Global().Get("webkitAudioContext").Truthy()
	}
	js.Global().Get("Object").Call("defineProperty", class.Get("prototype"), "audioWorklet", map[string]any{"value": js.Undefined()})
	return true
}
