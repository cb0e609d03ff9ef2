package generate

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"time"
)

// date is a date as a key writes it; a part the key does not give is 0.
type date struct {
	y, m, d int
	fiscal  bool // 年度, a fiscal year
}

var datePattern = regexp.MustCompile(`^(?:(\d{3,4})年(度)?)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?$`)

// parseDate reads 2025年2月7日, 2025年2月, 2月7日, 2025年 and 2027年度.
func parseDate(key string) (date, bool) {
	m := datePattern.FindStringSubmatch(key)
	if m == nil || key == "" {
		return date{}, false
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	d := date{y: atoi(m[1]), fiscal: m[2] != "", m: atoi(m[3]), d: atoi(m[4])}
	if d.d != 0 && d.m == 0 || d.fiscal && d.m != 0 || !d.valid() {
		return date{}, false
	}
	return d, true
}

// shape names which parts the date gives; distractors give the same.
func (d date) shape() string {
	s := ""
	if d.y != 0 {
		s += "y"
	}
	if d.fiscal {
		s += "f"
	}
	if d.m != 0 {
		s += "m"
	}
	if d.d != 0 {
		s += "d"
	}
	return s
}

func (d date) valid() bool {
	if d.m < 0 || d.m > 12 || d.d < 0 || d.y != 0 && d.y < 600 {
		return false // 115年 (にわたって) counts years; it names none
	}
	if d.d == 0 {
		return true
	}
	y := d.y
	if y == 0 {
		y = 2024 // a leap year, so 2月29日 stands
	}
	return time.Date(y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).Day() == d.d
}

func (d date) String() string {
	s := ""
	if d.y != 0 {
		s += strconv.Itoa(d.y) + "年"
		if d.fiscal {
			s += "度"
		}
	}
	if d.m != 0 {
		s += strconv.Itoa(d.m) + "月"
	}
	if d.d != 0 {
		s += strconv.Itoa(d.d) + "日"
	}
	return s
}

// ladder returns three dates that, with d, are evenly spaced (a year, a
// month or a few days apart), d at a random rung so that it is not the
// middle one.
func (d date) ladder(r *rand.Rand) []date {
	stepDays := []int{1, 3, 7}[r.IntN(3)]
	step := func(i int) date {
		switch {
		case d.d != 0:
			y := d.y
			if y == 0 {
				y = 2024 // a leap year; the result keeps no year
			}
			t := time.Date(y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*stepDays)
			c := date{m: int(t.Month()), d: t.Day()}
			if d.y != 0 {
				c.y = t.Year()
			} else if t.Year() != y {
				return date{m: -1} // md across a year end: invalid
			}
			return c
		case d.m != 0:
			months := d.y*12 + d.m - 1 + i
			if d.y == 0 {
				if months < 0 || months > 11 {
					return date{m: -1}
				}
				return date{m: months + 1}
			}
			return date{y: months / 12, m: months%12 + 1}
		}
		return date{y: d.y + i, fiscal: d.fiscal}
	}
	for _, k := range r.Perm(4) {
		var out []date
		for i := range 4 {
			if c := step(i - k); i != k && c.valid() && c != d {
				out = append(out, c)
			}
		}
		if len(out) == 3 {
			return out
		}
	}
	return nil
}

// perturbed lists nearby dates of the same shape, nearest first: a year a
// few years off, a month a few months off, a day a few days off.
func (d date) perturbed() []date {
	var out []date
	add := func(c date) {
		if c.valid() && c != d && (c.y == 0 || c.y > 1900) {
			out = append(out, c)
		}
	}
	switch {
	case d.d != 0:
		for _, k := range []int{1, -1, 3, -3, 7, -7, 10, -10} {
			add(date{y: d.y, m: d.m, d: d.d + k})
		}
		for _, k := range []int{1, -1} {
			add(date{y: d.y, m: d.m + k, d: d.d})
		}
	case d.m != 0:
		for _, k := range []int{1, -1, 2, -2, 3, -3} {
			add(date{y: d.y, m: d.m + k})
		}
		if d.y != 0 {
			add(date{y: d.y + 1, m: d.m})
			add(date{y: d.y - 1, m: d.m})
		}
	default:
		for _, k := range []int{1, -1, 2, -2, 3, -3} {
			add(date{y: d.y + k, fiscal: d.fiscal})
		}
	}
	return out
}

// near reports whether c is close enough to d to be a believable
// distractor: within a few years.
func (d date) near(c date) bool {
	if d.y == 0 || c.y == 0 {
		return true
	}
	diff := d.y - c.y
	return diff >= -3 && diff <= 3
}

// before reports whether d certainly comes before c; ok is false when the
// parts both give cannot tell (2025年 and 2025年2月).
func (d date) before(c date) (before, ok bool) {
	if d.y == 0 || c.y == 0 {
		return false, false
	}
	for _, p := range [][2]int{{d.y, c.y}, {d.m, c.m}, {d.d, c.d}} {
		if p[0] == 0 || p[1] == 0 {
			return false, false
		}
		if p[0] != p[1] {
			return p[0] < p[1], true
		}
	}
	return false, false
}
