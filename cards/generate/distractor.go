package generate

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
)

// sampleSize bounds how many corpus candidates are tried for one card, so
// a large corpus costs no more per card than a small one.
const sampleSize = 24

// distractors returns up to n wrong values for f's key, of the same shape:
// values the corpus states elsewhere, then sensible perturbations of the
// key. None is true for f's question according to the corpus (see
// index.truths), and no two are the same after normalization.
func (ix *index) distractors(f *fact, sh shape, r *rand.Rand, n int) []string {
	truths := ix.truths(f)
	sentence := comparable(f.sentence)
	taken := set{}
	var out []string
	try := func(text string) {
		c := ix.comparable(text)
		if len(out) >= n || c == "" || truths[c] || taken[c] || statedIn(sentence, c) {
			return
		}
		if sh.class == classPerson && (samePerson(text, f.key) || slices.ContainsFunc(out, func(o string) bool { return samePerson(o, text) })) {
			return // ドナルド・トランプ for ドナルド・J・トランプ would be right too
		}
		if sh.class == classPlace && samePlace(text, f.key) {
			return // ワシントン for ホワイトハウス: one stands in the other
		}
		if nameClass(f.kind) != "" && slices.ContainsFunc(out, func(o string) bool { return nested(ix.comparable(o), c) }) {
			return // 汐見町 beside 宮城県汐見町: one choice is the other
		}
		if !ix.fits(f, sh, text) || sh.class == classDate && plannedBefore(f, text) || tooManyTsu(text) {
			return
		}
		if nameClass(f.kind) != "" && ix.sameEvent(f, text) {
			return // another account of the day names the candidate
		}
		taken[c] = true
		out = append(out, text)
	}
	corpus, made := ix.fromCorpus(f, sh, r), perturbations(sh, r)
	if every := electionCycle(f, sh); every > 0 {
		// Elections come every few years: 2020 and 2016 for 2024, never
		// 2023, which no student would pick.
		made = nil
		for _, k := range r.Perm(6) {
			step := (k/2 + 1) * every
			if k%2 == 1 {
				step = -step
			}
			made = append(made, date{y: sh.date.y + step}.String())
		}
	}
	if sh.class == classDate && sh.date.m == 0 || sh.class == classAmount && sh.amount.prefix == "第" {
		// Nearby years for a year, and nearby ordinals for an ordinal:
		// the corpus's are often decades off.
		corpus, made = made, corpus
	}
	for _, text := range append(corpus, made...) {
		try(text)
	}
	return out
}

// fromCorpus draws candidates of f's shape from the corpus, in random
// order: amounts within a believable range of the key, dates within a few
// years, any name of the same kind and script.
func (ix *index) fromCorpus(f *fact, sh shape, r *rand.Rand) []string {
	var pool []candidate
	switch sh.class {
	case classAmount:
		v := sh.amount.value
		pool = ix.between(sh.pool, v*0.4, v*2.5)
	case classDate:
		v := orderOf(sh)
		pool = ix.between(sh.pool, v-30000, v+30000)
	default:
		pool = ix.pools[sh.pool]
	}
	// Filtered before sampling, so that whether enough distractors exist
	// does not depend on the seed.
	pool = slices.DeleteFunc(slices.Clone(pool), func(c candidate) bool { return !ix.fits(f, sh, c.text) })
	var out []string
	for _, i := range sample(r, len(pool), sampleSize) {
		c := pool[i]
		switch sh.class {
		case classAmount:
			// Written in the key's own form, so 約 and separators are
			// no tell.
			if a, ok := parseAmount(c.text); ok && a.decimals <= sh.amount.decimals {
				out = append(out, sh.amount.with(a.value))
			}
		case classDate:
			if d, ok := parseDate(c.text); ok && sh.date.near(d) {
				out = append(out, d.String())
			}
		default:
			out = append(out, c.text)
		}
	}
	return out
}

// perturbations are made-up values near the key: first an even ladder
// with the key at a random rung, then, should the corpus state one of
// those, other values nearest first.
func perturbations(sh shape, r *rand.Rand) []string {
	var out []string
	switch sh.class {
	case classAmount:
		for _, v := range append(sh.amount.ladder(r), sh.amount.perturbed()...) {
			out = append(out, sh.amount.with(v))
		}
	case classDate:
		for _, d := range append(sh.date.ladder(r), sh.date.perturbed()...) {
			out = append(out, d.String())
		}
	}
	return out
}

// sample returns up to k distinct indexes below n in random order.
func sample(r *rand.Rand, n, k int) []int {
	if n <= k {
		return r.Perm(n)
	}
	seen := map[int]bool{}
	out := make([]int, 0, k)
	for len(out) < k {
		if i := r.IntN(n); !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// samePerson reports two ways of naming one person: the same family name
// in katakana (ドナルド・J・トランプ, ドナルド・トランプ, トランプ), or a kanji
// name and its surname (石破茂, 石破).
func samePerson(a, b string) bool {
	if a == b {
		return true
	}
	last := func(s string) string {
		if i := strings.LastIndex(s, "・"); i >= 0 {
			return s[i+len("・"):]
		}
		return s
	}
	if !strings.HasPrefix(script(a), "kanji") {
		return last(a) == last(b)
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// statedIn reports whether the comparable text c stands in the comparable
// sentence, not as part of a longer number: "1月" stands in "2025年1月20日",
// "5%" does not in "25%". A value the sentence itself states is no
// distractor, even where it states it of something else.
func statedIn(sentence, c string) bool {
	for off := 0; ; {
		i := strings.Index(sentence[off:], c)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(c)
		if !(isDigitAt(sentence, start-1) && isDigitAt(c, 0)) && !(isDigitAt(sentence, end) && isDigitAt(c, len(c)-1)) {
			return true
		}
		off = start + 1
	}
}

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// fits reports whether a name may stand in for f's key: of its sub-kind
// (not a think tank among companies, a sea among US states), and for a
// person, in a post of the same kind (not a president offered as a
// senator).
func (ix *index) fits(f *fact, sh shape, text string) bool {
	if ix.aliases(text, f.key) {
		return false // 経団連 for 日本経済団体連合会
	}
	if a := ix.alias[ix.comparable(text)]; a != "" && strings.Contains(f.sentence, a) {
		return false // 米国際開発庁 where the sentence names USAID
	}
	switch {
	case (sh.class == classOrg || sh.class == classPlace || sh.class == classTerm) && script(f.key) == "latin":
		// An acronym among acronyms of its sub-kind, told by their
		// expansions: a forum among forums, not a law or a car.
		exp, other := ix.alias[ix.comparable(f.key)], ix.alias[ix.comparable(text)]
		return exp != "" && other != "" && subKind(exp) != "" && sameSubKind(other, exp)
	case sh.class == classOrg || sh.class == classPlace || sh.class == classTerm:
		return subKind(f.key) != "" && sameSubKind(text, f.key)
	case sh.class == classPerson:
		return f.role != "" && ix.holdsPostLike(text, f.role) && !namedIn(f.sentence, text)
	case sh.class == classAmount:
		return coherentValue(f, sh, text)
	case sh.class == classDate:
		// A past event is not dated after the text that reports it.
		d, ok := parseDate(text)
		y := yearOf(stated(f))
		if every := electionCycle(f, sh); every > 0 && ok && (d.y-sh.date.y)%every != 0 {
			return false
		}
		return !ok || y == 0 || d.y == 0 || d.y <= y || forecastWords.MatchString(f.sentence)
	case sh.class == classCell:
		// 中程度から広範囲 is no wrong value for 広範囲.
		c, k := ix.comparable(text), ix.comparable(f.key)
		return !strings.Contains(c, k) && !strings.Contains(k, c)
	}
	return true
}

// coherentValue reports whether a value may stand for the key without
// contradicting the rest of its sentence: on the same side of every other
// amount of the unit the sentence states (46% "above" 43% stays above
// 43%), and, for shares of one whole, not adding up past 100%.
func coherentValue(f *fact, sh shape, text string) bool {
	d, ok := parseAmount(text)
	if !ok || !keyStands(f) {
		return ok
	}
	others := otherAmounts(f, sh.amount.unit)
	sum := sh.amount.value
	for _, o := range others {
		if (d.value > o) != (sh.amount.value > o) || d.value == o {
			return false
		}
		sum += o
	}
	isShare := sh.amount.unit == "%" || sh.amount.unit == "パーセント"
	if isShare && d.value > 100 || sh.amount.unit == "歳" && d.value > maxAge {
		return false // 219歳, 130%: absurd on their face
	}
	return !isShare || len(others) == 0 || sum > 100 || sum-sh.amount.value+d.value <= 100
}

// maxAge is the oldest age a distractor may give.
const maxAge = 110

// otherAmounts are the values of the amounts in unit that f's sentence
// states besides its key.
func otherAmounts(f *fact, unit string) []float64 {
	// Asked for every candidate value of every card of the fact.
	if m := f.amounts; m != nil && m.unit == unit && m.sentence == f.sentence {
		return m.values
	}
	values := amountsIn(f, unit)
	f.amounts = &amountsMemo{unit: unit, sentence: f.sentence, values: values}
	return values
}

// amountsMemo is otherAmounts's answer for a fact's sentence and unit.
type amountsMemo struct {
	unit, sentence string
	values         []float64
}

func amountsIn(f *fact, unit string) []float64 {
	re := regexp.MustCompile(`\d[\d,.]*\s*` + regexp.QuoteMeta(unit))
	var out []float64
	for _, loc := range re.FindAllStringIndex(f.sentence, -1) {
		if loc[0] >= f.start && loc[0] < f.end || loc[1] > f.start && loc[1] <= f.end {
			continue
		}
		if a, ok := parseAmount(f.sentence[loc[0]:loc[1]]); ok {
			out = append(out, a.value)
		}
	}
	return out
}

// aliases reports two names of one thing: an acronym and its expansion.
func (ix *index) aliases(a, b string) bool {
	ca, cb := ix.comparable(a), ix.comparable(b)
	return ix.alias[ca] != "" && ix.comparable(ix.alias[ca]) == cb
}

// namedIn reports a person the sentence names, by full name or surname
// (石破茂 in "石破首相は…"): offered as a choice, the question's own
// subject.
func namedIn(sentence, name string) bool {
	parts := strings.Split(name, "・")
	last := parts[len(parts)-1]
	if r := []rune(last); !strings.Contains(name, "・") && len(r) > 2 {
		last = string(r[:2]) // a kanji surname
	}
	return strings.Contains(sentence, last)
}

// holdsPostLike reports whether the corpus names a person in a post of the
// same kind as role (a senator for a senator, a minister for a minister).
func (ix *index) holdsPostLike(name, role string) bool {
	want, c := roleKind(role), ix.comparable(name)
	for r, names := range ix.byRole {
		if names[c] && roleKind(r) == want {
			return true
		}
	}
	return false
}

// nested reports two names of which one holds the other.
func nested(a, b string) bool {
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// plans finds a sentence about what is planned: 予定, 計画.
var plans = regexp.MustCompile(`予定|計画|目指す|目指し|方針だ`)

// plannedBefore reports a candidate date before the day a plan was
// written, for a plan's date (予定, 計画, or a later day told in the
// present tense): the only date still to come among past ones gives
// itself away.
func plannedBefore(f *fact, candidate string) bool {
	if !plans.MatchString(f.sentence) && !plansLater(f.sentence, stated(f)) {
		return false
	}
	written, ok := parseDate(japaneseDate(stated(f)))
	c, ok2 := parseDate(candidate)
	if !ok || !ok2 || written.y == 0 || c.y == 0 {
		return false
	}
	before, known := c.before(written)
	return known && before
}

// tsuCount finds a count with the native counter つ: 8つ, 10つ.
var tsuCount = regexp.MustCompile(`^(\d+)つ$`)

// tooManyTsu reports a count of ten or more with つ, which Japanese
// counts with another counter (10個, 十): "10つ" is no word.
func tooManyTsu(text string) bool {
	m := tsuCount.FindStringSubmatch(text)
	return m != nil && len(m[1]) >= 2
}
