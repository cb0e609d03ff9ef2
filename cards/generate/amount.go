package generate

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// amount is a number as a key writes it: 約2,400億ドル is about (約) 2400
// with thousands separators, in units of 億ドル; 第9条 is 9 with the prefix
// 第 and the unit 条.
type amount struct {
	prefix   string  // 第 (an ordinal) or セクション
	approx   bool    // written with 約 (about)
	value    float64 // in the key's own units: 2400 for 2,400億ドル
	decimals int     // digits after the decimal point
	commas   bool    // written with thousands separators
	unit     string  // what follows the number: "億ドル", "%", "人", "年"
}

var amountPattern = regexp.MustCompile(`^(第|セクション)?(約)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\D+)$`)

// parseAmount reads a key made of one number and its unit; ok is false for
// anything else (a date, a name, two numbers).
func parseAmount(key string) (a amount, ok bool) {
	m := amountPattern.FindStringSubmatch(key)
	if m == nil {
		return amount{}, false
	}
	digits := strings.ReplaceAll(m[3], ",", "")
	if m[4] != "" {
		digits += "." + m[4]
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return amount{}, false
	}
	return amount{prefix: m[1], approx: m[2] != "", value: v, decimals: len(m[4]), commas: strings.Contains(m[3], ","), unit: m[5]}, true
}

// plain is the number alone as a student types it: "2400", "46.5".
func (a amount) plain() string { return strconv.FormatFloat(a.value, 'f', a.decimals, 64) }

// String writes the amount as the key did.
func (a amount) String() string { return a.with(a.value) }

// with writes v in the same form as a: the same 約, separators, decimals
// and unit, so a distractor has the shape of the answer.
func (a amount) with(v float64) string {
	s := strconv.FormatFloat(v, 'f', a.decimals, 64)
	if a.commas {
		s = groupThousands(s)
	}
	if a.approx {
		s = "約" + s
	}
	return a.prefix + s + a.unit
}

func groupThousands(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// round rounds v to the precision of a: its decimals, and for a large
// round figure (2,400) the same trailing zeros, so a distractor of
// 約2,400億ドル reads 約3,600億ドル, not 約3,617億ドル.
func (a amount) round(v float64) float64 {
	if a.decimals > 0 {
		p := math.Pow(10, float64(a.decimals))
		return math.Round(v*p) / p
	}
	step := 1.0
	for z := a.value; z >= 10 && math.Mod(z, 10) == 0; z /= 10 {
		step *= 10
	}
	return math.Max(step, math.Round(v/step)*step)
}

// ladder returns three values that, with the key's, make an even ladder
// (46, 49, 52, 55 or 40, 43, 46, 49): the key's rung is random, so it is
// not given away as the middle value, and the rungs are a few points apart
// for a percentage, one apart for a small count, a factor apart for a sum.
func (a amount) ladder(r *rand.Rand) []float64 {
	step := func(i int) (float64, bool) {
		switch {
		case a.unit == "%" || a.unit == "パーセント":
			v := a.value + float64(i)*a.pointStep()
			return a.round(v), v > 0 && (v < 100 || a.value >= 100)
		case a.interval():
			v := a.value + float64(i)*a.intervalStep()
			return v, a.possible(v)
		case a.value < 10 && a.decimals == 0, a.prefix == "第":
			// Small counts and ordinals step by one: the 47th
			// president's neighbours are the 46th and 48th, not the
			// 21st.
			v := a.value + float64(i)
			return v, v > 0 && a.possible(v)
		}
		v := a.round(a.value * math.Pow(1.5, float64(i)))
		return v, v > 0 && a.possible(v)
	}
	for _, k := range r.Perm(choiceCount) {
		var out []float64
		seen := map[float64]bool{a.value: true}
		for i := range choiceCount {
			if i == k {
				continue
			}
			v, ok := step(i - k)
			if !ok || seen[v] {
				break
			}
			seen[v] = true
			out = append(out, v)
		}
		if len(out) == choiceCount-1 {
			return out
		}
	}
	return nil
}

// pointStep is how many points apart a percentage's rungs are: closer for
// a small share.
func (a amount) pointStep() float64 {
	switch {
	case a.value < 10:
		return 1
	case a.value < 30:
		return 3
	}
	return 5
}

// perturbed lists further nearby values of the same form as a, nearest
// first, for when the corpus states some rung of the ladder.
func (a amount) perturbed() []float64 {
	var out []float64
	switch {
	case a.unit == "%" || a.unit == "パーセント":
		for _, d := range []float64{3, -3, 5, -5, 8, -8, 10, -10, 15, -15} {
			if v := a.value + d; v > 0 && (v < 100 || a.value >= 100) {
				out = append(out, a.round(v))
			}
		}
	case a.interval():
		for _, k := range []float64{1, -1, 2, -2, 3, -3, 4} {
			if v := a.value + k*a.intervalStep(); a.possible(v) {
				out = append(out, v)
			}
		}
	case a.value < 10 && a.decimals == 0, a.prefix == "第":
		for _, d := range []float64{1, 2, -1, 3, -2, 4} {
			if v := a.value + d; v > 0 && a.possible(v) {
				out = append(out, v)
			}
		}
	default:
		for _, f := range []float64{1.5, 0.5, 2, 0.75, 3, 1.25, 0.25} {
			if v := a.round(a.value * f); a.possible(v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// interval reports a unit of a scale whose zero is no "none" (degrees of
// heat or of angle): its values differ by steps, not by factors, so a
// vent's 320度 is offered 280度, not 720度.
func (a amount) interval() bool {
	return a.unit == "度" || a.unit == "℃" || a.unit == "°C"
}

// intervalStep is the step between an interval value's rungs: about a
// tenth of the value, rounded to 1, 2 or 5 times a power of ten.
func (a amount) intervalStep() float64 {
	target := max(math.Abs(a.value)*0.1, 1)
	p := math.Pow(10, math.Floor(math.Log10(target)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= target {
			return m * p
		}
	}
	return 10 * p
}

// possible reports a value the key's unit allows: a share in 割 is at
// most 10 (勝率11割 gives itself away).
func (a amount) possible(v float64) bool {
	return a.unit != "割" || v <= 10
}

// tolerance is how far a typed answer may be off: a tenth of the last
// written digit for an exact figure (none), five percent of an
// approximate one, rounded to its precision.
func (a amount) tolerance() float64 {
	if !a.approx {
		return 0
	}
	t := a.value * 0.05
	if a.decimals == 0 {
		t = math.Round(t)
	}
	return math.Max(t, 1/math.Pow(10, float64(a.decimals)))
}

// rangeMarks join the two ends of a range: 10%から20%, 25%—50%, 3〜5年.
var rangeMarks = []string{"から", "〜", "~", "—", "–", "-", "ー"}

// rangeEnd reports a value that is one end of a range the sentence
// states: asked alone ("…は何％か"), it would pass for the whole value.
func rangeEnd(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	after, before := f.sentence[f.end:], f.sentence[:f.start]
	for _, m := range rangeMarks {
		if rest, ok := strings.CutPrefix(after, m); ok && startsWithDigit(rest) {
			return true
		}
		if rest, ok := strings.CutSuffix(before, m); ok && endsWithDigitOrUnit(rest) {
			return true
		}
	}
	return false
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s, "約"))
	return unicode.IsDigit(r)
}

// endsWithDigitOrUnit reports text that ends with a number, maybe with its
// unit (10%, 3年), as the lower end of a range does.
func endsWithDigitOrUnit(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && !unicode.Is(unicode.Han, r) && r != '%' })
	for i := 0; i < 3 && s != ""; i++ {
		r, n := utf8.DecodeLastRuneInString(s)
		if unicode.IsDigit(r) {
			return true
		}
		if r != '%' && !strings.ContainsRune("年月日人円ドル億万兆", r) {
			return false
		}
		s = s[:len(s)-n]
	}
	return false
}

// pledgeWords mark a sentence whose amount is a goal, a pledge, a demand
// or what ought to be, not a fact about what is: 1兆ドル規模に引き上げる方針,
// GDP比2%を目指す, 5%に引き上げるべき, 10%以下で設定されなければならない.
var pledgeWords = regexp.MustCompile(`目標|方針|約束|表明|目指|予定|計画|公約|求め|要求|べき|なければならない|必要があ|引き上げ|誓約|規模に`)

// pledged reports a sentence that states its amount as a goal or pledge:
// asked of directly ("対米投資はいくらか"), it would pass for an amount
// spent.
func pledged(f *fact) bool { return pledgeWords.MatchString(f.sentence) }
