//go:build js

package main

import (
	"fmt"
	"net/url"
	"strings"
	"syscall/js"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/game/locale"
)

// pageDeck returns the deck the page's address asks for:
//
//   - #deck=PAYLOAD: a deck shared by link (deck.EncodeLink), which never
//     reaches any server;
//   - ?deck=NAME.json: a deck file in the same directory as index.html;
//   - neither: the built-in deck (builtin is true).
//
// When the linked or named deck cannot be opened (a damaged link, a
// missing file, a file that is no deck), the built-in deck opens instead
// and notice says why, in Japanese, for the deck screen: the student sees
// what went wrong and still has a deck to study. The technical reason goes
// to the console. Errors are *pageError, for a built-in deck that fails.
func pageDeck() (d *deck.Deck, builtin bool, notice string, err error) {
	d, err = askedDeck(js.Global().Get("location"))
	if err == nil && d != nil {
		return d, false, "", nil
	}
	if pe, ok := err.(*pageError); ok {
		js.Global().Get("console").Call("warn", "factdeck: "+pe.Error())
		notice = pe.message + inPage(locale.BuiltinInstead)
	}
	d, err = deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		return nil, true, "", &pageError{message: msgStartFailed, detail: fmt.Sprintf("built-in deck: %v", err)}
	}
	return d, true, notice, nil
}

// askedDeck opens the deck of a #deck= link or a ?deck= file, or returns
// nil, nil when the address names neither.
func askedDeck(loc js.Value) (*deck.Deck, error) {
	if payload, ok := fragmentValue(loc.Get("hash").String(), deck.LinkKey); ok {
		return linkDeck(payload)
	}
	if q, err := url.ParseQuery(strings.TrimPrefix(loc.Get("search").String(), "?")); err == nil && q.Has("deck") {
		return fileDeck(q.Get("deck"))
	}
	return nil, nil
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
