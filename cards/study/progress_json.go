package study

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"unicode/utf8"

	"factdeck/cards/srs"
)

// maxProblems bounds how many problems a validation error lists: a file
// damaged throughout would otherwise give a message nobody can read.
const maxProblems = 10

// progressJSON is the JSON form of a Progress. Other tools read it, so
// field names follow the deck file's style and srs.Card's (ts-fsrs) names.
type progressJSON struct {
	Settings Settings            `json:"settings"`
	Cards    map[string]srs.Card `json:"cards"`
	Log      []Review            `json:"log"`
	// Suspended, Flags and Match are left out when empty, so a progress
	// that never used them is written as before.
	Suspended []string     `json:"suspended,omitempty"`
	Flags     []Flag       `json:"flags,omitempty"`
	Match     MatchRecords `json:"match,omitzero"`
}

// MarshalJSON writes the settings, the card states (sorted by id, so equal
// progress gives equal bytes) and the log.
func (p *Progress) MarshalJSON() ([]byte, error) {
	v := progressJSON{Settings: p.settings, Cards: p.cards, Log: p.log,
		Suspended: p.SuspendedIDs(), Flags: p.flags, Match: p.match}
	if v.Log == nil {
		v.Log = []Review{} // other tools read [] more happily than null
	}
	return json.Marshal(v)
}

// UnmarshalJSON reads what MarshalJSON wrote and checks all of it; the
// error lists what is wrong and where ("card \"c1\": state 7 …", "log
// entry 12: …"). Missing settings take their defaults.
func (p *Progress) UnmarshalJSON(data []byte) error {
	v := progressJSON{Settings: DefaultSettings()}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	var problems []string
	sched, err := v.Settings.scheduler()
	if err != nil {
		problems = append(problems, "settings: "+err.Error())
	}
	ids := make([]string, 0, len(v.Cards))
	for id := range v.Cards {
		ids = append(ids, id)
	}
	sort.Strings(ids) // report in a stable order
	for _, id := range ids {
		for _, msg := range cardProblems(v.Cards[id]) {
			problems = append(problems, fmt.Sprintf("card %s: %s", quoteID(id), msg))
		}
		if id == "" {
			problems = append(problems, "a card state has an empty id")
		}
	}
	for i, r := range v.Log {
		for _, msg := range reviewProblems(r) {
			problems = append(problems, fmt.Sprintf("log entry %d (card %s): %s", i+1, quoteID(r.Card), msg))
		}
	}
	problems = append(problems, markProblems(v.Suspended, v.Flags)...)
	problems = append(problems, v.Match.problems()...)
	if len(problems) > 0 {
		return joinProblems(problems)
	}
	if v.Cards == nil {
		v.Cards = map[string]srs.Card{}
	}
	*p = Progress{settings: v.Settings, sched: sched, cards: v.Cards, log: v.Log, flags: v.Flags, match: v.Match}
	for _, id := range v.Suspended {
		if p.suspended == nil {
			p.suspended = make(map[string]bool, len(v.Suspended))
		}
		p.suspended[id] = true
	}
	return nil
}

// maxIDRunes is how much of a card id a message quotes: ids come from
// files that anyone can edit, and a message must stay short.
const maxIDRunes = 60

// quoteID quotes a card id for a message, cut after maxIDRunes runes.
func quoteID(id string) string {
	if utf8.RuneCountInString(id) <= maxIDRunes {
		return strconv.Quote(id)
	}
	cut := 0
	for range maxIDRunes {
		_, size := utf8.DecodeRuneInString(id[cut:])
		cut += size
	}
	return fmt.Sprintf("%q… (%d bytes)", id[:cut], len(id))
}

// joinProblems joins the first maxProblems problems into one error.
func joinProblems(problems []string) error {
	errs := make([]error, 0, maxProblems+1)
	for _, msg := range problems[:min(len(problems), maxProblems)] {
		errs = append(errs, errors.New(msg))
	}
	if extra := len(problems) - maxProblems; extra > 0 {
		errs = append(errs, fmt.Errorf("and %d more problems", extra))
	}
	return errors.Join(errs...)
}

// cardProblems lists what makes a stored card state unusable.
func cardProblems(c srs.Card) []string {
	var out []string
	if !c.State.Valid() {
		out = append(out, fmt.Sprintf("state %d is not one of 0 (new), 1 (learning), 2 (review), 3 (relearning)", c.State))
	}
	if c.Due.IsZero() {
		out = append(out, "due date is missing")
	}
	if !finite(c.Stability) || c.Stability < 0 {
		out = append(out, fmt.Sprintf("stability %v is not a number of days", c.Stability))
	}
	if !finite(c.Difficulty) || c.Difficulty != 0 && (c.Difficulty < 1 || c.Difficulty > 10) {
		out = append(out, fmt.Sprintf("difficulty %v is not 0 or in 1..10", c.Difficulty))
	}
	if c.Reps < 0 || c.Lapses < 0 || c.Step < 0 || c.ElapsedDays < 0 || c.ScheduledDays < 0 {
		out = append(out, "a count (reps, lapses, step, elapsed or scheduled days) is negative")
	}
	return out
}

// reviewProblems lists what makes a log entry unusable.
func reviewProblems(r Review) []string {
	var out []string
	if r.Card == "" {
		out = append(out, "card id is empty")
	}
	if !r.Rating.Valid() {
		out = append(out, fmt.Sprintf("rating %d is not 1 (again) to 4 (easy)", r.Rating))
	}
	if r.Time.IsZero() {
		out = append(out, "time is missing")
	}
	if !r.Before.Valid() || !r.After.Valid() {
		out = append(out, fmt.Sprintf("states %d → %d are not both 0..3", r.Before, r.After))
	}
	if r.DurationMS < 0 || r.ElapsedDays < 0 || r.ScheduledDays < 0 {
		out = append(out, "a duration or day count is negative")
	}
	return out
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// markProblems lists what makes stored suspensions and flags unusable.
func markProblems(suspended []string, flags []Flag) []string {
	var out []string
	for i, id := range suspended {
		if id == "" {
			out = append(out, fmt.Sprintf("suspended card %d has an empty id", i+1))
		}
	}
	seen := map[string]bool{}
	for i, f := range flags {
		switch {
		case f.Card == "":
			out = append(out, fmt.Sprintf("flag %d has an empty card id", i+1))
		case seen[f.Card]:
			out = append(out, fmt.Sprintf("flag %d (card %s): the card is flagged twice", i+1, quoteID(f.Card)))
		case utf8.RuneCountInString(f.Note) > MaxFlagNote:
			out = append(out, fmt.Sprintf("flag %d (card %s): note is longer than %d characters", i+1, quoteID(f.Card), MaxFlagNote))
		}
		seen[f.Card] = true
	}
	return out
}
