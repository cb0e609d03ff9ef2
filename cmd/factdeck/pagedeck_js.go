//go:build js

package main

import (
	"fmt"
	"net/url"
	"strings"
	"syscall/js"

	"factdeck/assets"
	"factdeck/cards/deck"
)

// pageDeck returns the deck the page's address asks for:
//
//   - #deck=PAYLOAD: a deck shared by link (deck.EncodeLink), which never
//     reaches any server;
//   - ?deck=NAME.json: a deck file in the same directory as index.html;
//   - neither: the built-in deck (builtin is true).
//
// Errors are *pageError, in Japanese, with the reason.
func pageDeck() (d *deck.Deck, builtin bool, err error) {
	loc := js.Global().Get("location")
	if payload, ok := fragmentValue(loc.Get("hash").String(), deck.LinkKey); ok {
		d, err := linkDeck(payload)
		return d, false, err
	}
	if q, err := url.ParseQuery(strings.TrimPrefix(loc.Get("search").String(), "?")); err == nil && q.Has("deck") {
		d, err := fileDeck(q.Get("deck"))
		return d, false, err
	}
	d, err = deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		return nil, true, &pageError{message: msgStartFailed, detail: fmt.Sprintf("built-in deck: %v", err)}
	}
	return d, true, nil
}

// fragmentValue finds KEY=VALUE among the &-separated parts of a URL
// fragment. The value is used as it is: a deck link's base64url alphabet
// needs no unescaping.
func fragmentValue(hash, key string) (string, bool) {
	for part := range strings.SplitSeq(strings.TrimPrefix(hash, "#"), "&") {
		if v, ok := strings.CutPrefix(part, key+"="); ok {
			return v, true
		}
	}
	return "", false
}
