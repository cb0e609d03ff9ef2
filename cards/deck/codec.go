package deck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"factdeck/cards/jsonpos"
)

// Decode reads a factdeck/v1 deck and validates it. JSON syntax errors name
// the line and column; validation errors name the card or fact and field.
func Decode(data []byte) (*Deck, error) {
	objects, values := countJSON(data)
	if objects > len(data)/minObjectBytes+8 {
		return nil, fmt.Errorf("%d JSON objects in %d bytes: too many for a deck, whose records take at least %d bytes each", objects, len(data), minObjectBytes)
	}
	if values > len(data)/minValueBytes+8 {
		return nil, fmt.Errorf("%d JSON values in %d bytes: too many for a deck, whose values take %d bytes or more on average", values, len(data), minValueBytes)
	}
	var d Deck
	presize(&d, data)
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, locate(data, err)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return &d, nil
}

// Read decodes the deck file at path; errors start with the path.
func Read(path string) (*Deck, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("deck %s: %w", path, err)
	}
	return d, nil
}

// Encode writes the deck as indented JSON with a trailing newline. The
// output depends only on the deck's contents, so the same deck always gives
// the same bytes.
func Encode(w io.Writer, d *Deck) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// Marshal returns the encoded deck.
func Marshal(d *Deck) ([]byte, error) {
	var b bytes.Buffer
	if err := Encode(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// locate turns an offset-carrying JSON error into one naming line and column.
func locate(data []byte, err error) error {
	err = &jsonError{err: err}
	line, col, ok := jsonpos.Locate(data, err)
	if !ok {
		return fmt.Errorf("invalid JSON: %w", err)
	}
	return fmt.Errorf("line %d, column %d: invalid JSON: %w", line, col, err)
}

// maxJSONMessage bounds the message of a JSON error. encoding/json repeats
// a misplaced number's whole literal, which a hostile file can make as
// long as itself.
const maxJSONMessage = 200

// jsonError is a JSON error with its message cut to maxJSONMessage bytes;
// errors.As still finds the error of encoding/json inside.
type jsonError struct{ err error }

func (e *jsonError) Error() string {
	msg := e.err.Error()
	if len(msg) <= maxJSONMessage {
		return msg
	}
	cut := maxJSONMessage
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + "…"
}

func (e *jsonError) Unwrap() error { return e.err }

// minObjectBytes is less than the JSON of any record of a valid deck: a
// card, a fact or a source names at least three fields, a ruby span
// three, an annotation its text (the built-in deck averages 300 bytes). A
// hostile file packs empty objects instead, "{},{}", which decode to
// 150-byte cards: a hundred times the input, too much for a browser tab.
// Counting objects first refuses such a file before decoding it.
const minObjectBytes = 24

// minValueBytes is a third of what a value of the built-in deck takes on
// average (18 bytes of compact JSON: most are sentences). A hostile file
// packs values instead, "","",…, each 3 bytes of JSON and a 16-byte string
// in memory, twice that while the slice grows: its memory would be ten
// times its size.
const minValueBytes = 6

// countJSON counts the JSON objects in data (the '{' outside strings) and
// its values (one more than the ',' and ':' outside strings). It does not
// check the syntax; encoding/json does that next.
func countJSON(data []byte) (objects, values int) {
	values = 1
	inString, escaped := false, false
	for _, c := range data {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '{':
			objects++
		case c == ',' || c == ':':
			values++
		}
	}
	return objects, values
}
