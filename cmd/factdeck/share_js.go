//go:build js

package main

import (
	"errors"
	"fmt"
	"syscall/js"

	"factdeck/cards/deck"
	"factdeck/game/locale"
)

// linkReasons says in Japanese (put in the page's language as it is
// shown) what each deck.DecodeLink error means for the student holding
// the link. An empty deck is named before
// ErrLinkDeck, which it also is.
var linkReasons = []struct {
	err    error
	reason string
}{
	{deck.ErrLinkTooLong, locale.ReasonLinkTooLong},
	{deck.ErrLinkEncoding, locale.ReasonLinkEncoding},
	{deck.ErrLinkDamaged, locale.ReasonLinkDamaged},
	{deck.ErrLinkTooLarge, locale.ReasonLinkTooLarge},
	{deck.ErrEmpty, locale.ReasonDeckEmpty},
	{deck.ErrLinkDeck, locale.ReasonLinkNotDeck},
}

// pickDeck takes the cards of a pick link from the built-in deck, and
// says how many it does not have.
func pickDeck(builtin *deck.Deck, payload string) (*deck.Deck, int, error) {
	p, err := deck.DecodePick(payload)
	if err == nil {
		d, missing, err := builtin.Picked(p)
		if err == nil {
			return d, len(missing), nil
		}
		return nil, 0, &pageError{message: inPage(locale.DeckLinkFailed) + inPage(locale.ReasonPickNone), detail: err.Error()}
	}
	return nil, 0, &pageError{message: inPage(locale.DeckLinkFailed) + linkReason(err, deck.MaxPickLen), detail: err.Error()}
}

// linkDeck decodes a deck shared by link.
func linkDeck(payload string) (*deck.Deck, error) {
	d, err := deck.DecodeLink(payload)
	if err == nil {
		return d, nil
	}
	return nil, &pageError{message: inPage(locale.DeckLinkFailed) + linkReason(err, deck.MaxLinkLen), detail: err.Error()}
}

// linkReason says what a link's error means for the student holding it;
// limit is the link's length limit.
func linkReason(err error, limit int) string {
	reason := inPage(locale.ReasonLinkOther)
	for _, r := range linkReasons {
		if errors.Is(err, r.err) {
			reason = inPage(r.reason)
			break
		}
	}
	if errors.Is(err, deck.ErrLinkTooLong) {
		reason = fmt.Sprintf(reason, limit)
	}
	return reason
}

// appAddress is the page's address without its query and fragment: what
// a shared deck's link starts with.
func appAddress() string {
	loc := js.Global().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String()
}

// copyText puts text on the clipboard. The browser answers later; a
// refusal (no permission) goes to the console.
func copyText(text string) error {
	clip := js.Global().Get("navigator").Get("clipboard")
	if clip.IsUndefined() || clip.IsNull() {
		return errors.New("this browser gives the page no clipboard (it needs https)")
	}
	var done, failed js.Func
	release := func() { done.Release(); failed.Release() }
	done = js.FuncOf(func(js.Value, []js.Value) any { release(); return nil })
	failed = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer release()
		js.Global().Get("console").Call("warn", "factdeck: copying the link:", args[0])
		return nil
	})
	clip.Call("writeText", text).Call("then", done, failed)
	return nil
}
