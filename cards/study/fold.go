package study

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldSearch folds away the differences a search should not see, so a
// query matches however the deck or the student spelled the text:
//   - NFKC: full-width Latin and digits become ASCII, half-width katakana
//     full-width ("ｶﾞｲｺｳ" finds "ガイコウ");
//   - Latin case;
//   - katakana becomes hiragana ("がいこう" finds "ガイコウ"), the long
//     vowel mark ー staying as it is in both.
//
// White space is kept: "trade tariffs" should not find "tradetariffs".
func foldSearch(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	if !hasKatakana(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(toHiragana(r))
	}
	return b.String()
}

// Katakana that have a hiragana twin sit 0x60 above it, from ァ (U+30A1)
// to ヶ (U+30F6), and the iteration marks ヽ ヾ; ヷ..ヺ and ー have none.
const (
	firstKatakana = 'ァ'
	kanaOffset    = 'ァ' - 'ぁ'
)

func toHiragana(r rune) rune {
	if r >= firstKatakana && r <= 'ヶ' || r == 'ヽ' || r == 'ヾ' {
		return r - kanaOffset
	}
	return r
}

// hasKatakana reports whether s holds a rune toHiragana changes, so
// most Latin and kanji text is returned without a copy.
func hasKatakana(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if toHiragana(r) != r {
			return true
		}
		i += size
	}
	return false
}
