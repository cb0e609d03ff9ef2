// Package sound holds the app's short sound effects (a card's flip, a
// right or a wrong answer, a matched pair, a finished round) and plays
// them. The sounds are made in code at first use: no files to ship, no
// licences to carry, and a few hundred kilobytes of samples only once a
// sound is wanted.
package sound

// Cue is one of the app's sounds.
type Cue int

// The cues, each named for the moment it marks.
const (
	// Flip is a card turning over: heard most often, so the softest.
	Flip Cue = iota
	// Right is an answer that counts: two notes rising.
	Right
	// Wrong is an answer that does not: two low notes falling.
	Wrong
	// Pair is a matched pair leaving the board.
	Pair
	// Finish is a round over: a quiz's results, a cleared board.
	Finish

	cueCount
)

// String names c, for test messages.
func (c Cue) String() string {
	switch c {
	case Flip:
		return "flip"
	case Right:
		return "right"
	case Wrong:
		return "wrong"
	case Pair:
		return "pair"
	case Finish:
		return "finish"
	}
	return "cue?"
}
