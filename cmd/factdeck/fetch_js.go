//go:build js

package main

import (
	"errors"
	"fmt"
	"strconv"
	"syscall/js"
)

// errTooLarge is returned by fetchBytes for a body over its limit.
var errTooLarge = errors.New("file too large")

// httpError is a response other than 2xx.
type httpError struct {
	url    string
	status int
}

func (e *httpError) Error() string { return fmt.Sprintf("GET %s: HTTP %d", e.url, e.status) }

// fetchBytes GETs url, relative to the page, with the browser's fetch (so
// the service worker can answer it offline) and returns the body. Bodies
// over limit bytes are refused. Redirects are refused too: everything the
// app loads comes from the page's own directory.
func fetchBytes(url string, limit int) ([]byte, error) {
	opts := js.Global().Get("Object").New()
	opts.Set("credentials", "same-origin")
	opts.Set("redirect", "error")
	resp, err := await(js.Global().Call("fetch", url, opts))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", url, err)
	}
	if !resp.Get("ok").Bool() {
		return nil, &httpError{url: url, status: resp.Get("status").Int()}
	}
	if n, err := strconv.Atoi(resp.Get("headers").Call("get", "Content-Length").String()); err == nil && n > limit {
		return nil, fmt.Errorf("GET %s: %w (%d bytes, limit %d)", url, errTooLarge, n, limit)
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", url, err)
	}
	bytes := js.Global().Get("Uint8Array").New(buf)
	n := bytes.Get("length").Int()
	if n > limit {
		return nil, fmt.Errorf("GET %s: %w (%d bytes, limit %d)", url, errTooLarge, n, limit)
	}
	out := make([]byte, n)
	js.CopyBytesToGo(out, bytes)
	return out, nil
}

// await blocks the calling goroutine until the promise p settles; the
// browser's event loop runs meanwhile.
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	onResolve := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{v: arg0(args)}
		return nil
	})
	onReject := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{err: jsError(arg0(args))}
		return nil
	})
	defer onResolve.Release()
	defer onReject.Release()
	p.Call("then", onResolve, onReject)
	r := <-done
	return r.v, r.err
}

func arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// jsError turns a rejection reason (usually an Error) into a Go error.
func jsError(v js.Value) error {
	switch {
	case v.Type() == js.TypeObject && v.Get("message").Type() == js.TypeString:
		return errors.New(v.Get("message").String())
	case v.IsUndefined() || v.IsNull():
		return errors.New("promise rejected")
	}
	return errors.New(js.Global().Call("String", v).String())
}
