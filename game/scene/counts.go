package scene

import (
	"fmt"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// countsCache keeps a deck's counts for today: building a session over a
// large deck is too slow for every frame. key says what they were made
// from.
type countsCache struct {
	counts study.Counts
	key    string
}

// today is what today's session of d would show, as Anki shows it on its
// deck list. It is recomputed when the progress or the minute changes.
func (c *countsCache) today(ctx *Context, d *deck.Deck, p *study.Progress) study.Counts {
	if p == nil {
		n := 0
		for _, card := range d.Cards {
			if study.Studied(card) {
				n++
			}
		}
		return study.Counts{New: n}
	}
	// The pointer tells an imported progress from the one it replaced.
	key := fmt.Sprintf("%p/%d/%d/%s", p, len(p.Log()), p.Edits(), ctx.now().Format("2006-01-02T15:04"))
	if key == c.key {
		return c.counts
	}
	// New only reads the progress: a preview changes nothing.
	sess, err := study.New(d, p, study.Options{Now: ctx.Now})
	if err != nil {
		return study.Counts{}
	}
	c.counts, c.key = sess.Left(), key
	return c.counts
}

// minute is the clock of a screen that shows counts: they change as cards
// fall due, which the minute is fine enough for.
func minute(ctx *Context) int64 { return ctx.now().Unix() / 60 }

// forget makes the next today recompute.
func (c *countsCache) forget() { c.key = "" }
