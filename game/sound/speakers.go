package sound

import (
	"sync"
	"sync/atomic"

	"github.com/hajimehoshi/ebiten/v2/audio"
)

// speakers plays cues through Ebitengine's audio context. A process may
// make only one (a second audio.NewContext panics), so every Player
// shares it, and it is made only once a device is known to work: a
// context that fails to open its device makes ebiten.RunGame return the
// error, which would end the app over a sound effect.
var speakers = &device{}

// device is an audio context made on demand, with a player for each cue.
type device struct {
	opening sync.Once
	ctx     atomic.Pointer[audio.Context]
	mu      sync.Mutex
	players [cueCount]*audio.Player
}

func (d *device) open() {
	d.opening.Do(func() {
		// Checking for a device may take a moment (a sound server to
		// ask), which the game loop does not wait for.
		go func() {
			if !deviceWorks() {
				return
			}
			c := audio.CurrentContext()
			if c == nil {
				c = audio.NewContext(SampleRate)
			}
			if c.SampleRate() != SampleRate {
				return
			}
			// The cues are made here, before the device is offered, so
			// that making one never holds up a frame.
			for cue := range cueCount {
				pcm(cue)
			}
			d.ctx.Store(c)
		}()
	})
}

func (d *device) play(c Cue) {
	d.open()
	ctx := d.ctx.Load()
	if ctx == nil {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	p := d.players[c]
	if p == nil {
		// One player per cue, kept: a cue asked for again while it
		// sounds starts over instead of stacking up players.
		p = ctx.NewPlayerFromBytes(pcm(c))
		d.players[c] = p
	}
	_ = p.Rewind() // a seek in bytes cannot fail
	p.Play()
}
