package generate

import (
	"regexp"
	"strings"

	"factdeck/cards/corpus"
)

var (
	numberRun           = regexp.MustCompile(`\d+(?:\.\d+)?`)
	spacesAndSeparators = strings.NewReplacer(" ", "", ",", "", "　", "")
	about               = regexp.MustCompile(`約(\d)`)
)

// comparable removes what does not change a text's meaning: spaces,
// thousands separators and the 約 (about) before a number, so "約2,400億ドル"
// and "2400億ドル" compare equal.
func comparable(s string) string {
	return about.ReplaceAllString(spacesAndSeparators.Replace(corpus.Normalize(s)), "$1")
}

// reveals reports whether text gives away answer.
func reveals(text, answer string) bool {
	a := comparable(answer)
	return a != "" && strings.Contains(comparable(text), a)
}

// revealsNumber reports whether text gives away a numeric answer: the
// number standing alone (2400 in "2,400億ドル", not 2 in "2025年").
func revealsNumber(text string, a amount) bool {
	if a.unit != "" && reveals(text, a.String()) {
		return true // a bare figure's digit inside another (5 in 2025) is no giveaway
	}
	want := a.plain()
	for _, n := range numberRun.FindAllString(comparable(text), -1) {
		if n == want {
			return true
		}
	}
	return false
}
