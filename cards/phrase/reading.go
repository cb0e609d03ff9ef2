package phrase

import (
	"strings"
	"unicode"
)

// readings gives the reading of every word that holds a kanji beyond the
// primary-school ones (see needsReading): a reader knows 日本, 条約 and a
// number's counter (10月, 3人), and a deck that read them all would spend
// most of its size on readings. A word whose reading the dictionary does
// not know gets none: a wrong furigana is worse than none. So does a person's name: the dictionary guesses it from the
// commonest bearer of the characters (菅 as かん, 元 as はじめ). Kana
// around the kanji (送り仮名) is left out of the ruby span, so 果たす is read
// は over 果, not はたす over the whole word.
func readings(words []word) []Ruby {
	var out []Ruby
	for _, w := range words {
		if !needsReading(w.surface) || w.kind == "人名" {
			continue
		}
		reading := hiragana(w.reading)
		if reading == "" || !isHiragana(reading) {
			continue
		}
		out = append(out, align(w, reading)...)
	}
	return out
}

// align puts the reading over the kanji of the word only. It matches the
// word's kana, written the same in its reading, and gives each run of
// kanji what lies between them; when that fails, the whole word gets the
// whole reading.
func align(w word, reading string) []Ruby {
	runs := splitRuns(w.surface)
	parts, ok := match(runs, []rune(reading))
	if len(runs) == 1 || !ok {
		return []Ruby{{w.start, w.end, reading}}
	}
	var out []Ruby
	off := w.start
	for i, r := range runs {
		n := len([]rune(r.text))
		if r.kanji {
			out = append(out, Ruby{off, off + n, parts[i]})
		}
		off += n
	}
	return out
}

// match splits reading over runs: a kana run must read as itself, a kanji
// run takes at least one rune. It returns each run's part of the reading,
// trying the shortest parts first.
func match(runs []run, reading []rune) ([]string, bool) {
	if len(runs) == 0 {
		return nil, len(reading) == 0
	}
	r := runs[0]
	if !r.kanji {
		kana := []rune(hiragana(r.text))
		if len(reading) < len(kana) || string(reading[:len(kana)]) != string(kana) {
			return nil, false
		}
		rest, ok := match(runs[1:], reading[len(kana):])
		return append([]string{string(kana)}, rest...), ok
	}
	for n := 1; n <= len(reading); n++ {
		if rest, ok := match(runs[1:], reading[n:]); ok {
			return append([]string{string(reading[:n])}, rest...), true
		}
	}
	return nil, false
}

// run is a stretch of a word that is all kanji or all other characters.
type run struct {
	text  string
	kanji bool
}

func splitRuns(s string) []run {
	var out []run
	for _, r := range s {
		k := isKanji(r)
		if len(out) == 0 || out[len(out)-1].kanji != k {
			out = append(out, run{kanji: k})
		}
		out[len(out)-1].text += string(r)
	}
	return out
}

// isKanji counts 々 (the repeat mark) and ヶ, ヵ (as in 3ヶ国, 1ヵ月, read
// か) as kanji: they take part of the reading.
func isKanji(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '々' || r == 'ヶ' || r == 'ヵ' || r == '〆'
}

// hiragana turns katakana into hiragana; the long-vowel mark and other
// characters stay as they are.
func hiragana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ァ' && r <= 'ヶ' {
			return r - 0x60
		}
		return r
	}, s)
}

func isHiragana(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hiragana, r) && r != 'ー' {
			return false
		}
	}
	return true
}
