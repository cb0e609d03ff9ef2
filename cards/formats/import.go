package formats

import (
	"fmt"
	"slices"
	"unicode"

	"factdeck/cards/deck"
)

// Readers are the formats a teacher's own cards can be imported from.
var Readers = map[string]func([]byte) ([]ImportedCard, error){
	"anki":    ReadAnki,
	"quizlet": ReadQuizlet,
	"csv":     ReadCSV,
	"gift":    ReadGIFT,
}

// ReaderNames lists Readers' keys in a fixed order, for messages.
func ReaderNames() []string {
	var names []string
	for n := range Readers {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Import reads the cards of file (its contents data) in format and makes
// them a deck whose source is the file. Errors name the line and field.
func Import(format, file string, data []byte) (*deck.Deck, error) {
	read, ok := Readers[format]
	if !ok {
		return nil, fmt.Errorf("format %s: want one of %v", deck.Quote(format), ReaderNames())
	}
	cards, err := read(data)
	if err != nil {
		return nil, err
	}
	return NewDeck(file, language(cards), cards)
}

// language guesses the cards' language: Japanese when any prompt holds
// kana or kanji, else English.
func language(cards []ImportedCard) string {
	for _, c := range cards {
		for _, r := range c.Prompt {
			if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
				return "ja"
			}
		}
	}
	return "en"
}
