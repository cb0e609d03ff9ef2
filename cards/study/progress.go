package study

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"factdeck/cards/srs"
)

// ErrNothingToUndo is returned when there is no answer that can be taken
// back.
var ErrNothingToUndo = errors.New("study: nothing to undo")

// maxUndo bounds how many answers can be taken back in a row; each one
// costs a card state in memory.
const maxUndo = 100

// Settings are the student's choices: how the app schedules cards, and
// how it looks and speaks (kept with the progress, so they travel with
// an export).
type Settings struct {
	// NewPerDay is how many new cards a day's sessions introduce.
	NewPerDay int `json:"new_per_day"`
	// ReviewsPerDay is how many review cards a day's sessions show.
	ReviewsPerDay int `json:"reviews_per_day"`
	// DesiredRetention is the recall probability at which reviews are
	// scheduled, in (0, 1); higher means more reviews.
	DesiredRetention float64 `json:"desired_retention"`
	// QuizSchedules is whether a quiz answer moves the card's schedule
	// (right as Good, wrong as Again). Off by default: a self-test the
	// student takes for fun must not push cards out of their study days
	// unasked. The settings screen switches it.
	QuizSchedules bool `json:"quiz_schedules,omitempty"`

	// Display holds how the app looks and speaks; see display.go.
	Display
}

// DefaultSettings are Anki's defaults: 20 new cards and 200 reviews a
// day, scheduled for 90% recall.
func DefaultSettings() Settings {
	return Settings{NewPerDay: 20, ReviewsPerDay: 200, DesiredRetention: 0.9, Display: Display{Sound: true}}
}

// Validate reports every problem with s, joined.
func (s Settings) Validate() error {
	_, err := s.scheduler()
	return err
}

// scheduler builds the FSRS scheduler the settings ask for.
func (s Settings) scheduler() (srs.Scheduler, error) {
	var errs []error
	if s.NewPerDay < 0 {
		errs = append(errs, fmt.Errorf("new cards per day is %d, want 0 or more", s.NewPerDay))
	}
	if s.ReviewsPerDay < 0 {
		errs = append(errs, fmt.Errorf("reviews per day is %d, want 0 or more", s.ReviewsPerDay))
	}
	if !(s.DesiredRetention > 0 && s.DesiredRetention < 1) {
		errs = append(errs, fmt.Errorf("desired retention is %g, want a number between 0 and 1", s.DesiredRetention))
	}
	errs = append(errs, s.Display.problems()...)
	if len(errs) > 0 {
		return srs.Scheduler{}, errors.Join(errs...)
	}
	p := srs.DefaultParams()
	p.DesiredRetention = s.DesiredRetention
	return srs.NewScheduler(p)
}

// Progress is what a student has done with their cards: the scheduling
// state of every card they have answered, keyed by the card's stable id,
// the log of every answer, and their settings. Card ids survive a rebuild
// of the deck, and nothing here is ever dropped for a card the deck no
// longer has, so progress outlives both.
//
// A Progress changes only through its methods (and the sessions and
// quizzes that call them), which lets a store save just what was added
// since its last save. It is not safe for concurrent use.
type Progress struct {
	settings Settings
	sched    srs.Scheduler
	cards    map[string]srs.Card
	log      []Review
	edits    uint64
	undo     []graded

	// What the student said about cards and their Match times; a progress
	// saved before these existed has none of them.
	suspended map[string]bool
	flags     []Flag
	match     MatchRecords
}

// graded remembers what an answer replaced, so it can be taken back.
type graded struct {
	index  int // position of the answer in the log
	before srs.Card
	had    bool // whether the card had a state before
}

// NewProgress returns an empty progress with DefaultSettings.
func NewProgress() *Progress {
	s := DefaultSettings()
	sched, _ := s.scheduler() // the defaults are valid
	return &Progress{settings: s, sched: sched, cards: map[string]srs.Card{}}
}

// Settings returns the current settings.
func (p *Progress) Settings() Settings { return p.settings }

// SetSettings replaces the settings after checking them. The new desired
// retention applies to answers given from now on.
func (p *Progress) SetSettings(s Settings) error {
	if s == p.settings {
		return nil
	}
	sched, err := s.scheduler()
	if err != nil {
		return fmt.Errorf("study: settings: %w", err)
	}
	p.settings, p.sched = s, sched
	p.edits++
	return nil
}

// Scheduler returns the scheduler the settings imply, e.g. to show a
// card's retrievability.
func (p *Progress) Scheduler() srs.Scheduler { return p.sched }

// Card returns the scheduling state of the card with the given id; ok is
// false for a card never answered (a new card).
func (p *Progress) Card(id string) (c srs.Card, ok bool) {
	c, ok = p.cards[id]
	return c, ok
}

// NumCards is the number of cards with a state.
func (p *Progress) NumCards() int { return len(p.cards) }

// CardIDs returns the ids of the cards with a state, sorted.
func (p *Progress) CardIDs() []string { return slices.Sorted(maps.Keys(p.cards)) }

// Log returns the review log, oldest first. The slice is the log itself,
// valid until the progress next changes: read it, do not change or keep it.
func (p *Progress) Log() []Review { return p.log[:len(p.log):len(p.log)] }

// Edits counts the changes that were not a review added at the end of the
// log (an undo, new settings). A store compares it with the count at its
// last save to know whether appending the new log entries is enough.
func (p *Progress) Edits() uint64 { return p.edits }

// Grade records the answer r to the card id at time at, after the card was
// on show for took: the card's state moves on as the scheduler says and
// the answer joins the log. The answer can be taken back with UndoLast.
func (p *Progress) Grade(id string, r srs.Rating, at time.Time, took time.Duration) (Review, error) {
	return p.grade(id, r, at, took, fromStudy)
}

// origin is where an answer was given, for its log entry.
type origin uint8

const (
	fromStudy    origin = iota
	fromQuiz            // a quiz answer
	fromOverride        // a quiz answer judged wrong that the student said was right
)

func (p *Progress) grade(id string, r srs.Rating, at time.Time, took time.Duration, from origin) (Review, error) {
	if !r.Valid() {
		return Review{}, fmt.Errorf("study: grade %d out of range 1-4", r)
	}
	if id == "" {
		return Review{}, errors.New("study: grade a card without an id")
	}
	before, had := p.cards[id]
	if !had {
		before = srs.NewCard(at)
	}
	after := p.sched.Next(before, r, at)
	rev := Review{
		Card:          id,
		Rating:        r,
		Time:          at,
		ElapsedDays:   after.ElapsedDays,
		ScheduledDays: after.ScheduledDays,
		Before:        before.State,
		After:         after.State,
		DurationMS:    min(max(took, 0), MaxAnswerTime).Milliseconds(),
		Quiz:          from != fromStudy,
		Override:      from == fromOverride,
	}
	p.cards[id] = after
	p.log = append(p.log, rev)
	if len(p.undo) == maxUndo {
		p.undo = append(p.undo[:0], p.undo[1:]...)
	}
	p.undo = append(p.undo, graded{index: len(p.log) - 1, before: before, had: had})
	return rev, nil
}

// UndoLast takes back the last answer given through Grade (or a session or
// quiz) since the progress was loaded: the card gets its previous state
// back and the answer leaves the log. It returns the answer taken back, or
// ErrNothingToUndo when the last log entry is not such an answer.
func (p *Progress) UndoLast() (Review, error) {
	n := len(p.undo)
	if n == 0 || p.undo[n-1].index != len(p.log)-1 {
		return Review{}, ErrNothingToUndo
	}
	g := p.undo[n-1]
	p.undo = p.undo[:n-1]
	rev := p.log[g.index]
	p.log = p.log[:g.index]
	if g.had {
		p.cards[rev.Card] = g.before
	} else {
		delete(p.cards, rev.Card)
	}
	p.edits++
	return rev, nil
}

// reserve makes room for n more log entries.
func (p *Progress) reserve(n int) { p.log = slices.Grow(p.log, n) }

// lastIndex is the log position of the newest answer, -1 for none.
func (p *Progress) lastIndex() int { return len(p.log) - 1 }

// Apply adds an answer given elsewhere, with the card state it led to:
// stores use it to replay the answers they journaled since their last
// full save. It checks both and changes nothing when either is invalid.
func (p *Progress) Apply(r Review, c srs.Card) error {
	if problems := append(reviewProblems(r), cardProblems(c)...); len(problems) > 0 {
		return fmt.Errorf("study: card %s: %s", quoteID(r.Card), problems[0])
	}
	p.cards[r.Card] = c
	p.log = append(p.log, r)
	return nil
}

// today counts the study answers given since start that introduced a new
// card and that reviewed a card in Review, for the daily limits. It reads
// the whole log rather than stopping at the first older answer: a clock
// set back (or a flight across time zones) leaves the log out of order.
func (p *Progress) today(start time.Time) (newDone, reviewsDone int) {
	for _, r := range p.log {
		switch {
		case r.Quiz || r.Time.Before(start):
		case r.Before == srs.New:
			newDone++
		case r.Before == srs.Review:
			reviewsDone++
		}
	}
	return newDone, reviewsDone
}
