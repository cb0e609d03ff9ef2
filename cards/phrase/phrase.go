// Package phrase finds, in Japanese text, where phrases (bunsetsu) start and
// how the words written in kanji are read, so that the app can wrap a line
// between phrases rather than inside a word and set furigana over kanji.
//
// It runs kagome with the IPA dictionary. That makes it part of the build
// half: the app reads the results from the deck and never links this package.
package phrase

import (
	"fmt"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Analyzer annotates texts. It is safe for concurrent use.
type Analyzer struct {
	tok *tokenizer.Tokenizer
}

// Ruby is the reading, in hiragana, of the runes [Start, End) of a text.
type Ruby struct {
	Start, End int
	Reading    string
}

// Analysis is what the app needs to set one text: the rune offsets where a
// phrase starts (never 0) and the readings of its harder words in kanji.
type Analysis struct {
	Breaks []int
	Ruby   []Ruby
}

// New loads the IPA dictionary (once per process) and returns an Analyzer.
func New() (*Analyzer, error) {
	tok, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
	if err != nil {
		return nil, fmt.Errorf("phrase: %w", err)
	}
	return &Analyzer{tok: tok}, nil
}

// Analyze returns the phrase starts and readings of text. Offsets count
// runes, as the deck's annotations do.
func (a *Analyzer) Analyze(text string) Analysis {
	words := a.words(text)
	return Analysis{Breaks: breaks(words), Ruby: readings(words)}
}

// Breaks returns the rune offsets where a phrase of text starts, 0 excluded.
func (a *Analyzer) Breaks(text string) []int { return breaks(a.words(text)) }

// Readings returns the readings of the words of text that hold a kanji
// beyond the primary-school ones.
func (a *Analyzer) Readings(text string) []Ruby { return readings(a.words(text)) }
