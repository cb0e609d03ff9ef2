package study

import "slices"

// OrderDraft is an order question's answer as the student builds it: the
// items tapped so far, in the order tapped.
type OrderDraft struct {
	items  []string
	picked []string
}

// NewOrderDraft starts an empty answer to q (an order question).
func NewOrderDraft(q Question) *OrderDraft { return &OrderDraft{items: q.Items} }

// Pick puts item i (of Question.Items) next. An item already placed, or
// an index out of range, changes nothing and reports false.
func (d *OrderDraft) Pick(i int) bool {
	if i < 0 || i >= len(d.items) || slices.Contains(d.picked, d.items[i]) {
		return false
	}
	d.picked = append(d.picked, d.items[i])
	return true
}

// Reset takes every placed item back.
func (d *OrderDraft) Reset() { d.picked = nil }

// Position is where item i was placed, from 1, or 0 while it is not.
func (d *OrderDraft) Position(i int) int {
	if i < 0 || i >= len(d.items) {
		return 0
	}
	return slices.Index(d.picked, d.items[i]) + 1
}

// Complete reports whether every item is placed.
func (d *OrderDraft) Complete() bool { return len(d.items) > 0 && len(d.picked) == len(d.items) }

// Response is the answer built so far.
func (d *OrderDraft) Response() Response { return Response{Order: slices.Clone(d.picked)} }

// MatchDraft is a match question's answer as the student builds it: a
// left item is selected, then the right item it pairs with. A right item
// belongs to one left item at most.
type MatchDraft struct {
	left, right []string
	pairs       map[string]string
	selected    int // index into left, -1 for none
}

// NewMatchDraft starts an empty answer to q (a match question).
func NewMatchDraft(q Question) *MatchDraft {
	return &MatchDraft{left: q.Left, right: q.Right, pairs: map[string]string{}, selected: -1}
}

// SelectLeft selects left item i, to pair with the next right item picked.
func (d *MatchDraft) SelectLeft(i int) bool {
	if i < 0 || i >= len(d.left) {
		return false
	}
	d.selected = i
	return true
}

// PickRight pairs the selected left item with right item i, taking that
// right item from any left item it was paired with. Without a selection
// it changes nothing and reports false.
func (d *MatchDraft) PickRight(i int) bool {
	if d.selected < 0 || i < 0 || i >= len(d.right) {
		return false
	}
	for l, r := range d.pairs {
		if r == d.right[i] {
			delete(d.pairs, l)
		}
	}
	d.pairs[d.left[d.selected]] = d.right[i]
	d.selected = -1
	return true
}

// Key applies digit key n (from 1): it selects left item n when none is
// selected, else pairs the selection with right item n, so a keyboard
// answers a whole board with digits.
func (d *MatchDraft) Key(n int) bool {
	if d.selected < 0 {
		return d.SelectLeft(n - 1)
	}
	return d.PickRight(n - 1)
}

// Selected is the selected left item's index, or -1.
func (d *MatchDraft) Selected() int { return d.selected }

// PairOf is the right item paired with left item i, if any.
func (d *MatchDraft) PairOf(i int) (string, bool) {
	if i < 0 || i >= len(d.left) {
		return "", false
	}
	r, ok := d.pairs[d.left[i]]
	return r, ok
}

// Taken reports whether right item i is paired.
func (d *MatchDraft) Taken(i int) bool {
	if i < 0 || i >= len(d.right) {
		return false
	}
	for _, r := range d.pairs {
		if r == d.right[i] {
			return true
		}
	}
	return false
}

// Reset takes every pair and the selection back.
func (d *MatchDraft) Reset() { d.pairs, d.selected = map[string]string{}, -1 }

// Complete reports whether every left item is paired.
func (d *MatchDraft) Complete() bool { return len(d.left) > 0 && len(d.pairs) == len(d.left) }

// Response is the answer built so far.
func (d *MatchDraft) Response() Response {
	pairs := make(map[string]string, len(d.pairs))
	for l, r := range d.pairs {
		pairs[l] = r
	}
	return Response{Pairs: pairs}
}
