package extract

import (
	"regexp"
	"strconv"
	"strings"

	"factdeck/cards/deck"
)

// A number as the corpus writes it after NFKC: digits with optional
// thousands separators and decimals, optionally preceded by 約 (about).
const num = `約?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`

// counters are the units a bare number takes in the corpus' prose. 期 and
// 次 are left out: "第2期トランプ政権" names an administration, it does not
// count anything a student should learn.
//
// Units of measure and the common counters of Japanese follow, longer
// forms first (Go's alternation takes the first that matches): a teacher's
// text measures heights, depths and temperatures, and counts stations,
// pieces and seasons.
const counters = `人|件|機|隻|基|台|[カかヵヶ]国目|[カかヵヶ]国|倍|割|社|回|キロメートル|キログラム|キロワット|キロ|km|kg|トン|ポイント|[カかヵヶ]月間|[カかヵヶ]月|週間|日間|年間|種類|歳|議席|票|` +
	`平方メートル|平方キロ|メートル|センチ|ミリ|グラム|リットル|ヘクタール|m|cm|mm|度|時間|分間|分|秒|` +
	`[カかヵヶ]所|箇所|個|本|枚|冊|頭|匹|羽|棟|戸|駅|校|店舗|軒|釜|席|番目|位|シーズン|試合|世帯|年前|年ぶり|周年|階|ページ|品目|つ`

// patterns are tried in order; an earlier, longer kind wins an overlap
// (2025年2月7日 is one date, not a year and a day).
var patterns = []struct {
	kind string
	re   *regexp.Regexp
	cut  string // a tail the match needs but the span leaves out
}{
	{deck.KindDate, regexp.MustCompile(`\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|\d{4}年度?|[1-9]\d{2}年|\d{1,2}月`), ""},
	{deck.KindMoney, regexp.MustCompile(`(?:` + num + `)(?:(?:兆|億|万)(?:\d{1,4}(?:兆|億|万))*)?(?:ドル|円|ユーロ|元)`), ""},
	{deck.KindPercent, regexp.MustCompile(`(?:` + num + `)(?:%|パーセント)`), ""},
	{deck.KindNumber, regexp.MustCompile(`\d+対\d+|\d+勝\d+敗(?:\d+分)?`), ""}, // a score, a record
	{deck.KindNumber, regexp.MustCompile(`(?:` + num + `)年にわた`), "にわた"},    // 115年にわたって: a span of years
	{deck.KindNumber, regexp.MustCompile(`第\d+(?:条|代|位)|セクション\d+条|(?:` + num + `)(?:兆|億|万)*(?:` + counters + `)`), ""},
}

// numericSpan is a date, number, percentage or amount found by a pattern.
type numericSpan struct {
	kind       string
	start, end int
}

// numericSpans finds the non-overlapping spans of every pattern in text.
func numericSpans(text string) []numericSpan {
	var found []numericSpan
	taken := make([]bool, len(text))
	for _, p := range patterns {
		for _, loc := range p.re.FindAllStringIndex(text, -1) {
			loc[1] -= len(p.cut)
			if overlaps(taken, loc[0], loc[1]) || !wholeNumber(text, loc[0], loc[1]) {
				continue
			}
			if p.kind == deck.KindDate && !validDate(text[loc[0]:loc[1]]) && !earlyYear(text, loc[0], loc[1]) {
				continue
			}
			for i := loc[0]; i < loc[1]; i++ {
				taken[i] = true
			}
			found = append(found, numericSpan{p.kind, loc[0], loc[1]})
		}
	}
	return found
}

// wholeNumber rejects a match that starts inside a longer number or word:
// "1.5" of "トラック1.5", the "12月" of a misread "112月".
func wholeNumber(text string, start, end int) bool {
	if start == 0 {
		return true
	}
	prev := text[start-1]
	return !(prev >= '0' && prev <= '9') && prev != '.' && prev != ','
}

func overlaps(taken []bool, start, end int) bool {
	for i := start; i < end; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

// numberValue splits a number as written into its value and unit:
// "約2,400億ドル" → 2400, "億ドル"; "第5条" → 5, "条"; "2割" → 2, "割".
func numberValue(s string) (float64, string) {
	s = strings.TrimPrefix(s, "約")
	s = strings.TrimPrefix(s, "第")
	s = strings.TrimPrefix(s, "セクション")
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '.') {
		i++
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s[:i], ",", ""), 64)
	if err != nil {
		return 0, ""
	}
	// 2億3000万円 is 2.3億円: the value in the larger unit.
	if m := compoundAmount.FindStringSubmatch(s[i:]); m != nil {
		n, _ := strconv.ParseFloat(m[2], 64)
		return v + n*bigUnits[m[3]]/bigUnits[m[1]], m[1] + m[4]
	}
	return v, s[i:]
}

// compoundAmount matches the rest of an amount in two units: 億3000万円.
var compoundAmount = regexp.MustCompile(`^(兆|億|万)(\d{1,4})(億|万)(.*)$`)

// bigUnits are the myriad units of Japanese amounts.
var bigUnits = map[string]float64{"万": 1e4, "億": 1e8, "兆": 1e12}
