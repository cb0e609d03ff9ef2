package sound

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// heard is an output that keeps what it was asked to play.
type heard struct {
	opened int
	cues   []Cue
}

func (h *heard) open()      { h.opened++ }
func (h *heard) play(c Cue) { h.cues = append(h.cues, c) }

// The player asks the setting at each cue: off is silent and counts
// nothing, and turning it on again is heard from the next cue.
func TestPlayerFollowsTheSetting(t *testing.T) {
	on := true
	out := &heard{}
	p := &Player{allowed: func() bool { return on }, out: out}

	p.Play(Flip)
	p.Play(Right)
	assert.Equal(t, 2, p.Played())
	on = false
	p.Play(Wrong)
	assert.Equal(t, 2, p.Played(), "sound off plays nothing")
	on = true
	p.Play(Finish)
	assert.Equal(t, 3, p.Played())
	assert.Equal(t, []Cue{Flip, Right, Finish}, out.cues)
}

// The speakers are readied once, and only once sound is allowed.
func TestPlayerPreparesOnceAllowed(t *testing.T) {
	on := false
	out := &heard{}
	p := &Player{allowed: func() bool { return on }, out: out}
	p.Prepare()
	assert.Zero(t, out.opened, "sound off opens no device")
	on = true
	p.Prepare()
	p.Prepare()
	assert.Equal(t, 1, out.opened)
	assert.Zero(t, p.Played(), "readying is no cue")
}

// A cue that is not one is ignored, and a missing player is silent.
func TestPlayerIgnoresWhatItCannotPlay(t *testing.T) {
	out := &heard{}
	p := &Player{out: out}
	p.Play(Cue(-1))
	p.Play(cueCount)
	assert.Zero(t, p.Played())
	assert.Empty(t, out.cues)

	var none *Player
	none.Prepare()
	none.Play(Flip)
	assert.Zero(t, none.Played())
}
