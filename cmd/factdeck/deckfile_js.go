//go:build js

package main

import (
	"errors"
	"fmt"
	"regexp"

	"factdeck/cards/deck"
	"factdeck/game/locale"
)

// maxDeckFile bounds a deck file fetched with ?deck=. The built-in deck
// of 771 cards is 1.2 MB. The app holds the whole deck in its 64 MB, and
// decoding JSON takes up to ten times the file's size (the worst that
// deck.Decode lets through: small objects that become cards), so a file
// of 2 MB is the most that keeps a hostile one within that memory.
const maxDeckFile = 2 << 20

// deckFileName is what ?deck= may name: a plain .json file beside
// index.html. No slashes, so no other directory, and no scheme, so no
// other site.
var deckFileName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.json$`)

// fileDeck fetches and decodes the deck file name.
func fileDeck(name string) (*deck.Deck, error) {
	msg := fmt.Sprintf(inPage(locale.DeckFileFailed), shortName(name))
	if !deckFileName.MatchString(name) {
		return nil, &pageError{
			message: msg + inPage(locale.ReasonFileName),
			detail:  fmt.Sprintf("?deck=%s: not a plain .json file name", deck.Quote(name)),
		}
	}
	data, err := fetchBytes(name, maxDeckFile)
	if err != nil {
		return nil, &pageError{message: msg + fetchReason(err), detail: err.Error()}
	}
	d, err := deck.Decode(data)
	switch {
	case errors.Is(err, deck.ErrEmpty):
		return nil, &pageError{message: msg + inPage(locale.ReasonDeckEmpty), detail: err.Error()}
	case err != nil:
		return nil, &pageError{message: msg + inPage(locale.ReasonFileNotDeck), detail: err.Error()}
	}
	return d, nil
}

// shortName is a file name as the notice shows it: at most
// deck.QuoteRunes characters, so a crafted ?deck= cannot fill the screen.
func shortName(name string) string {
	n := 0
	for i := range name {
		if n == deck.QuoteRunes {
			return name[:i] + "…"
		}
		n++
	}
	return name
}

// fetchReason says in Japanese why fetchBytes failed.
func fetchReason(err error) string {
	var he *httpError
	switch {
	case errors.As(err, &he) && he.status == 404:
		return inPage(locale.ReasonFileMissing)
	case errors.As(err, &he):
		return fmt.Sprintf(inPage(locale.ReasonFileHTTP), he.status)
	case errors.Is(err, errTooLarge):
		return inPage(locale.ReasonFileTooLarge)
	}
	return inPage(locale.ReasonFileNetwork)
}
