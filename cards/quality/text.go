package quality

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdeck/cards/corpus"
)

// canon is the form in which answers, prompts and sentences are compared:
// the corpus normalization (NFKC, one space per run), then without spaces,
// which scraped pages scatter at random, and without thousands separators,
// so that "約2,400億ドル" and "約2400億ドル" are the same text.
func canon(s string) string {
	s = corpus.Normalize(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return dropThousands(s)
}

// dropThousands removes every comma that separates groups of three digits.
func dropThousands(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ',' && i > 0 && isDigit(s[i-1]) && isThousandsGroup(s[i+1:]) {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// isThousandsGroup reports whether s starts with exactly three digits.
func isThousandsGroup(s string) bool {
	if len(s) < 3 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) {
		return false
	}
	return len(s) == 3 || !isDigit(s[3])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// containsSpan reports whether needle stands in hay without cutting a
// number apart: where the needle starts or ends with a digit, the number
// there must not run on, so "5%" is not found in "25%", nor "2" in "2025年"
// or "1" in "1.5".
func containsSpan(hay, needle string) bool {
	if needle == "" {
		return false
	}
	for off := 0; ; {
		k := strings.Index(hay[off:], needle)
		if k < 0 {
			return false
		}
		i, j := off+k, off+k+len(needle)
		if !(isDigit(needle[0]) && continuesBefore(hay, i)) && !(isDigit(needle[len(needle)-1]) && continuesAfter(hay, j)) {
			return true
		}
		_, size := utf8.DecodeRuneInString(hay[i:])
		off = i + size
	}
}

// continuesBefore reports whether a number runs on into hay[i:] from the
// left: a digit or a decimal point stands just before i.
func continuesBefore(hay string, i int) bool {
	return i > 0 && (isDigit(hay[i-1]) || hay[i-1] == '.')
}

// continuesAfter reports whether a number runs on from hay[:j] to the
// right: a digit, or a decimal point and a digit, stands at j.
func continuesAfter(hay string, j int) bool {
	if j >= len(hay) {
		return false
	}
	return isDigit(hay[j]) || (hay[j] == '.' && j+1 < len(hay) && isDigit(hay[j+1]))
}

// number matches a number as the corpus writes it after NFKC, with or
// without thousands separators.
var number = regexp.MustCompile(`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`)

// numbers returns the values of the numbers written in s.
func numbers(s string) []float64 {
	var out []float64
	for _, m := range number.FindAllString(corpus.Normalize(s), -1) {
		if v, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// hasNumber reports whether the value of answer is one of the numbers of s.
func hasNumber(s, answer string) bool {
	v, err := strconv.ParseFloat(strings.TrimSpace(answer), 64)
	if err != nil {
		return false
	}
	for _, n := range numbers(s) {
		if n == v {
			return true
		}
	}
	return false
}

// contextRunes counts the letters and digits of a prompt: what it tells the
// student, leaving out the blank, brackets and punctuation.
func contextRunes(prompt string) int {
	n := 0
	for _, r := range prompt {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}
