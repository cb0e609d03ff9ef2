package study

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxFlagNote bounds the note a student may leave with a flag, in runes:
// the note travels in every save of the progress.
const MaxFlagNote = 500

// Flag is a student's report that a card is wrong (a bad question, a
// wrong answer, a misread source), kept with the progress so a teacher
// can read it in the export.
type Flag struct {
	Card string    `json:"card"`
	Time time.Time `json:"time"`
	// Note is what the student says is wrong, if anything.
	Note string `json:"note,omitempty"`
}

// Suspend takes the card id out of study sessions until Unsuspend; its
// schedule is kept as it is. It reports whether anything changed.
func (p *Progress) Suspend(id string) bool {
	if id == "" || p.suspended[id] {
		return false
	}
	if p.suspended == nil {
		p.suspended = map[string]bool{}
	}
	p.suspended[id] = true
	p.edits++
	return true
}

// Unsuspend brings a suspended card back into study sessions. It reports
// whether anything changed.
func (p *Progress) Unsuspend(id string) bool {
	if !p.suspended[id] {
		return false
	}
	delete(p.suspended, id)
	p.edits++
	return true
}

// Suspended reports whether the card id is suspended. A nil progress (a
// session without one) suspends nothing.
func (p *Progress) Suspended(id string) bool { return p != nil && p.suspended[id] }

// SuspendedIDs returns the suspended card ids, sorted.
func (p *Progress) SuspendedIDs() []string { return slices.Sorted(maps.Keys(p.suspended)) }

// FlagCard marks the card id as wrong at time at, with the student's
// note (cut to MaxFlagNote runes). Flagging a flagged card replaces its
// flag, so the newest note is the one kept.
func (p *Progress) FlagCard(id string, at time.Time, note string) error {
	if id == "" {
		return errors.New("study: flag a card without an id")
	}
	f := Flag{Card: id, Time: at, Note: cutRunes(strings.TrimSpace(note), MaxFlagNote)}
	if i := p.flagIndex(id); i >= 0 {
		p.flags[i] = f
	} else {
		p.flags = append(p.flags, f)
	}
	p.edits++
	return nil
}

// Unflag removes the card's flag. It reports whether there was one.
func (p *Progress) Unflag(id string) bool {
	i := p.flagIndex(id)
	if i < 0 {
		return false
	}
	p.flags = slices.Delete(p.flags, i, i+1)
	p.edits++
	return true
}

// Flagged returns the card's flag, if it has one.
func (p *Progress) Flagged(id string) (Flag, bool) {
	if i := p.flagIndex(id); i >= 0 {
		return p.flags[i], true
	}
	return Flag{}, false
}

// Flags returns a copy of every flag, in the order they were first set.
func (p *Progress) Flags() []Flag { return slices.Clone(p.flags) }

func (p *Progress) flagIndex(id string) int {
	return slices.IndexFunc(p.flags, func(f Flag) bool { return f.Card == id })
}

// cutRunes returns s cut to at most n runes.
func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
