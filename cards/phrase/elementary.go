package phrase

import (
	_ "embed"
	"strings"
	"unicode"
)

// elementaryText lists the kanji taught in Japan's primary schools; see
// the file's header.
//
//go:embed elementary.txt
var elementaryText string

// elementary holds those kanji. Every reader of the deck knows them, so a
// reading over them would only take room: 日, 年, 月, 人, 国, 条約, 防衛.
var elementary = func() map[rune]bool {
	m := map[rune]bool{}
	for _, line := range strings.Split(elementaryText, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, r := range line {
			if unicode.Is(unicode.Han, r) {
				m[r] = true
			}
		}
	}
	return m
}()

// needsReading reports a word with a kanji beyond the primary-school
// ones: 官房 (房), 駐留 (駐), 批判 (批).
func needsReading(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) && !elementary[r] {
			return true
		}
	}
	return false
}
