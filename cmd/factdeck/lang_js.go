//go:build js

package main

import (
	"net/url"
	"strings"
	"syscall/js"

	"factdeck/game/locale"
)

// pageLang is the language the app speaks until the student picks one in
// the settings: the page address's ?lang= (a teacher's link can ask for
// English), else the browser's language.
func pageLang() locale.Lang {
	search := js.Global().Get("location").Get("search").String()
	if q, err := url.ParseQuery(strings.TrimPrefix(search, "?")); err == nil && q.Has("lang") {
		return locale.ParseLang(q.Get("lang"))
	}
	nav := js.Global().Get("navigator").Get("language")
	if nav.Type() != js.TypeString {
		return locale.Japanese
	}
	return locale.ParseLang(nav.String())
}

// pageLanguage is the language of the messages about the page's deck,
// chosen before the progress (and the student's saved choice) is read.
var pageLanguage = locale.Japanese

// inPage is the UI string ja in the page's language.
func inPage(ja string) string { return locale.In(pageLanguage, ja) }
