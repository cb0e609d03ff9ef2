package study

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"factdeck/cards/deck"
)

// Question is one card as a quiz asks it, with what the app needs to lay
// out the answer controls.
type Question struct {
	Card deck.Card
	// Choices are an mcq card's choices, in the deck's order (the
	// generator already places the answer evenly).
	Choices []string
	// Items are an order card's items to arrange, shuffled.
	Items []string
	// Left and Right are a match card's two sides: the left in the card's
	// order, the right shuffled. The student pairs each left with a right
	// (Response.Pairs).
	Left, Right []string
}

// newQuestion lays out card c, shuffling with rng where the deck's order
// would give the answer away.
func newQuestion(c deck.Card, rng *rand.Rand) Question {
	q := Question{Card: c}
	switch c.Type {
	case deck.TypeMCQ:
		q.Choices = slices.Clone(c.Choices)
	case deck.TypeOrder:
		q.Items = shuffled(orderItems(c), rng)
	case deck.TypeMatch:
		pairs := matchPairs(c)
		right := make([]string, len(pairs))
		for i, p := range pairs {
			q.Left = append(q.Left, p.left)
			right[i] = p.right
		}
		q.Right = shuffled(right, rng)
	}
	return q
}

// orderSeparator joins an order card's items in its answer ("A → B → C").
const orderSeparator = "→"

// orderItems returns an order card's items in the right order: the card's
// Items where the deck has them, a list no separator can break. An older
// deck lists them in that order as the choices, with the answer spelling
// the same order out; an answer that orders the choices differently wins,
// so a deck may also shuffle its choices.
func orderItems(c deck.Card) []string {
	if len(c.Items) > 0 {
		return slices.Clone(c.Items)
	}
	items := splitTrim(c.Answer, orderSeparator)
	if sameSet(items, c.Choices) {
		return items
	}
	return slices.Clone(c.Choices)
}

// sameSet reports whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	return len(a) == len(b) && len(a) > 0 && slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}

// pair is one correct pairing of a match card.
type pair struct{ left, right string }

// Match cards write a pair "left ⇔ right"; "left=right" is read too.
const (
	pairSeparator  = " ⇔ "
	pairsSeparator = "、"
)

// matchPairs returns a match card's pairs: the card's Pairs where the
// deck has them, else one per choice, read from its text.
func matchPairs(c deck.Card) []pair {
	var out []pair
	if len(c.Pairs) > 0 {
		for _, p := range c.Pairs {
			out = append(out, pair{p.Left, p.Right})
		}
		return out
	}
	for _, s := range c.Choices {
		if l, r, ok := cutPair(s); ok {
			out = append(out, pair{l, r})
		}
	}
	return out
}

// cutPair splits a pair at its first ⇔, or else at its first = (or ＝).
func cutPair(s string) (left, right string, ok bool) {
	l, r, ok := strings.Cut(s, strings.TrimSpace(pairSeparator))
	if !ok {
		l, r, ok = strings.Cut(strings.Replace(s, "＝", "=", 1), "=")
	}
	l, r = strings.TrimSpace(l), strings.TrimSpace(r)
	return l, r, ok && l != "" && r != ""
}

// AnswerText writes card c's answer for the student to read. An order
// or match card with lists has one item (numbered) or one pair a line, so
// a 、 or → inside an item cannot be misread as a separator; other cards
// show their Answer as the deck spells it.
func AnswerText(c deck.Card) string {
	switch {
	case c.Type == deck.TypeOrder && len(c.Items) > 0:
		return numberedLines(c.Items)
	case c.Type == deck.TypeMatch && len(c.Pairs) > 0:
		lines := make([]string, len(c.Pairs))
		for i, p := range c.Pairs {
			lines[i] = p.Left + pairSeparator + p.Right
		}
		return strings.Join(lines, "\n")
	}
	return c.Answer
}

// numberedLines writes items one a line, numbered from 1.
func numberedLines(items []string) string {
	var b strings.Builder
	for i, item := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%d. %s", i+1, item)
	}
	return b.String()
}

func splitTrim(s, sep string) []string {
	var out []string
	for _, part := range strings.Split(s, sep) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// shuffled returns a shuffled copy of list that differs from list when it
// can, so the correct order is never handed to the student.
func shuffled(list []string, rng *rand.Rand) []string {
	out := slices.Clone(list)
	for range 8 {
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		if !slices.Equal(out, list) {
			return out
		}
	}
	if len(out) > 1 { // all items equal, or extremely unlucky: rotate
		out = append(out[1:], out[0])
	}
	return out
}
