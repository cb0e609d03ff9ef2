package formats

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// MaxImportBytes bounds a file to import: a teacher's cards fit in far
// less, and a larger file is most likely not cards at all.
const MaxImportBytes = 8 << 20

// ImportedCard is one card read from a file, before it becomes a deck
// card: Line is where it starts in the file, for errors.
type ImportedCard struct {
	Line int
	// ID is the id the file gives the card (a guid, a name), if any.
	ID      string
	Type    string // empty: told by the fields (see cardType)
	Prompt  string
	Answer  string
	Choices []string
	Also    []string
	Accept  []string
	Tags    []string
	Unit    string
	Note    string
	// Tolerance is a numeric answer's, Kind the fact's kind (default
	// deck.KindDefinition: a teacher's own card states something).
	Tolerance float64
	Kind      string
	Pairs     []deck.Pair
}

// LineError is a problem at one line of an imported file.
type LineError struct {
	Line  int
	Field string
	Msg   string
}

func (e *LineError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return fmt.Sprintf("line %d: field %q: %s", e.Line, e.Field, e.Msg)
}

// checkSize refuses input over MaxImportBytes and input that is not
// UTF-8, naming the byte where it stops being so.
func checkSize(data []byte) error {
	if len(data) > MaxImportBytes {
		return fmt.Errorf("%d bytes: more than the %d bytes a file of cards may have", len(data), MaxImportBytes)
	}
	if !utf8.Valid(data) {
		line := 1
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				return &LineError{Line: line, Msg: fmt.Sprintf("byte %d: invalid UTF-8 (save the file as UTF-8)", i+1)}
			}
			if r == '\n' {
				line++
			}
			i += n
		}
	}
	return nil
}

// NewDeck makes a deck of imported cards: one source, the file (its base
// name), one fact per card whose sentence is the card's question with its
// answer, and each card checked as the deck checks it, so that an error
// names the line it comes from. Cards without an id of their own get one
// made from their question and answer, so a second import of the same
// file gives the same ids.
func NewDeck(file, lang string, cards []ImportedCard) (*deck.Deck, error) {
	base := filepath.Base(file)
	title := strings.TrimSuffix(base, filepath.Ext(base))
	src := deck.Source{ID: "import", File: base, Title: cmp.Or(title, base)}
	d := &deck.Deck{Format: deck.Format, Title: src.Title, Language: lang, Sources: []deck.Source{src}}
	if len(cards) == 0 {
		return nil, errors.New("no cards found")
	}
	var errs []error
	used := map[string]bool{}
	for _, ic := range cards {
		c, f := ic.toCard(lang)
		c.ID = uniqueID(c.ID, used)
		f.ID = "f-" + c.ID
		c.Fact = f.ID
		one := &deck.Deck{Format: deck.Format, Title: d.Title, Language: lang, Sources: d.Sources, Facts: []deck.Fact{f}, Cards: []deck.Card{c}}
		if err := one.Validate(); err != nil {
			if len(errs) < deck.MaxReported {
				errs = append(errs, fmt.Errorf("line %d: %w", ic.Line, err))
			}
			continue
		}
		d.Facts = append(d.Facts, f)
		d.Cards = append(d.Cards, c)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return d, nil
}

// toCard makes the deck card and its fact.
func (ic ImportedCard) toCard(lang string) (deck.Card, deck.Fact) {
	c := deck.Card{ID: strings.TrimSpace(ic.ID), Type: ic.Type, Prompt: ic.Prompt, Answer: ic.Answer,
		Choices: ic.Choices, Also: ic.Also, Accept: ic.Accept, Unit: ic.Unit, Note: ic.Note, Tolerance: ic.Tolerance, Pairs: ic.Pairs}
	for _, t := range ic.Tags {
		if t == QuizOnlyTag {
			c.QuizOnly = true
			continue
		}
		c.Tags = append(c.Tags, t)
	}
	if c.Type == "" {
		c.Type = cardType(c)
	}
	if len(c.Choices) > 0 && !slices.Contains([]string{deck.TypeMCQ, deck.TypeOrder, deck.TypeMatch}, c.Type) {
		// A list the card type has no place for (an ordering card's
		// items read back as a basic card) stays in the question.
		c.Prompt += "\n" + strings.Join(c.Choices, "\n")
		c.Choices = nil
	}
	if c.Type == deck.TypeTrueFalse {
		if a, ok := trueFalseAnswer(c.Answer); ok {
			c.Answer = a
		}
	}
	if c.Type == deck.TypeNumeric && c.Unit == "" {
		c.Prompt, c.Unit = cutUnitSuffix(c.Prompt)
	}
	if c.ID == "" {
		sum := sha256.Sum256([]byte(c.Type + "\x00" + c.Prompt + "\x00" + c.Answer))
		c.ID = "c" + hex.EncodeToString(sum[:6])
	}
	kind := ic.Kind
	if !slices.Contains(deck.Kinds, kind) {
		kind = deck.KindDefinition
	}
	sentence := c.Prompt + " " + c.Answer
	if c.Type == deck.TypeCloze {
		sentence = Filled(c)
	}
	return c, deck.Fact{Source: "import", Sentence: sentence, Kind: kind}
}

// cardType tells a card's type by its fields, for formats that do not
// say it: choices holding the answer make it multiple choice, a blank in
// the prompt a cloze, a type tag (type:numeric) what it says; else the
// card is basic (a question and its answer).
func cardType(c deck.Card) string {
	for _, t := range c.Tags {
		if typ, ok := strings.CutPrefix(t, "type:"); ok && slices.Contains(deck.Types, typ) && fits(c, typ) {
			return typ
		}
	}
	switch {
	case len(c.Choices) >= 2 && slices.Contains(c.Choices, c.Answer):
		return deck.TypeMCQ
	case strings.Contains(c.Prompt, deck.Blank):
		return deck.TypeCloze
	}
	return deck.TypeBasic
}

// fits reports whether c's fields suit a card of type typ, so a type tag
// that does not (a numeric tag on a text answer) is not followed.
func fits(c deck.Card, typ string) bool {
	switch typ {
	case deck.TypeTrueFalse:
		_, ok := trueFalseAnswer(c.Answer)
		return ok && len(c.Choices) == 0
	case deck.TypeNumeric:
		_, err := strconv.ParseFloat(c.Answer, 64)
		return err == nil && len(c.Choices) == 0
	case deck.TypeMCQ:
		return slices.Contains(c.Choices, c.Answer)
	case deck.TypeCloze:
		return strings.Contains(c.Prompt, deck.Blank) && len(c.Choices) == 0
	case deck.TypeBasic:
		return len(c.Choices) == 0
	}
	return false
}

// uniqueID returns id, or id with a number after it when used already.
func uniqueID(id string, used map[string]bool) string {
	out := id
	for n := 2; used[out]; n++ {
		out = id + "-" + strconv.Itoa(n)
	}
	used[out] = true
	return out
}
