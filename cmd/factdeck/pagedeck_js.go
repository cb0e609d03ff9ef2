//go:build js

package main

import (
	"fmt"
	"net/url"
	"strings"
	"syscall/js"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/library"
	"factdeck/game/locale"
)

// pageDeck returns the deck the page's address asks for, to add to the
// student's list and open:
//
//   - #deck=PAYLOAD: a deck shared by link (deck.EncodeLink), which never
//     reaches any server;
//   - #pick=PAYLOAD: cards of the built-in deck picked by a teacher
//     (deck.EncodePick), taken from the app's own copy;
//   - ?deck=NAME.json: a deck file in the same directory as index.html;
//   - neither: nil.
//
// When the linked or named deck cannot be opened (a damaged link, a
// missing file, a file that is no deck), notice says why, in the page's language,
// and that the built-in deck opens instead: the student sees what went
// wrong and still has a deck to study. The technical reason goes to the
// console. A pick some of whose cards the built-in deck lacks opens with
// the others, and notice says how many were left out.
func pageDeck(builtin *deck.Deck) (d *deck.Deck, origin, name, notice string) {
	loc := js.Global().Get("location")
	if payload, ok := fragmentValue(loc.Get("hash").String(), deck.PickKey); ok {
		d, missing, err := pickDeck(builtin, payload)
		if err == nil {
			if missing > 0 {
				notice = fmt.Sprintf(inPage(locale.PickMissing), missing)
			}
			return d, library.FromLink, "", notice
		}
		js.Global().Get("console").Call("warn", "factdeck: "+err.Error())
		return nil, "", "", err.(*pageError).message + inPage(locale.BuiltinInstead)
	}
	d, origin, name, err := askedDeck(loc)
	if err == nil {
		return d, origin, name, ""
	}
	if pe, ok := err.(*pageError); ok {
		js.Global().Get("console").Call("warn", "factdeck: "+pe.Error())
		notice = pe.message + inPage(locale.BuiltinInstead)
	} else {
		notice = err.Error()
	}
	return nil, "", "", notice
}

// builtinDeck decodes the deck the app embeds.
func builtinDeck() (*deck.Deck, error) {
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		return nil, &pageError{message: msgStartFailed, detail: fmt.Sprintf("built-in deck: %v", err)}
	}
	return d, nil
}

// askedDeck opens the deck of a #deck= link or a ?deck= file, with where
// it came from, or returns nil and no error when the address names
// neither.
func askedDeck(loc js.Value) (d *deck.Deck, origin, name string, err error) {
	if payload, ok := fragmentValue(loc.Get("hash").String(), deck.LinkKey); ok {
		d, err = linkDeck(payload)
		return d, library.FromLink, "", err
	}
	if q, err := url.ParseQuery(strings.TrimPrefix(loc.Get("search").String(), "?")); err == nil && q.Has("deck") {
		name = q.Get("deck")
		d, err = fileDeck(name)
		return d, library.FromURL, name, err
	}
	return nil, "", "", nil
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
