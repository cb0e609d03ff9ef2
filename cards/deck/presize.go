package deck

import (
	"bytes"
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
		switch strings.ToLower(key) {
		case "sources":
			d.Sources = make([]Source, 0, n)
		case "facts":
			d.Facts = make([]Fact, 0, n)
		case "cards":
			d.Cards = make([]Card, 0, n)
		}
	}
}

// listKeys are the deck's lists that presize makes.
var listKeys = [][]byte{[]byte("sources"), []byte("facts"), []byte("cards")}

// listKey returns the quoted key raw unquoted when encoding/json decodes
// it into one of listKeys, else "". Only such a key is made a string.
func listKey(raw []byte) string {
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') >= 0 {
		if len(raw) > maxKeyBytes {
			return ""
		}
		k, err := strconv.Unquote(string(raw))
		if err != nil {
			return ""
		}
		inner = []byte(k)
	}
	for _, name := range listKeys {
		if bytes.EqualFold(inner, name) {
			return string(inner)
		}
	}
	return ""
}

// maxKeyBytes is longer than any way to write "sources" in JSON, each
// letter escaped (\u0073…); a longer key is none of the lists, and is not
// unquoted.
const maxKeyBytes = 2 + 7*6

// objectCounts returns, for each key of the top-level object that names
// one of the deck's lists (listKey) and whose value is a list, how many
// objects that list holds. Keys are unquoted as encoding/json unquotes
// them, since it matches them to fields ignoring case; other keys are not
// kept, so a file of many keys costs nothing. Syntax is not checked:
// encoding/json does that.
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
					key = listKey(data[keyStart : i+1])
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
			case depth == 1 && c == '[' && key != "":
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
