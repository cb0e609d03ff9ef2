package store

import (
	"fmt"
	"unicode/utf8"
)

// clipRunes is how much of a piece of outside text (a name from the
// command line, a value from a file) a message quotes: enough to
// recognise it, never so much that a hostile input makes a huge message.
const clipRunes = 40

// clip quotes at most clipRunes runes of s, and says how much it left out.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= clipRunes {
		return s
	}
	cut := 0
	for i := 0; i < clipRunes; i++ {
		_, size := utf8.DecodeRuneInString(s[cut:])
		cut += size
	}
	return fmt.Sprintf("%s… (%d more bytes)", s[:cut], len(s)-cut)
}

// maxErrorBytes bounds the text of an error about outside data. The
// decoders under it may quote their input (encoding/json quotes a whole
// number literal it cannot store), so the store cuts what it passes on.
const maxErrorBytes = 1000

// boundedError is an error whose text was cut to maxErrorBytes; errors.Is
// and errors.As still see the error it cut.
type boundedError struct {
	msg string
	err error
}

func (e *boundedError) Error() string { return e.msg }
func (e *boundedError) Unwrap() error { return e.err }

// bounded returns err with its text cut to maxErrorBytes, on a rune
// boundary, saying how much was left out.
func bounded(err error) error {
	msg := err.Error()
	if len(msg) <= maxErrorBytes {
		return err
	}
	cut := maxErrorBytes
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return &boundedError{msg: fmt.Sprintf("%s… (%d more bytes)", msg[:cut], len(msg)-cut), err: err}
}
