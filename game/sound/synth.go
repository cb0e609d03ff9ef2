package sound

import (
	"encoding/binary"
	"math"
	"sync"
)

// SampleRate is the rate of every cue's samples. It is the audio
// context's rate too, so Ebitengine plays the cues without resampling.
const SampleRate = 48000

// bytesPerFrame is one frame of 16-bit little-endian stereo: what
// Ebitengine's audio.Context takes from NewPlayerFromBytes.
const bytesPerFrame = 4

// tone is one note of a cue.
type tone struct {
	// at and dur are when the note starts and how long it lasts, in
	// seconds.
	at, dur float64
	// from and to are its pitch at its start and its end, in hertz; a
	// note whose pitch moves glides between them.
	from, to float64
	// gain is its loudness beside the cue's other notes.
	gain float64
	// attack is how long it takes to rise from silence (a note that
	// starts at full loudness clicks); decay is the time constant of its
	// fall after that.
	attack, decay float64
	// wave is its shape over one cycle, phase in [0, 1).
	wave func(phase float64) float64
	// octave is the loudness of a sine an octave up, beside the note's:
	// it brightens a sine without the harshness of a square.
	octave float64
}

// recipe is how a cue sounds.
type recipe struct {
	// level is the cue's peak, of full scale: well below it, so that
	// the cues stay gentle beside whatever else the device is playing and
	// two that overlap do not clip.
	level float64
	tones []tone
}

// fadeOut is the longest linear fade that takes each note's last stretch
// to exactly zero: an exponential fall alone never gets there, and a
// note cut off above zero clicks.
const fadeOut = 0.012

// Notes' pitches (equal temperament, A4 = 440 Hz).
const (
	noteF3 = 174.61
	noteA3 = 220.00
	noteC5 = 523.25
	noteE5 = 659.26
	noteG5 = 783.99
	noteB5 = 987.77
	noteC6 = 1046.50
	noteE6 = 1318.51
	noteG6 = 1567.98
)

// recipes are the cues' sounds, by Cue.
var recipes = [cueCount]recipe{
	// A quick downward sweep over a low thump: a card's edge passing.
	Flip: {level: 0.18, tones: []tone{
		{at: 0, dur: 0.055, from: 1700, to: 650, gain: 1, attack: 0.002, decay: 0.018, wave: sine},
		{at: 0, dur: 0.05, from: 260, to: 190, gain: 0.5, attack: 0.003, decay: 0.02, wave: triangle},
	}},
	// A rising fifth that overlaps a little, as a chime rings on.
	Right: {level: 0.3, tones: []tone{
		{at: 0, dur: 0.15, from: noteE5, to: noteE5, gain: 1, attack: 0.004, decay: 0.09, wave: sine, octave: 0.3},
		{at: 0.09, dur: 0.22, from: noteB5, to: noteB5, gain: 1, attack: 0.004, decay: 0.11, wave: sine, octave: 0.3},
	}},
	// Two low triangle notes, the second lower and each sagging: a
	// soft "uh-oh" rather than a buzzer.
	Wrong: {level: 0.28, tones: []tone{
		{at: 0, dur: 0.13, from: noteA3, to: noteA3 * 0.97, gain: 1, attack: 0.008, decay: 0.12, wave: triangle},
		{at: 0.12, dur: 0.19, from: noteF3, to: noteF3 * 0.95, gain: 1, attack: 0.008, decay: 0.14, wave: triangle},
	}},
	// A high blip bending up a minor third.
	Pair: {level: 0.24, tones: []tone{
		{at: 0, dur: 0.09, from: noteE6, to: noteG6, gain: 1, attack: 0.003, decay: 0.04, wave: sine, octave: 0.25},
	}},
	// C, E, G, the last ringing longest with its octave over it.
	Finish: {level: 0.3, tones: []tone{
		{at: 0, dur: 0.16, from: noteC5, to: noteC5, gain: 1, attack: 0.004, decay: 0.1, wave: sine, octave: 0.3},
		{at: 0.09, dur: 0.16, from: noteE5, to: noteE5, gain: 1, attack: 0.004, decay: 0.1, wave: sine, octave: 0.3},
		{at: 0.18, dur: 0.2, from: noteG5, to: noteG5, gain: 1, attack: 0.004, decay: 0.12, wave: sine, octave: 0.3},
		{at: 0.18, dur: 0.2, from: noteC6, to: noteC6, gain: 0.25, attack: 0.01, decay: 0.12, wave: sine},
	}},
}

// cached holds each cue's samples once made: a cue sounds many times a
// session, and making it takes a few milliseconds.
var cached [cueCount]struct {
	once sync.Once
	pcm  []byte
}

// pcm is c's sound as 16-bit little-endian stereo at SampleRate, made at
// its first use. The slice is shared: callers must not change it.
func pcm(c Cue) []byte {
	e := &cached[c]
	e.once.Do(func() { e.pcm = encode(recipes[c].render()) })
	return e.pcm
}

// render mixes r's notes into one channel and scales the mix to r's
// level.
func (r recipe) render() []float64 {
	frames := 0
	for _, t := range r.tones {
		frames = max(frames, t.end()+1)
	}
	mix := make([]float64, frames)
	for _, t := range r.tones {
		t.add(mix)
	}
	peak := 0.0
	for _, v := range mix {
		peak = max(peak, math.Abs(v))
	}
	if peak > 0 {
		k := r.level / peak
		for i := range mix {
			mix[i] *= k
		}
	}
	return mix
}

// start and end are t's first and last frames; the envelope is zero at
// both.
func (t tone) start() int { return int(math.Round(t.at * SampleRate)) }
func (t tone) end() int   { return t.start() + int(math.Round(t.dur*SampleRate)) }

// add mixes t into mix.
func (t tone) add(mix []float64) {
	first, last := t.start(), t.end()
	fade := min(fadeOut, t.dur/4) * SampleRate
	phase := 0.0
	for i := first; i <= last; i++ {
		s := float64(i-first) / SampleRate
		env := t.gain * min(1, s/t.attack) * math.Exp(-s/t.decay) * min(1, float64(last-i)/fade)
		v := t.wave(phase)
		if t.octave > 0 {
			v += t.octave * sine(2*phase)
		}
		mix[i] += env * v
		// The pitch glides by a constant ratio a second, which the ear
		// hears as an even slide; the phase follows it, so the wave has
		// no seam where the pitch moves.
		f := t.from * math.Pow(t.to/t.from, s/t.dur)
		phase += f / SampleRate
		phase -= math.Floor(phase)
	}
}

// sine is a pure tone.
func sine(phase float64) float64 { return math.Sin(2 * math.Pi * phase) }

// triangle has only odd overtones, falling off fast: a little reedier
// than a sine, far from a square's buzz. It starts at zero rising, as a
// sine does.
func triangle(phase float64) float64 {
	p := phase + 0.25
	p -= math.Floor(p)
	return 1 - 4*math.Abs(p-0.5)
}

// encode writes mono samples in [-1, 1] as 16-bit little-endian stereo,
// the same in both ears.
func encode(mono []float64) []byte {
	out := make([]byte, len(mono)*bytesPerFrame)
	for i, v := range mono {
		s := uint16(int16(math.Round(max(-1, min(1, v)) * math.MaxInt16)))
		binary.LittleEndian.PutUint16(out[i*bytesPerFrame:], s)
		binary.LittleEndian.PutUint16(out[i*bytesPerFrame+2:], s)
	}
	return out
}
