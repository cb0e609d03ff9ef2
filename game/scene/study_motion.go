package scene

import (
	"math"
	"time"
)

// The study card's motions. They only move what is drawn: the session has
// already flipped or moved on when one starts, so the buttons it leads to
// work at once, and any key or tap during a motion ends it, then acts.
const (
	flipTime  = 180 * time.Millisecond
	slideTime = 160 * time.Millisecond
)

type motionKind int

const (
	still motionKind = iota
	// flipping turns the card over: the front narrows to an edge, the
	// back widens from it.
	flipping
	// sliding brings the next card in from the side (from the left after
	// an undo, which brings the last card back).
	sliding
)

// motion is the card's current motion, timed by the scene's clock.
type motion struct {
	kind  motionKind
	start time.Time
	// dir is +1 for a card coming from the right, -1 from the left.
	dir float64
}

func (m motion) duration() time.Duration {
	if m.kind == flipping {
		return flipTime
	}
	return slideTime
}

// progress is how far the motion has gone at now, from 0 to 1.
func (m motion) progress(now time.Time) float64 {
	if m.kind == still {
		return 1
	}
	return clamp(float64(now.Sub(m.start))/float64(m.duration()), 0, 1)
}

// flipWidth is the share of the card's width drawn at progress p of a
// flip, and whether the back is the side on show.
func flipWidth(p float64) (share float64, back bool) {
	return math.Abs(math.Cos(p * math.Pi)), p >= 0.5
}

// slideShift is how far, as a share of the card's width, the next card
// still has to travel at progress p; it slows down as it arrives.
func slideShift(p float64) float64 {
	q := 1 - p
	return 0.35 * q * q * q
}
