package study

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalizeAnswer folds away the differences that do not make a typed
// answer wrong, so "約１，０００ 人" and "1000人" compare equal:
//   - NFKC: full-width digits and Latin become ASCII, half-width katakana
//     full-width ("ｶﾞ" and "ガ" agree);
//   - white space anywhere, and Latin case;
//   - commas between digits (thousands separators);
//   - 約 or およそ ("about") right before a number: the cards quote the
//     source, which may or may not hedge;
//   - 第 (the ordinal prefix) right before a number: "第9条" is "9条";
//   - パーセント is written %;
//   - a closing 。 or period.
//
// It is applied to both the answer and the response, so the deck's own
// spelling needs no care.
func normalizeAnswer(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.ReplaceAll(s, "パーセント", "%")
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if !unicode.IsSpace(r) {
			rs = append(rs, r)
		}
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == ',' && i > 0 && isDigit(rs[i-1]) && i+1 < len(rs) && isDigit(rs[i+1]):
			continue
		case hedgeAt(rs, i, "約"), hedgeAt(rs, i, "第"):
			continue
		case hedgeAt(rs, i, "およそ"):
			i += len([]rune("およそ")) - 1
			continue
		}
		out = append(out, r)
	}
	return strings.TrimRight(string(out), "。.")
}

// hedgeAt reports whether the word w starts at rs[i] and a digit follows it.
func hedgeAt(rs []rune, i int, w string) bool {
	j := i
	for _, r := range w {
		if j >= len(rs) || rs[j] != r {
			return false
		}
		j++
	}
	return j < len(rs) && isDigit(rs[j])
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
