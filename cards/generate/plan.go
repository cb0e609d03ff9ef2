package generate

import (
	"regexp"
	"strconv"
	"strings"
)

// sentenceDate finds a date with its year in a sentence: 2025年6月2日,
// 2026年度, 2030年.
var sentenceDate = regexp.MustCompile(`(\d{4})年(度)?(?:(\d{1,2})月(?:(\d{1,2})日)?)?`)

// pastEnd is a sentence that reports what happened (…を開始した, …と
// いう), not what is to come.
var pastEnd = regexp.MustCompile(`(?:た|でした|ました|だった)(?:という|とされる|とみられる|そうだ)?[。」』）)]*$`)

// plansLater reports a sentence, written on written (a deck date,
// 2025-05-21), that tells of something on a later day in the present
// tense: a launch announced before it (…2025年6月2日から…を開始します), a
// plan for a year to come (2026年度から…本格化させる). Taught as fact, it
// states what the source could not yet know.
func plansLater(sentence, written string) bool {
	w, ok := parseDate(japaneseDate(written))
	if !ok || w.y == 0 || pastEnd.MatchString(strings.TrimSpace(sentence)) {
		return false
	}
	for _, m := range sentenceDate.FindAllStringSubmatch(sentence, -1) {
		if laterThan(m, w) {
			return true
		}
	}
	return false
}

// laterThan reports whether the date matched by sentenceDate (its year,
// fiscal mark, month and day) surely starts after w. A fiscal year starts
// in April; a part the date leaves out compares as unknown.
func laterThan(m []string, w date) bool {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	y, mo, d := atoi(m[1]), atoi(m[3]), atoi(m[4])
	if m[2] != "" {
		mo = 4
	}
	switch {
	case y != w.y:
		return y > w.y
	case mo == 0 || w.m == 0 || mo != w.m:
		return mo != 0 && w.m != 0 && mo > w.m
	default:
		return d != 0 && w.d != 0 && d > w.d
	}
}
