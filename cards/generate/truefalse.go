package generate

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"factdeck/cards/deck"
)

// truefalse states the fact's sentence, or the sentence with its key
// swapped for a same-shape value the corpus shows wrong for it. Both
// statements are kept here; the deck-wide balance (pickTrueFalse)
// picks which one the card asks, so that true and false answers come about
// equally often.
func (b *builder) truefalse(f *fact) (made, bool) {
	sh, ok := shapeOf(f)
	if !ok || f.kind == deck.KindAcronym || f.kind == deck.KindDefinition {
		// An acronym stated with another's expansion is false at a
		// glance, and stated with its own it asks nothing.
		return made{}, false
	}
	statement, swap, ok := b.statements(f, sh)
	if !ok || bareName(f) || glossFollows(f) {
		return made{}, false
	}
	m := made{fact: f}
	l := leadOf(f).beside(f)
	if sh.class == classCell {
		l = lead{}
	}
	m.card = deck.Card{Type: deck.TypeTrueFalse, Prompt: b.words.trueFalse(l, statement), Answer: "true"}
	// Of a few candidates, the first that the key's bound (以下, 以降)
	// does not still allow: whether a false statement exists does not
	// then hang on the seed.
	wrong := slices.DeleteFunc(b.ix.distractors(f, sh, rng(b.opt.Seed, f.id, deck.TypeTrueFalse), falseCandidates),
		func(w string) bool { return boundStillHolds(f, sh, w) || yearsReorder(f, sh, w) })
	if len(wrong) > 0 && swapStaysCoherent(f, sh) {
		m.falsePrompt = b.words.trueFalse(l, swap(wrong[0]))
	}
	m.quality = b.quality(f, m.card, true)
	return m, true
}

// statements returns the true statement of a fact and a function that
// writes it with another value in the key's place. A sentence must hold
// its key once, or the swap would leave the true value standing beside
// the false one.
func (b *builder) statements(f *fact, sh shape) (string, func(string) string, bool) {
	if sh.class == classCell {
		t, h := tableName(f), rowHead(f)
		swap := func(v string) string { return b.words.cellStatement(t, h, f.row, f.column, v) }
		return swap(f.key), swap, true
	}
	if !keyStands(f) || !enoughContext(f) || reveals(blanked(f), f.key) {
		return "", nil, false
	}
	after := f.sentence[f.end:]
	if eraBeside(f) {
		// 1872年(明治5年): a false year beside the true era year would
		// be false at a glance, so the statement leaves the era out.
		_, after, _ = strings.Cut(after, ")")
	}
	swap := func(v string) string { return dropConnective(f.sentence[:f.start] + v + after) }
	return swap(f.key), swap, true
}

// bareName reports a name the sentence only mentions: no role, verb or
// expansion goes with it. Swapped for another name it gives a statement
// that is false for no reason the corpus states (米慶應義塾大学が…発表した),
// so it is asked as a blank only.
func bareName(f *fact) bool {
	switch f.kind {
	case deck.KindOrganization, deck.KindPlace:
		return f.predicate == "" && f.expansion == "" && f.subject == ""
	case deck.KindPerson:
		return f.role == "" && f.subject == ""
	}
	return false
}

// glossFollows reports a name followed by its own gloss in brackets
// (世界貿易機関(WTO), ギャラップ社 (Gallup)): another name in its place would
// be given away by the gloss, and the statement would read as a slip, not
// a claim.
func glossFollows(f *fact) bool {
	g, ok := glossAfter(f)
	return ok && (nameClass(f.kind) != "" || readingGloss.MatchString(g))
}

// readingGloss is a reading in kana given in brackets after a word
// (白髪山(しらがやま)): beside a blank it spells the answer.
var readingGloss = regexp.MustCompile(`^[\p{Hiragana}\p{Katakana}ー・]+$`)

// glossAfter returns what the brackets right after the fact's key hold.
func glossAfter(f *fact) (string, bool) {
	if !keyStands(f) {
		return "", false
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(f.sentence[f.end:], " "), "(")
	if !ok {
		return "", false
	}
	in, _, closed := strings.Cut(rest, ")")
	return in, closed
}

// spelledOut reports a name the sentence spells out in English right
// after it (ギャラップ社 (Gallup), 米国際開発庁(United States Agency for
// International Development: USAID)): asked as a blank, its own gloss
// would give it away. An acronym in brackets (ASEAN) gives nothing away.
func spelledOut(f *fact) bool {
	in, ok := glossAfter(f)
	return ok && nameClass(f.kind) != "" && strings.IndexFunc(in, unicode.IsLower) >= 0
}

// amountRun finds the amounts a sentence states, with their unit's first
// character: 46%, 2,400億ドル, 36ポイント.
var amountRun = regexp.MustCompile(`\d[\d,.]*\s*(%|パーセント|ポイント|[兆億万千]|ドル|円|人|年)`)

// swapStaysCoherent reports whether a sentence still reads as a claim with
// another value in the key's place. A sentence that states two amounts of
// one unit usually sets them against each other (46% "above" 43%, shares
// that add up): a swapped one would contradict the sentence itself, which
// is a giveaway, not a plausible falsehood.
func swapStaysCoherent(f *fact, sh shape) bool {
	if inBrackets(f) {
		// A side note's year or figure (…、2025年実績) changed makes a
		// statement no one could call false.
		return false
	}
	if sh.class != classAmount {
		return true
	}
	units := map[string]int{}
	for _, m := range amountRun.FindAllStringSubmatch(f.sentence, -1) {
		units[m[1]]++
	}
	for _, n := range units {
		if n > 1 {
			return false
		}
	}
	return true
}

// blankedWithGloss is a name's sentence with the name and the gloss in
// brackets after it blanked together.
func blankedWithGloss(f *fact) string {
	rest := strings.TrimLeft(f.sentence[f.end:], " ")
	_, after, _ := strings.Cut(rest, ")")
	return dropConnective(f.sentence[:f.start] + deck.Blank + after)
}

// inBrackets reports a key inside brackets: a side note of its sentence.
func inBrackets(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	before := f.sentence[:f.start]
	return strings.LastIndex(before, "(") > strings.LastIndex(before, ")")
}

// falseCandidates is how many wrong values a true/false card weighs for
// its false statement: enough to reach the fixed nearby values beyond the
// seeded ladder, so that one passing the bound always exists when any does.
const falseCandidates = 8

// boundStillHolds reports a false value that the true one makes true
// after all: "10%以下" holds, so "25%以下" does too; "50%以上" holds, so
// "30%以上" does too.
func boundStillHolds(f *fact, sh shape, wrong string) bool {
	if sh.class == classDate {
		// A start or an end moved either way is arguable: measures
		// taken "2018年以降" were still taken "2019年以降", and readers
		// take "2017年以降" as true of measures still in force. A bound
		// date gives no false statement.
		if !keyStands(f) {
			return false
		}
		rest := f.sentence[f.end:]
		for _, bound := range []string{"以降", "以来", "から", "以前", "まで"} {
			if strings.HasPrefix(rest, bound) {
				return true
			}
		}
		return false
	}
	if sh.class != classAmount {
		return false
	}
	w, ok := parseAmount(wrong)
	if !ok {
		return false
	}
	switch boundAfter(f) {
	case "以下", "未満":
		return w.value > sh.amount.value
	case "以上", "超":
		return w.value < sh.amount.value
	}
	return false
}

// yearsNamed finds the years a sentence names: 2023年, 2023年度.
var yearsNamed = regexp.MustCompile(`(\d{4})年`)

// yearsReorder reports a false year that moves past another year of its
// sentence: "the 2025 figure fell from 2023's" swapped to 2022 says a
// year fell from a later one, which the sentence itself shows false.
func yearsReorder(f *fact, sh shape, wrong string) bool {
	w, ok := parseDate(wrong)
	if sh.class != classDate || !ok || sh.date.y == 0 || w.y == 0 || !keyStands(f) {
		return false
	}
	for _, m := range yearsNamed.FindAllStringSubmatchIndex(f.sentence, -1) {
		if m[0] >= f.start && m[0] < f.end {
			continue // the key itself
		}
		y, _ := strconv.Atoi(f.sentence[m[2]:m[3]])
		if (sh.date.y < y) != (w.y < y) || (sh.date.y > y) != (w.y > y) {
			return true
		}
	}
	return false
}
