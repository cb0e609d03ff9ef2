//go:build js

package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"factdeck/cards/deck"
)

// maxFallbackFont bounds the fallback font download (1.9 MB today).
const maxFallbackFont = 8 << 20

type fallbackResult struct {
	data []byte
	err  error
}

// needsFallback reports whether d uses a character the main faces lack
// (FontRegular and FontBold hold the same characters). The built-in deck
// never does; a teacher's deck with rarer kanji may. The deck's JSON holds
// every text the app may draw, whatever fields the format grows, and
// otherwise only ASCII, which the main faces have.
func needsFallback(d *deck.Deck, regular []byte) bool {
	face, err := sfnt.Parse(regular)
	if err != nil {
		return true
	}
	var buf sfnt.Buffer
	data, err := json.Marshal(d)
	if err != nil {
		return true
	}
	for _, r := range string(data) {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			continue
		}
		if g, err := face.GlyphIndex(&buf, r); err != nil || g == 0 {
			return true
		}
	}
	return false
}

// fetchFallback starts fetching the fallback font named in the page
// (<meta name="factdeck-font-fallback">, a hashed file) and delivers it on
// the returned channel. The game starts meanwhile: text draws with the
// main faces and the rare characters appear when the font arrives.
func fetchFallback() <-chan fallbackResult {
	out := make(chan fallbackResult, 1)
	go func() {
		name := metaContent("factdeck-font-fallback")
		if name == "" {
			out <- fallbackResult{err: fmt.Errorf("the page names no fallback font")}
			return
		}
		data, err := fetchBytes(name, maxFallbackFont)
		if err != nil {
			js.Global().Get("console").Call("warn", "factdeck: fallback font: "+err.Error())
		}
		out <- fallbackResult{data: data, err: err}
	}()
	return out
}
