//go:build js

package store

import (
	"fmt"
	"syscall/js"
)

// lockName is the Web Lock a page holds while it saves progress. Locks
// are per origin, like localStorage, so every tab of the app asks for
// the same one.
const lockName = "factdeck/progress"

// lockWait is how long a page waits for the lock before it decides that
// another tab has it. A reloaded page may ask before the page it replaces
// has let go, and a closed tab's lock goes only once its process has
// wound down, which on a busy machine took more than half a second; a
// real second tab keeps it for good, and only then is the wait felt.
const lockWait = 2000 // ms

// Lock is a page's request for the Web Lock on the progress
// (navigator.locks, which tabs of one origin share). Once granted, the
// page holds it until it goes away. Ask early with RequestLock: the
// browser answers from another process, and the page goes on starting
// meanwhile.
type Lock struct {
	answer chan lockAnswer // buffered, so the callbacks never wait
	got    *lockAnswer
}

type lockAnswer struct {
	held bool
	err  error
}

// RequestLock sends the page's request for the lock on the progress.
func RequestLock() *Lock {
	l := &Lock{answer: make(chan lockAnswer, 1)}
	if err := l.request(); err != nil {
		l.answer <- lockAnswer{held: true, err: err}
	}
	return l
}

// Held waits for the browser's answer and reports whether this page has
// the lock: false when another tab held it for lockWait. A browser
// without Web Locks (or a page that is not a secure context) has nothing
// to coordinate with, and a request that fails cannot tell: both count
// as held, as before locks existed.
func (l *Lock) Held() (bool, error) {
	if l.got == nil {
		a := <-l.answer
		l.got = &a
	}
	return l.got.held, l.got.err
}

// request asks navigator.locks for the lock. It only sends the request:
// the answer comes to the callbacks once the page's code yields.
func (l *Lock) request() error {
	nav := js.Global().Get("navigator")
	if nav.Type() != js.TypeObject || nav.Get("locks").Type() != js.TypeObject {
		l.answer <- lockAnswer{held: true}
		return nil
	}
	locks := nav.Get("locks")
	// The callback runs once the page has the lock (or with null, when a
	// browser without AbortSignal.timeout asked with ifAvailable and
	// another tab has it). Returning a promise that never settles keeps
	// the lock for the page's lifetime.
	var callback, onError js.Func
	callback = js.FuncOf(func(this js.Value, args []js.Value) any {
		callback.Release()
		if len(args) == 0 || args[0].IsNull() {
			l.answer <- lockAnswer{held: false}
			return nil
		}
		l.answer <- lockAnswer{held: true}
		executor := js.FuncOf(func(js.Value, []js.Value) any { return nil })
		defer executor.Release()
		return js.Global().Get("Promise").New(executor)
	})
	// The request is rejected when the wait times out: another tab has
	// the lock.
	onError = js.FuncOf(func(this js.Value, args []js.Value) any {
		onError.Release()
		callback.Release()
		if len(args) > 0 && args[0].Type() == js.TypeObject {
			if name := args[0].Get("name").String(); name == "TimeoutError" || name == "AbortError" {
				l.answer <- lockAnswer{held: false}
				return nil
			}
		}
		msg := "rejected"
		if len(args) > 0 {
			msg = js.Global().Get("String").Invoke(args[0]).String()
		}
		l.answer <- lockAnswer{held: true, err: fmt.Errorf("store: web lock: %s", msg)}
		return nil
	})
	err := catch(func() {
		opts := map[string]any{"ifAvailable": true}
		if signal := js.Global().Get("AbortSignal"); signal.Type() == js.TypeFunction && signal.Get("timeout").Type() == js.TypeFunction {
			opts = map[string]any{"signal": signal.Call("timeout", lockWait)}
		}
		locks.Call("request", lockName, opts, callback).Call("catch", onError)
	})
	if err != nil {
		callback.Release()
		onError.Release()
		return fmt.Errorf("store: web lock: %w", err)
	}
	return nil
}
