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
