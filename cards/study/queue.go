package study

import (
	"container/heap"
	"time"
)

// kind is where a queued card stands in its life cycle, for the counts a
// session shows ("12 new, 3 learning, 40 to review").
type kind uint8

const (
	kindNew kind = iota
	kindReview
	kindLearning // learning or relearning, waiting in the learning heap
	numKinds
)

// entry is one showing of a card waiting in a queue.
type entry struct {
	card int       // index into the session's cards
	kind kind      // kindLearning entries live in the heap, the others in main
	due  time.Time // when a learning entry may be shown
	slot int       // position in the learning heap, kept by its methods
}

// learningHeap orders learning cards by due time, earliest first, then by
// deck order, so the next one is found in O(1) and requeued in O(log n).
type learningHeap []*entry

func (h learningHeap) Len() int { return len(h) }

func (h learningHeap) Less(i, j int) bool {
	if !h[i].due.Equal(h[j].due) {
		return h[i].due.Before(h[j].due)
	}
	return h[i].card < h[j].card
}

func (h learningHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].slot, h[j].slot = i, j
}

func (h *learningHeap) Push(x any) {
	e := x.(*entry)
	e.slot = len(*h)
	*h = append(*h, e)
}

func (h *learningHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return e
}

// peek returns the learning entry due first, or nil.
func (h learningHeap) peek() *entry {
	if len(h) == 0 {
		return nil
	}
	return h[0]
}

func (h *learningHeap) init() { heap.Init(h) }

func (h *learningHeap) push(e *entry) { heap.Push(h, e) }

func (h *learningHeap) pop() *entry { return heap.Pop(h).(*entry) }

func (h *learningHeap) remove(e *entry) { heap.Remove(h, e.slot) }

// mix spreads the new cards evenly among the reviews, as Anki's default
// "mix with reviews" display order does: the n-th of N new cards goes at
// position ⌊(n+½)·total/N⌋, so a session never ends on a block of new
// cards that a tired student would abandon.
func mix(reviews, news []*entry) []*entry {
	total := len(reviews) + len(news)
	out := make([]*entry, 0, total)
	r, n := 0, 0
	for i := range total {
		if n < len(news) && (r == len(reviews) || i >= (2*n+1)*total/(2*len(news))) {
			out = append(out, news[n])
			n++
		} else {
			out = append(out, reviews[r])
			r++
		}
	}
	return out
}

// DayStartHour is the hour at which a new study day begins, for the daily
// limits: 4 a.m. local time, as in Anki, so a session past midnight still
// counts as the evening's.
const DayStartHour = 4

// DayOf returns when the study day holding t began, in t's location: two
// times are on the same study day when their DayOf are equal.
func DayOf(t time.Time) time.Time { return dayStart(t) }

// dayStart returns when the study day holding now began, in now's
// location.
func dayStart(now time.Time) time.Time {
	y, m, d := now.Date()
	start := time.Date(y, m, d, DayStartHour, 0, 0, 0, now.Location())
	if now.Before(start) {
		start = time.Date(y, m, d-1, DayStartHour, 0, 0, 0, now.Location())
	}
	return start
}
