package study

import (
	"time"

	"factdeck/cards/srs"
)

// MaxAnswerTime caps the time recorded for one answer, as Anki does (its
// default is 60 seconds): a student who walks away from a card should not
// make it look like the hardest card in the deck.
const MaxAnswerTime = 60 * time.Second

// Review is one entry of the review log: one answer to one card. It keeps
// what Anki's revlog keeps, so statistics (and, later, fitting the FSRS
// weights to the student) can be computed from the log alone.
type Review struct {
	Card   string     `json:"card"`
	Rating srs.Rating `json:"rating"`
	Time   time.Time  `json:"time"`
	// ElapsedDays is the number of days since the card's previous review,
	// counted as the scheduler counts them; 0 for a new card.
	ElapsedDays int `json:"elapsed_days"`
	// ScheduledDays is the interval the answer chose; 0 while the card is
	// in a (re)learning step.
	ScheduledDays int       `json:"scheduled_days"`
	Before        srs.State `json:"before"`
	After         srs.State `json:"after"`
	// DurationMS is how long the card was on show before the answer, in
	// milliseconds, at most MaxAnswerTime.
	DurationMS int64 `json:"duration_ms"`
	// Quiz marks answers given in a quiz rather than in a study session;
	// they move the schedule but do not count against the daily limits.
	Quiz bool `json:"quiz,omitempty"`
	// Override marks an answer the checker judged wrong and the student
	// declared right ("I was right"): Rating is then the right answer's,
	// and the flag keeps the log honest about who judged it. Logs written
	// before the flag existed read as false.
	Override bool `json:"override,omitempty"`
}

// Duration is how long the card was on show before the answer.
func (r Review) Duration() time.Duration {
	return time.Duration(r.DurationMS) * time.Millisecond
}
