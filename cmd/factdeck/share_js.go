//go:build js

package main

import (
	"errors"
	"fmt"

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

// linkDeck decodes a deck shared by link.
func linkDeck(payload string) (*deck.Deck, error) {
	d, err := deck.DecodeLink(payload)
	if err == nil {
		return d, nil
	}
	reason := inPage(locale.ReasonLinkOther)
	for _, r := range linkReasons {
		if errors.Is(err, r.err) {
			reason = inPage(r.reason)
			break
		}
	}
	if errors.Is(err, deck.ErrLinkTooLong) {
		reason = fmt.Sprintf(reason, deck.MaxLinkLen)
	}
	return nil, &pageError{message: inPage(locale.DeckLinkFailed) + reason, detail: err.Error()}
}
