package phrase

import (
	"unicode"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// word is one token of kagome's analysis with the features the rules read.
type word struct {
	surface    string
	start, end int    // rune offsets in the analysed text
	pos, sub   string // part of speech and its first subdivision (IPA)
	kind       string // the second subdivision: 人名 for a person's name
	base       string // dictionary form, "" when unknown
	reading    string // katakana, "" when unknown
}

// words tokenizes text. kagome's Start and End already count runes.
func (a *Analyzer) words(text string) []word {
	toks := a.tok.Tokenize(text)
	out := make([]word, 0, len(toks))
	for _, t := range toks {
		w := word{surface: t.Surface, start: t.Start, end: t.End}
		if pos := t.POS(); len(pos) > 0 {
			w.pos = pos[0]
			if len(pos) > 1 {
				w.sub = pos[1]
			}
			if len(pos) > 2 {
				w.kind = pos[2]
			}
		}
		if t.Class == tokenizer.KNOWN {
			w.base, _ = t.BaseForm()
			w.reading, _ = t.Reading()
		}
		out = append(out, w)
	}
	return joinNumbers(out)
}

// joinNumbers makes one word of a number that kagome cuts at its
// separators ("2" "," "400"), so that no rule ever looks inside it.
func joinNumbers(words []word) []word {
	out := words[:0]
	for _, w := range words {
		n := len(out)
		if n >= 2 && w.isNumber() && isSeparator(out[n-1]) && out[n-2].isNumber() {
			out[n-2].surface += out[n-1].surface + w.surface
			out[n-2].end = w.end
			out = out[:n-1]
			continue
		}
		out = append(out, w)
	}
	return out
}

func isSeparator(w word) bool { return w.surface == "," || w.surface == "." }

// isNumber reports a run of digits, the number part of "2,400億ドル".
func (w word) isNumber() bool {
	if w.surface == "" {
		return false
	}
	for _, r := range w.surface {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}
