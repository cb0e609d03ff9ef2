//go:build js

package ui

import (
	"strings"
	"sync"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"
)

// orphans holds text that reached the page's text box while Ebitengine's
// textinput had no session to take it. Each committed key ends textinput's
// session and the next one starts only at the next tick, which clears the
// box: keys typed between the two (a fast typist, a busy tab, a pasted
// word) were lost. They are kept here and typed into the field instead.
var orphans struct {
	sync.Mutex
	text strings.Builder
}

func init() {
	box := js.Global().Get("document").Call("getElementById", "ebitengine-textinput")
	if !box.Truthy() {
		return
	}
	// On phones textinput leaves uncommitted text in the box on purpose
	// (for the keyboard's word completion); there the box is left alone.
	ua := js.Global().Get("navigator").Get("userAgent").String()
	for _, phone := range []string{"Android", "iPhone", "iPad", "iPod"} {
		if strings.Contains(ua, phone) {
			return
		}
	}
	// Added after textinput's own listeners, so these run after them: text
	// still in the box once textinput has had its turn had no session.
	keep := js.FuncOf(func(this js.Value, args []js.Value) any {
		if composing := args[0].Get("isComposing"); composing.Truthy() {
			return nil
		}
		if v := box.Get("value").String(); v != "" {
			orphans.Lock()
			orphans.text.WriteString(v)
			orphans.Unlock()
			box.Set("value", "")
		}
		return nil
	})
	box.Call("addEventListener", "input", keep)
	box.Call("addEventListener", "compositionend", keep)
}

// orphanChars appends the orphans typed since the last tick. All of them
// were typed after whatever textinput had sent before its session ended,
// and before the session the field started this tick, so they go in right
// after the field has read its session.
func orphanChars(dst []rune) []rune {
	orphans.Lock()
	defer orphans.Unlock()
	dst = append(dst, []rune(orphans.text.String())...)
	orphans.text.Reset()
	return dst
}

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
