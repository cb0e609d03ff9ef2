//go:build js

package store

import (
	"errors"
	"fmt"
	"syscall/js"
)

// probeKey is written and removed once to learn whether storage works:
// some private modes hand out a localStorage that refuses every write.
const probeKey = "factdeck/probe"

// LocalStorage returns the browser's localStorage as a Storage, or an
// error wrapping ErrUnavailable when there is none or it refuses writes
// (private browsing, storage disabled by the user or by policy).
func LocalStorage() (Storage, error) {
	var v js.Value
	// Reading the property can itself throw (a SecurityError when storage
	// is blocked), and only calls turn a JavaScript exception into a Go
	// panic we can recover; a plain property read would abort the program.
	err := catch(func() { v = js.Global().Get("Reflect").Call("get", js.Global(), "localStorage") })
	if err != nil {
		return nil, classify(err)
	}
	if v.Type() != js.TypeObject {
		return nil, fmt.Errorf("%w: this browser has no localStorage", ErrUnavailable)
	}
	ls := localStorage{v}
	if err := ls.Set(probeKey, "1"); err != nil {
		if errors.Is(err, ErrFull) { // a full storage can still be read
			return ls, nil
		}
		return nil, err
	}
	if err := ls.Remove(probeKey); err != nil {
		return nil, err
	}
	return ls, nil
}

// localStorage is a Storage over a JavaScript Storage object.
type localStorage struct{ v js.Value }

func (s localStorage) Get(key string) (value string, ok bool, err error) {
	var r js.Value
	if err := catch(func() { r = s.v.Call("getItem", key) }); err != nil {
		return "", false, classify(err)
	}
	if r.Type() != js.TypeString {
		return "", false, nil // getItem returns null for a missing key
	}
	return r.String(), true, nil
}

func (s localStorage) Set(key, value string) error {
	return classify(catch(func() { s.v.Call("setItem", key, value) }))
}

func (s localStorage) Remove(key string) error {
	return classify(catch(func() { s.v.Call("removeItem", key) }))
}

// catch runs f and returns the JavaScript exception it threw, if any.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			jsErr, ok := r.(js.Error)
			if !ok {
				panic(r)
			}
			err = jsErr
		}
	}()
	f()
	return nil
}

// quotaNames are the exception names browsers use for a full storage;
// older ones only set the DOMException code (22, or 1014 in Firefox).
var quotaNames = map[string]bool{"QuotaExceededError": true, "NS_ERROR_DOM_QUOTA_REACHED": true}

// classify wraps a JavaScript exception in ErrFull or ErrUnavailable,
// keeping its name and message ("QuotaExceededError: …").
func classify(err error) error {
	if err == nil {
		return nil
	}
	var jsErr js.Error
	if !errors.As(err, &jsErr) {
		return err
	}
	what := err.Error()
	kind := ErrUnavailable
	if v := jsErr.Value; v.Type() == js.TypeObject {
		name, code, msg := v.Get("name"), v.Get("code"), v.Get("message")
		if name.Type() == js.TypeString && msg.Type() == js.TypeString {
			what = name.String() + ": " + msg.String()
		}
		if name.Type() == js.TypeString && quotaNames[name.String()] ||
			code.Type() == js.TypeNumber && (code.Int() == 22 || code.Int() == 1014) {
			kind = ErrFull
		}
	}
	return fmt.Errorf("%w: %s", kind, what)
}
