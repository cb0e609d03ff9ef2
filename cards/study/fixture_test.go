package study_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// clock is a fake clock the tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

// t0 is a Monday morning, well after the 4 a.m. start of the study day.
var t0 = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

func readDeck(t testing.TB, name string) *deck.Deck {
	t.Helper()
	d, err := deck.Read(filepath.Join("testdata", name))
	require.NoError(t, err)
	return d
}

// cardsDeck returns a deck whose cards have the given ids, in order.
func cardsDeck(ids ...string) *deck.Deck {
	d := &deck.Deck{Format: deck.Format, Title: "t", Language: "ja"}
	for _, id := range ids {
		d.Cards = append(d.Cards, deck.Card{ID: id, Type: deck.TypeBasic, Prompt: "?", Answer: id})
	}
	return d
}

// schedulingProgress is an empty progress whose quiz answers move the
// schedule, as a student's who switched that on.
func schedulingProgress(t testing.TB) *study.Progress {
	t.Helper()
	p := study.NewProgress()
	s := p.Settings()
	s.QuizSchedules = true
	require.NoError(t, p.SetSettings(s))
	return p
}
