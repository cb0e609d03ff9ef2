package ui

import "golang.org/x/text/language"

// japanese makes the shaper pick Japanese glyph forms where a font has
// several (the locl feature).
var japanese = language.Japanese
