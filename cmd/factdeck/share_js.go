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
