package deck

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// QuoteRunes is the most characters of a deck's text that an error message
// repeats. Decks come from links and files anyone can make; a message that
// repeated a whole text could be as large as the deck, once per problem.
const QuoteRunes = 40

// Quote returns s quoted as Go source (so control characters and invalid
// UTF-8 show), cut to its first QuoteRunes characters and followed by its
// length when longer.
func Quote(s string) string {
	prefix, cut := prefixRunes(s, QuoteRunes)
	if !cut {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%s… (%d bytes)", strconv.Quote(prefix), len(s))
}

// Clip returns an id as it is when it is short and printable, so messages
// read "card c12"; any other id is quoted by Quote.
func Clip(id string) string {
	if _, cut := prefixRunes(id, QuoteRunes); cut {
		return Quote(id)
	}
	for _, r := range id {
		if r == utf8.RuneError || !strconv.IsPrint(r) || r == ' ' {
			return Quote(id)
		}
	}
	return id
}

// prefixRunes returns the first n runes of s (bytes of invalid UTF-8
// count as one each) and whether s was longer.
func prefixRunes(s string, n int) (string, bool) {
	i := 0
	for off := range s {
		if i == n {
			return s[:off], true
		}
		i++
	}
	return s, false
}
