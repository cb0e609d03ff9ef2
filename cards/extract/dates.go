package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"factdeck/cards/corpus"
)

// ymd is a calendar date; a zero month or day is one the text leaves out.
type ymd struct{ y, m, d int }

var dateParts = regexp.MustCompile(`^(?:(\d{3,4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?(度)?$`)

// parseDate reads a date as the patterns find it: "2025年2月7日",
// "2025年1月", "1月23日", "1951年", "2027年度", "2月".
func parseDate(s string) (ymd, bool) {
	m := dateParts.FindStringSubmatch(s)
	if m == nil {
		return ymd{}, false
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	return ymd{atoi(m[1]), atoi(m[2]), atoi(m[3])}, true
}

// validDate rejects what only looks like a date: a 13th month, a 32nd day,
// a year before writing about it makes sense.
func validDate(s string) bool {
	d, ok := parseDate(s)
	return ok && d.m <= 12 && d.d <= 31 && (d.y == 0 || d.y >= 1800 && d.y <= 2100)
}

// earlyYear reports a year before 1800 the text writes as a year, not as
// a count of years: a history page's 1741年の大噴火 or 886年(仁和2年), but
// not 1500年前 or 400年にわたって. A year of three digits must carry its
// era in brackets, as a history text writes it; a count (創業400年) would
// not.
func earlyYear(text string, start, end int) bool {
	d, ok := parseDate(text[start:end])
	if !ok || d.m != 0 || d.y < 600 || d.y >= 1800 {
		return false
	}
	after := text[end:]
	if eraAfter.MatchString(after) {
		return true
	}
	if d.y < 1000 {
		return false
	}
	for _, c := range yearCounts {
		if strings.HasPrefix(after, c) {
			return false
		}
	}
	return true
}

// eraAfter finds a year's era in brackets right after it: (仁和2年).
var eraAfter = regexp.MustCompile(`^\(\p{Han}{2}(?:\d{1,2}|元)年\)`)

// yearCounts follow a number of years, not a year: 1500年前, 1000年ぶり.
var yearCounts = []string{"前", "後", "間", "ぶり", "以上", "余", "近く", "ほど", "にわた", "分", "目", "ごと", "に一度", "に1度"}

// value is the date as YYYYMMDD, so dates sort.
func (d ymd) value() float64 { return float64(d.y*10000 + d.m*100 + d.d) }

// String writes the date the way the corpus does: "2025年2月10日".
func (d ymd) String() string {
	s := fmt.Sprintf("%d年", d.y)
	if d.m > 0 {
		s += fmt.Sprintf("%d月", d.m)
		if d.d > 0 {
			s += fmt.Sprintf("%d日", d.d)
		}
	}
	return s
}

// withYear gives a month (and day) without a year the year of ref, the
// date the text was written: a month later in the year than ref's is last
// year's, as a text dated 2025年2月10日 means 2024年12月 by "12月". Without
// a ref year the date stays as it is.
func (d ymd) withYear(ref ymd) ymd {
	if d.y != 0 || ref.y == 0 {
		return d
	}
	d.y = ref.y
	if ref.m > 0 && d.m > ref.m {
		d.y--
	}
	return d
}

// ahead is d in the year of ref, or the next when its month has passed:
// a day a sentence plans for is still to come.
func (d ymd) ahead(ref ymd) ymd {
	if d.y != 0 || ref.y == 0 {
		return d
	}
	d.y = ref.y
	if d.m > 0 && d.m < ref.m {
		d.y++
	}
	return d
}

// plansAhead finds a sentence about what is still to come: 予定, 次回.
var plansAhead = regexp.MustCompile(`予定|次回|計画だ|見込み|来月|今後`)

var dateLineRe = regexp.MustCompile(`(\d{4})\s*[/年.-]\s*(\d{1,2})(?:\s*[/月.-]\s*(\d{1,2}))?`)
var isoDateRe = regexp.MustCompile(`^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$`)

// refDate is the date the sentence at index i of doc was written: the date
// line nearest above it (a digest page dates each excerpt it quotes), else
// the document's date. Zero when neither is known.
func refDate(doc *corpus.Document, i int) ymd {
	for k := min(i, len(doc.Sentences)-1); k >= 0; k-- {
		s := doc.Sentences[k]
		if s.Noise != corpus.NoiseDate {
			continue
		}
		if m := dateLineRe.FindStringSubmatch(s.Text); m != nil {
			return ymdOf(m[1:])
		}
	}
	if m := isoDateRe.FindStringSubmatch(doc.Date); m != nil {
		return ymdOf(m[1:])
	}
	return ymd{}
}

func ymdOf(parts []string) ymd {
	var n [3]int
	for i, p := range parts {
		n[i], _ = strconv.Atoi(p)
	}
	return ymd{n[0], n[1], n[2]}
}

// asOfRe finds an "as of" marker: "2月10日現在", "2026年3月現在", or 現在
// on its own ("NATOが現在目標としている"), which holds at the time of writing.
var asOfRe = regexp.MustCompile(`(?:((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)|(\d{4}年))?現在`)

// asOf returns the date a sentence's claims hold at, when it marks them
// with 現在, and the byte span of the marker's date ("" and -1 otherwise).
// 現在の (現在のトランプ政権) names the present, it dates no claim.
func asOf(text string, ref ymd) (string, int, int) {
	for _, loc := range asOfRe.FindAllStringSubmatchIndex(text, -1) {
		if end := loc[1]; end < len(text) && text[end:] != "" && hasPrefixAny(text[end:], "の", "まで") {
			continue
		}
		ds, de := loc[2], loc[3]
		if ds < 0 {
			ds, de = loc[4], loc[5]
		}
		if ds < 0 {
			if ref.y == 0 {
				continue
			}
			return ref.String(), -1, -1
		}
		d, ok := parseDate(text[ds:de])
		if !ok {
			continue
		}
		return d.withYear(ref).String(), ds, de
	}
	return "", -1, -1
}

func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}
