// Package layout breaks text into lines that fit a width, following the
// Japanese line-breaking rules (kinsoku shori): a line never starts with a
// closing bracket, a small kana or a full stop, and never ends with an
// opening bracket. It measures through a function, so it needs no font and
// no Ebitengine, and its tests run anywhere.
package layout

import (
	"strings"
	"unicode"
)

// Measure returns the advance width of s in the caller's units.
type Measure func(s string) float64

// noStart holds characters that may not begin a line.
const noStart = "、。，．,.)）]］｝}〕〉》」』】〙〗〟’”»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻‐゠–〜～?!？！‼⁇⁈⁉・:;：；/／%％"

// units holds the counters and units written right after a number.
const units = "年月日時分秒円人件回歳倍割億万千百兆点位台本個社国度週"

// noEnd holds characters that may not end a line.
const noEnd = "(（[［｛{〔〈《「『【〘〖〝‘“«"

// Wrap splits text into lines no wider than width. Explicit newlines are
// kept. Breaks fall between words for Latin text and between characters for
// Japanese, except where kinsoku forbids; breaks listed in phrases (rune
// offsets into text where a phrase starts, as deckgen stores them) are
// preferred, so words such as 年間 or ドル stay whole. A single unbreakable
// run wider than width is split anyway rather than overflow.
func Wrap(text string, width float64, measure Measure, phrases []int) []string {
	return WrapKept(text, width, measure, phrases, nil)
}

// Span is a run of runes [Start, End) of a text.
type Span struct{ Start, End int }

// WrapKept is Wrap that never breaks inside a kept span (a word with its
// reading set above it, which must stay on one line with its ruby), unless
// the span alone is wider than width.
func WrapKept(text string, width float64, measure Measure, phrases []int, kept []Span) []string {
	var lines []string
	offset := 0
	for _, para := range strings.Split(text, "\n") {
		lines = append(lines, wrapParagraph([]rune(para), offset, width, measure, phrases, kept)...)
		offset += len([]rune(para)) + 1
	}
	return lines
}

func wrapParagraph(rs []rune, offset int, width float64, measure Measure, phrases []int, kept []Span) []string {
	if len(rs) == 0 {
		return []string{""}
	}
	preferred := map[int]bool{}
	for _, p := range phrases {
		if p > offset && p < offset+len(rs) {
			preferred[p-offset] = true
		}
	}
	inside := map[int]bool{}
	for _, k := range kept {
		for i := max(k.Start+1, offset); i < k.End && i < offset+len(rs); i++ {
			inside[i-offset] = true
		}
	}
	var lines []string
	for start := 0; start < len(rs); {
		line := rs[start:]
		n := fit(line, width, measure)
		if n < len(line) {
			n = breakBefore(line, n, func(i int) bool { return preferred[start+i] }, func(i int) bool { return inside[start+i] })
		}
		lines = append(lines, strings.TrimRightFunc(string(line[:n]), unicode.IsSpace))
		start += n
		for start < len(rs) && unicode.IsSpace(rs[start]) {
			start++
		}
	}
	return lines
}

// fit returns how many leading runes fit in width (at least one).
func fit(rs []rune, width float64, measure Measure) int {
	lo, hi := 1, len(rs)
	if measure(string(rs)) <= width {
		return len(rs)
	}
	// Binary search: width grows with the prefix length.
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(string(rs[:mid])) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// breakBefore moves a break at n back to the best allowed position in the
// second half of the line: a space ending the Latin word that n would
// split, else a preferred phrase start; failing those, the nearest position
// kinsoku allows that does not split a Latin word or a number. A space
// behind Japanese text is not sought: Japanese may break between any two
// characters, so going back to an earlier space (before "factdeck" in
// "別の factdeck が使用中です") would only leave the line short.
func breakBefore(rs []rune, n int, preferred, inside func(int) bool) int {
	ok := func(i int) bool { return allowed(rs, i) && !inside(i) }
	for i := n; i > n/2; i-- {
		if (unicode.IsSpace(rs[i]) || unicode.IsSpace(rs[i-1])) && ok(i) {
			return i
		}
		if !latin(rs[i-1]) && !unicode.IsSpace(rs[i-1]) {
			break
		}
	}
	for i := n; i > n/2; i-- {
		if preferred(i) && ok(i) {
			return i
		}
	}
	for i := n; i > 0; i-- {
		if ok(i) && !(latin(rs[i-1]) && latin(rs[i])) {
			return i
		}
	}
	return n
}

// allowed reports whether a line may break before rs[i]. Spaces at the
// break vanish, so the rule looks past them to the characters that will
// really end one line and start the next.
func allowed(rs []rune, i int) bool {
	next, prev := i, i-1
	for next < len(rs) && unicode.IsSpace(rs[next]) {
		next++
	}
	for prev >= 0 && unicode.IsSpace(rs[prev]) {
		prev--
	}
	if next < len(rs) && strings.ContainsRune(noStart, rs[next]) {
		return false
	}
	// A number and its unit (10日, 3割, 5億) are read as one word.
	if prev >= 0 && next < len(rs) && unicode.IsDigit(rs[prev]) && strings.ContainsRune(units, rs[next]) {
		return false
	}
	// A run of ＿ is a cloze's blank (［＿＿＿］), read as one thing.
	if prev >= 0 && next < len(rs) && rs[prev] == '＿' && rs[next] == '＿' {
		return false
	}
	return prev < 0 || !strings.ContainsRune(noEnd, rs[prev])
}

// latin reports whether r belongs to a word that should not be split
// (letters and digits of alphabetic scripts, and digit separators).
func latin(r rune) bool {
	return r < 0x3000 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == '.' || r == '\'' || r == '-')
}

// Ruby is the reading, in hiragana, of the runes [Start, End) of a text:
// furigana set above the word.
type Ruby struct {
	Start, End int
	Reading    string
}
