package deck

import (
	"strconv"
	"strings"
)

// presize gives the deck's lists the room their JSON asks for, before
// encoding/json fills them. Left to itself it grows a list a quarter at a
// time as elements arrive; each larger copy cannot reuse the space of the
// ones before it, so a list of cards took five times its final size, which
// in a browser tab is memory never given back (a 2 MB file of small cards
// took the page past 75 MB). Only the elements that are objects count: a
// list of anything else fails to decode anyway.
func presize(d *Deck, data []byte) {
	for key, n := range objectCounts(data) {
		switch {
		case strings.EqualFold(key, "sources"):
			d.Sources = make([]Source, 0, n)
		case strings.EqualFold(key, "facts"):
			d.Facts = make([]Fact, 0, n)
		case strings.EqualFold(key, "cards"):
			d.Cards = make([]Card, 0, n)
		}
	}
}

// objectCounts returns, for each key of the top-level object whose value
// is a list, how many objects that list holds. Keys are unquoted as
// encoding/json unquotes them, since it matches them to fields ignoring
// case. Syntax is not checked: encoding/json does that.
func objectCounts(data []byte) map[string]int {
	out := map[string]int{}
	depth := 0
	inString, escaped := false, false
	expectKey := false
	keyStart := -1
	key, list := "", ""
	for i, c := range data {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
				if keyStart >= 0 {
					key, _ = strconv.Unquote(string(data[keyStart : i+1]))
					keyStart = -1
				}
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			if depth == 1 && expectKey {
				keyStart, expectKey = i, false
			}
		case '{', '[':
			switch {
			case depth == 0 && c == '{':
				expectKey = true
			case depth == 1 && c == '[':
				list = key
				out[list] = 0
			case depth == 2 && c == '{' && list != "":
				out[list]++
			}
			depth++
		case '}', ']':
			depth--
			if depth == 1 {
				list = ""
			}
		case ',':
			if depth == 1 {
				expectKey = true
			}
		}
	}
	return out
}
