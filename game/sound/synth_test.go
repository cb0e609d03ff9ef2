package sound

import (
	"encoding/binary"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var allCues = []Cue{Flip, Right, Wrong, Pair, Finish}

// samples reads a cue's stereo frames as left and right in [-1, 1].
func samples(t *testing.T, b []byte) (left, right []float64) {
	t.Helper()
	require.Zero(t, len(b)%bytesPerFrame, "whole 16-bit stereo frames")
	for i := 0; i < len(b); i += bytesPerFrame {
		left = append(left, float64(int16(binary.LittleEndian.Uint16(b[i:])))/math.MaxInt16)
		right = append(right, float64(int16(binary.LittleEndian.Uint16(b[i+2:])))/math.MaxInt16)
	}
	return left, right
}

func rms(s []float64) float64 {
	sum := 0.0
	for _, v := range s {
		sum += v * v
	}
	return math.Sqrt(sum / float64(len(s)))
}

// crossingRate is how often s changes sign, per sample: twice its pitch
// over the sample rate, for a tone.
func crossingRate(s []float64) float64 {
	n := 0
	for i := 1; i < len(s); i++ {
		if (s[i-1] < 0) != (s[i] < 0) {
			n++
		}
	}
	return float64(n) / float64(len(s)-1)
}

// Every cue is short, gentle, heard, and starts and ends in silence.
func TestCuesAreShortGentleAndClickFree(t *testing.T) {
	const (
		limit = 0.35 // peak, of full scale
		floor = 0.02 // RMS, of full scale: below it a cue is barely there
		// jump is the largest step between two samples: a sine at the
		// highest pitch here (1.7 kHz) and at the limit moves under 0.08
		// a sample; a note begun or cut off at full loudness jumps by more.
		jump = 0.1
	)
	for _, c := range allCues {
		t.Run(c.String(), func(t *testing.T) {
			b := pcm(c)
			require.NotEmpty(t, b)
			left, right := samples(t, b)
			assert.Equal(t, left, right, "the same in both ears")
			length := time.Duration(len(left)) * time.Second / SampleRate
			assert.GreaterOrEqual(t, length, 40*time.Millisecond)
			assert.LessOrEqual(t, length, 400*time.Millisecond)

			assert.LessOrEqual(t, math.Abs(left[0]), 1e-3, "starts at zero")
			assert.LessOrEqual(t, math.Abs(left[len(left)-1]), 1e-3, "ends at zero")
			peak, steepest := 0.0, 0.0
			for i, v := range left {
				peak = max(peak, math.Abs(v))
				if i > 0 {
					steepest = max(steepest, math.Abs(v-left[i-1]))
				}
			}
			assert.LessOrEqual(t, peak, limit, "peak")
			assert.Greater(t, peak, limit/3, "peak")
			assert.Less(t, steepest, jump, "no click")
			assert.Greater(t, rms(left), floor, "heard")
		})
	}
}

// The right answer's chime rises; the wrong answer's notes fall, and
// are lower than the chime's.
func TestCuePitches(t *testing.T) {
	thirds := func(c Cue) (first, last float64) {
		s, _ := samples(t, pcm(c))
		n := len(s) / 3
		return crossingRate(s[:n]), crossingRate(s[len(s)-n:])
	}
	first, last := thirds(Right)
	assert.Greater(t, last, first*1.3, "Right rises: crossings per sample %.4f, then %.4f", first, last)
	// E5 then B5, within 10% (the second note's onset overlaps the
	// first third).
	assert.InDelta(t, 2*noteE5/SampleRate, first, 0.1*first)
	assert.InDelta(t, 2*noteB5/SampleRate, last, 0.1*last)

	low, lower := thirds(Wrong)
	assert.Less(t, lower, low*0.9, "Wrong falls: crossings per sample %.4f, then %.4f", low, lower)
	assert.Less(t, low, first/2, "Wrong is lower than Right")

	start, end := thirds(Finish)
	assert.Greater(t, end, start*1.3, "Finish climbs")
}

// A cue is made once and shared.
func TestCuesAreMadeOnce(t *testing.T) {
	a, b := pcm(Pair), pcm(Pair)
	require.NotEmpty(t, a)
	assert.Same(t, &a[0], &b[0])
	assert.NotEqual(t, pcm(Pair), pcm(Right), "cues differ")
}

// The triangle wave starts at zero and rises, as the sine does, so a note
// on it starts without a step; it spans -1 to 1.
func TestTriangle(t *testing.T) {
	for _, c := range []struct{ phase, want float64 }{{0, 0}, {0.125, 0.5}, {0.25, 1}, {0.5, 0}, {0.75, -1}, {1, 0}} {
		assert.InDelta(t, c.want, triangle(c.phase), 1e-9, "phase %v", c.phase)
	}
}
