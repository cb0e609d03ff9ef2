package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize is the one normalization every stage compares text with: NFKC
// (full-width Latin and digits become ASCII, half-width kana full-width,
// "（" becomes "("), then every run of white space becomes one space, and the
// ends are trimmed. Byte-order marks and zero-width spaces are dropped: they
// are invisible, so two texts that differ only by them must compare equal.
// So are the asterisks of Markdown emphasis (*title*) a plain text kept.
func Normalize(s string) string { return NormalizeMapped(s).Text }

// Mapping is a normalized text that remembers where each of its bytes came
// from, so that a span found in normalized text can be cut verbatim out of
// the raw text.
type Mapping struct {
	Text string
	lo   []int // lo[i]: raw offset where the source of Text[i] starts
	hi   []int // hi[i]: raw offset just past the source of Text[i]
}

// NormalizeMapped normalizes raw like Normalize and keeps the offset map.
func NormalizeMapped(raw string) Mapping {
	var m Mapping
	var b strings.Builder
	pending, pendingLo, pendingHi := false, 0, 0
	emit := func(s string, lo, hi int) {
		b.WriteString(s)
		for range len(s) {
			m.lo = append(m.lo, lo)
			m.hi = append(m.hi, hi)
		}
	}
	marks := emphasisMarks(raw)
	var it norm.Iter
	it.InitString(norm.NFKC, raw)
	for !it.Done() {
		a := it.Pos()
		seg := string(it.Next())
		z := it.Pos()
		// An unchanged segment maps rune by rune; a changed one (a
		// composition, a width change) maps as a whole.
		same := seg == raw[a:z]
		for k, r := range seg {
			lo, hi := a, z
			if same {
				lo, hi = a+k, a+k+utf8.RuneLen(r)
			}
			switch {
			case ignorable(r), r == '*' && same && marks[a+k]:
			case unicode.IsSpace(r):
				if !pending {
					pending, pendingLo = true, lo
				}
				pendingHi = hi
			default:
				if pending && b.Len() > 0 {
					emit(" ", pendingLo, pendingHi)
				}
				pending = false
				emit(string(r), lo, hi)
			}
		}
	}
	m.Text = b.String()
	return m
}

// emphasis finds a word or phrase between asterisks, as a page copied
// from Markdown keeps them (*Social Theory of International Politics*).
var emphasis = regexp.MustCompile(`(\*\*?)[^*\s](?:[^*\n]{0,80}[^*\s])?(\*\*?)`)

// emphasisMarks returns the byte offsets in raw of the asterisks that
// mark emphasis, which Normalize drops: they are markup, not text.
func emphasisMarks(raw string) map[int]bool {
	if !strings.Contains(raw, "*") {
		return nil
	}
	marks := map[int]bool{}
	for _, m := range emphasis.FindAllStringSubmatchIndex(raw, -1) {
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			for i := g[0]; i < g[1]; i++ {
				marks[i] = true
			}
		}
	}
	return marks
}

// ignorable reports the invisible characters that Normalize drops.
func ignorable(r rune) bool {
	return r == '\uFEFF' || r == '\u200B' || r == '\u2060'
}

// RawSpan maps the byte range [i, j) of m.Text back to the raw span it was
// normalized from. An empty range maps to an empty span at its position.
func (m Mapping) RawSpan(i, j int) (start, end int) {
	if len(m.lo) == 0 {
		return 0, 0
	}
	i = min(max(i, 0), len(m.lo))
	j = min(max(j, i), len(m.lo))
	if i == len(m.lo) {
		return m.hi[i-1], m.hi[i-1]
	}
	if i == j {
		return m.lo[i], m.lo[i]
	}
	return m.lo[i], m.hi[j-1]
}

// shift moves every raw offset through f, to turn offsets into a piece of
// text into offsets into the whole document.
func (m Mapping) shift(f func(off int, end bool) int) Mapping {
	out := Mapping{Text: m.Text, lo: make([]int, len(m.lo)), hi: make([]int, len(m.hi))}
	for i := range m.lo {
		out.lo[i] = f(m.lo[i], false)
		out.hi[i] = f(m.hi[i], true)
	}
	return out
}

// Locate finds normalized text in the document and returns the span of
// Document.Raw it was normalized from. It looks in the sentences first, then
// in the whole running text (page breaks rejoined, one space between
// paragraphs), so that text running across sentences is found too.
func (d *Document) Locate(normalized string) (start, end int, ok bool) {
	if normalized == "" {
		return 0, 0, false
	}
	for _, s := range d.Sentences {
		if i := strings.Index(s.Text, normalized); i >= 0 {
			start, end = s.RawSpan(i, i+len(normalized))
			return start, end, true
		}
	}
	if i := strings.Index(d.norm.Text, normalized); i >= 0 {
		start, end = d.norm.RawSpan(i, i+len(normalized))
		return start, end, true
	}
	return 0, 0, false
}
