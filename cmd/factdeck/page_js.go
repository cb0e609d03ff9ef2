//go:build js

package main

import "syscall/js"

// Messages shown over the page when the app cannot start (the page's
// language is Japanese, like the app's).
const (
	msgStartFailed = "factdeck を起動できませんでした。ページを再読み込みしてください。"
)

// pageError is a failure to tell the person: message says what happened in
// Japanese, detail is the technical reason (shown smaller, for a bug report).
type pageError struct {
	message, detail string
}

func (e *pageError) Error() string { return e.message + " (" + e.detail + ")" }

// showError puts e over the page through loader.js, which also marks the
// page's state as "error" for tests.
func showError(e *pageError) {
	show := js.Global().Get("factdeckShowError")
	if show.Type() != js.TypeFunction {
		js.Global().Get("console").Call("error", e.Error())
		return
	}
	show.Invoke(e.message, e.detail)
}

// metaContent returns the content of <meta name=NAME>, which web/build.sh
// fills in (hashed file names, sizes), or "".
func metaContent(name string) string {
	m := js.Global().Get("document").Call("querySelector", `meta[name="`+name+`"]`)
	if m.IsNull() {
		return ""
	}
	v := m.Call("getAttribute", "content")
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// mark records a named moment of start-up in the page's performance
// timeline, where DevTools and bench/web see it.
func mark(name string) {
	js.Global().Get("performance").Call("mark", name)
}
