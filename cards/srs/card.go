package srs

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// State is where a card is in its life cycle. The numeric values match
// ts-fsrs (and Anki), so stored cards stay interchangeable with it.
type State uint8

// The card states, numbered as in ts-fsrs.
const (
	New        State = 0 // never reviewed
	Learning   State = 1 // walking through the learning steps
	Review     State = 2 // graduated: scheduled in days by the memory model
	Relearning State = 3 // forgotten in Review, walking the relearning steps
)

var stateNames = [...]string{"New", "Learning", "Review", "Relearning"}

// String returns the state's name, e.g. "Review".
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// Valid reports whether s is one of the four states.
func (s State) Valid() bool { return s <= Relearning }

// Rating is the learner's answer to a review.
type Rating uint8

// The four ratings, numbered as in ts-fsrs and Anki.
const (
	Again Rating = 1 // forgot
	Hard  Rating = 2 // recalled with serious difficulty
	Good  Rating = 3 // recalled after some hesitation
	Easy  Rating = 4 // recalled effortlessly
)

var ratingNames = [...]string{"", "Again", "Hard", "Good", "Easy"}

// String returns the rating's name, e.g. "Good".
func (r Rating) String() string {
	if r.Valid() {
		return ratingNames[r]
	}
	return "Rating(" + strconv.Itoa(int(r)) + ")"
}

// Valid reports whether r is one of Again, Hard, Good or Easy.
func (r Rating) Valid() bool { return r >= Again && r <= Easy }

// ParseRating reads a rating from user or stored input: a name in any
// case ("again", "Good") or a digit "1".."4".
func ParseRating(s string) (Rating, error) {
	t := strings.TrimSpace(s)
	if n, err := strconv.Atoi(t); err == nil {
		if n >= int(Again) && n <= int(Easy) {
			return Rating(n), nil
		}
		return 0, fmt.Errorf("srs: rating %d out of range 1..4", n)
	}
	for r := Again; r <= Easy; r++ {
		if strings.EqualFold(t, ratingNames[r]) {
			return r, nil
		}
	}
	return 0, fmt.Errorf("srs: unknown rating %q (want again, hard, good, easy or 1..4)", s)
}

// Card is the scheduling state of one flash card. It is a plain value:
// Scheduler.Next returns an updated copy and never keeps a reference.
// The JSON names follow ts-fsrs, with step for its learning_steps.
type Card struct {
	// Due is when the card should next be shown.
	Due time.Time `json:"due"`
	// Stability is the interval in days after which recall probability
	// falls to 90%; 0 for a new card.
	Stability float64 `json:"stability"`
	// Difficulty is in [1, 10]; 0 for a new card.
	Difficulty float64 `json:"difficulty"`
	// ElapsedDays is the number of UTC calendar days between the last two
	// reviews.
	ElapsedDays int `json:"elapsed_days"`
	// ScheduledDays is the interval in days chosen at the last review
	// (0 while in a learning step).
	ScheduledDays int `json:"scheduled_days"`
	// Step is the index of the current (re)learning step.
	Step int `json:"step"`
	// Reps counts reviews; Lapses counts Again answers in Review.
	Reps   int   `json:"reps"`
	Lapses int   `json:"lapses"`
	State  State `json:"state"`
	// LastReview is the time of the last review; zero for a new card.
	LastReview time.Time `json:"last_review,omitzero"`
}

// NewCard returns a card that has never been reviewed and is due at now.
func NewCard(now time.Time) Card {
	return Card{Due: now, State: New}
}
