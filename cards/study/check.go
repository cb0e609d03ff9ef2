package study

import (
	"math"
	"strconv"
	"strings"

	"factdeck/cards/deck"
)

// Response is a student's answer to a question. Which field counts
// depends on the card type:
//   - cloze, basic, numeric: Text, as typed;
//   - mcq: Text, the chosen choice;
//   - truefalse: Text, "true" or "false" (正しい/誤り, ○/× also do);
//   - order: Order, the items in the order the student put them;
//   - match: Pairs, each left side mapped to the right side chosen for it.
type Response struct {
	Text  string
	Order []string
	Pairs map[string]string
}

// Outcome is how an answer was judged.
type Outcome uint8

const (
	// Wrong: the answer is neither the card's nor one a linked source states.
	Wrong Outcome = iota
	// Right: the answer is the card's.
	Right
	// Accepted: the answer is one that another, conflicting source states
	// (Card.Accept). It is not wrong, and the student is shown that the
	// sources differ rather than told they erred.
	Accepted
	// Overridden: the answer was judged wrong and the student, having seen
	// the expected answer, said it was right after all (a typo-tolerant
	// reading the checker cannot make, a spelling the deck lacks).
	Overridden
)

// Counts reports whether the outcome counts as right in a score and in
// scheduling.
func (o Outcome) Counts() bool { return o != Wrong }

// Check reports whether r answers card c correctly or with an answer that
// another linked source states: it is Judge(c, r).Counts().
func Check(c deck.Card, r Response) bool { return Judge(c, r).Counts() }

// Judge grades r against card c. Typed text is compared after
// normalizeAnswer, so width, spacing, thousands separators, a hedging 約
// and an ordinal 第 do not matter; numbers are compared by value, within
// the card's tolerance. An answer equal to one of the card's Accept
// values (for a choice, a choice listed there) is Accepted: another
// source states it. Order and match cards have no such alternatives.
func Judge(c deck.Card, r Response) Outcome {
	if matches(c, c.Answer, r) {
		return Right
	}
	for _, name := range c.Also {
		if c.Type != deck.TypeMCQ && c.Type != deck.TypeTrueFalse && matches(c, name, r) {
			return Right // another name of the answer
		}
	}
	if c.Type == deck.TypeOrder || c.Type == deck.TypeMatch {
		return Wrong
	}
	for _, alt := range c.Accept {
		if matches(c, alt, r) {
			return Accepted
		}
	}
	return Wrong
}

// matches reports whether r gives the answer want to card c, read the way
// c's type reads answers.
func matches(c deck.Card, want string, r Response) bool {
	switch c.Type {
	case deck.TypeTrueFalse:
		got, ok := parseTruth(r.Text)
		w, wok := parseTruth(want)
		return ok && wok && got == w
	case deck.TypeNumeric:
		return sameNumber(r.Text, want, c)
	case deck.TypeOrder:
		return sameItems(r.Order, orderItems(c))
	case deck.TypeMatch:
		return samePairs(r.Pairs, matchPairs(c))
	default: // cloze, basic, mcq
		return sameText(r.Text, want)
	}
}

func sameText(got, want string) bool {
	g := normalizeAnswer(got)
	return g != "" && g == normalizeAnswer(want)
}

// truthWords are the ways a student may say true or false.
var truthWords = map[string]bool{
	"true": true, "t": true, "○": true, "〇": true, "正": true, "正しい": true, "はい": true,
	"false": false, "f": false, "×": false, "✕": false, "誤": false, "誤り": false, "いいえ": false,
}

func parseTruth(s string) (value, ok bool) {
	value, ok = truthWords[normalizeAnswer(s)]
	return value, ok
}

// sameNumber compares a typed number with the card's answer by value,
// within the card's tolerance. A unit after the number is accepted: the
// card's unit ("2023年" for 2023 with unit 年), or any unit when the card
// names none (the prompt does).
func sameNumber(got, answer string, c deck.Card) bool {
	tolerance, unit := math.Abs(c.Tolerance), c.Unit
	want, _, ok := parseNumber(answer)
	if !ok {
		return false
	}
	g, suffix, ok := parseNumber(got)
	if !ok || strings.ContainsFunc(suffix, isDigit) {
		return false
	}
	if suffix != "" && unit != "" && suffix != normalizeAnswer(unit) {
		return false
	}
	// Allow rounding noise in the last digits even when tolerance is 0.
	return math.Abs(g-want) <= tolerance+1e-9*max(1, math.Abs(want))
}

// parseNumber reads a number at the start of s (after normalizeAnswer)
// and returns it with the text that follows.
func parseNumber(s string) (value float64, rest string, ok bool) {
	s = normalizeAnswer(s)
	s = strings.Replace(s, "−", "-", 1) // U+2212, which NFKC keeps
	end := 0
	for i, r := range s {
		if isDigit(r) || r == '.' || (i == 0 && (r == '-' || r == '+')) {
			end = i + 1
			continue
		}
		break
	}
	value, err := strconv.ParseFloat(s[:end], 64)
	if err != nil {
		return 0, "", false
	}
	return value, s[end:], true
}

func sameItems(got, want []string) bool {
	if len(got) != len(want) || len(want) == 0 {
		return false
	}
	for i := range want {
		if normalizeAnswer(got[i]) != normalizeAnswer(want[i]) {
			return false
		}
	}
	return true
}

func samePairs(got map[string]string, want []pair) bool {
	if len(got) != len(want) || len(want) == 0 {
		return false
	}
	for _, p := range want {
		if r, ok := got[p.left]; !ok || normalizeAnswer(r) != normalizeAnswer(p.right) {
			return false
		}
	}
	return true
}
