package study

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// DefaultMatchPairs is how many pairs a round of Match deals on a wide
// screen; a phone in portrait asks for fewer.
const DefaultMatchPairs = 6

// MatchPenalty is what a wrong pair adds to the round's time.
const MatchPenalty = time.Second

// ErrTooFewPairs is returned when the deck does not state enough pairs
// that can share a board for a round of at least two.
var ErrTooFewPairs = errors.New("study: the deck states too few pairs for a round of Match")

// Side says which half of a pair a tile shows.
type Side uint8

// The two halves of a pair.
const (
	LeftSide Side = iota
	RightSide
)

// Tile is one tile on the Match board.
type Tile struct {
	Text string
	// Pair is the index of the tile's pair in Match.Pairs.
	Pair    int
	Side    Side
	Matched bool
}

// TapResult is what selecting a tile did.
type TapResult uint8

// The outcomes of Select.
const (
	TapIgnored    TapResult = iota // a matched tile, a tile out of range, or the round is over
	TapSelected                    // the tile is now selected, waiting for its partner
	TapDeselected                  // the selected tile was selected again: nothing is selected
	TapMatched                     // the tile was the selected tile's partner: both leave the board
	TapMistake                     // not its partner: MatchPenalty is added, nothing stays selected
	TapFinished                    // the last pair was matched: the round is over
)

var tapResultNames = [...]string{"Ignored", "Selected", "Deselected", "Matched", "Mistake", "Finished"}

func (o TapResult) String() string {
	if int(o) < len(tapResultNames) {
		return tapResultNames[o]
	}
	return fmt.Sprintf("TapResult(%d)", o)
}

// MatchOptions shape a game of Match.
type MatchOptions struct {
	// Pairs is how many pairs a round deals; 0 means DefaultMatchPairs.
	// A deck with fewer compatible pairs deals as many as it has.
	Pairs int
	// Seed makes the deal and the tiles' order repeatable.
	Seed uint64
	// Now is the clock the timer reads; nil means time.Now.
	Now func() time.Time
}

// Match is a game of Match: a board of tiles, each half of a pair the
// deck states, to be joined two by two as fast as possible. The timer
// starts when a board is dealt. It holds no drawing state: a scene
// shows Tiles and Elapsed and passes on the student's taps to Select.
type Match struct {
	pool    []MatchPair
	keys    [][2]string        // the tile keys of each pair of the pool
	related map[[2]string]bool // every pair of tile keys the deck states, both ways
	want    int
	now     func() time.Time
	rng     *rand.Rand
	seed    uint64

	pairs    []MatchPair
	tiles    []Tile
	selected int    // tile index, -1 for none
	last     [2]int // the tiles of the last match or mistake, -1 for none
	left     int    // pairs still on the board
	mistakes int
	start    time.Time
	end      time.Time // zero while the round runs
}

// NewMatch deals a first board from the pairs the deck states (see
// MatchPairs), or returns ErrTooFewPairs.
func NewMatch(pool []MatchPair, opt MatchOptions) (*Match, error) {
	m := &Match{pool: pool, want: opt.Pairs, now: opt.Now, related: map[[2]string]bool{}}
	if m.want <= 0 {
		m.want = DefaultMatchPairs
	}
	if m.now == nil {
		m.now = time.Now
	}
	m.keys = make([][2]string, len(pool))
	for i, p := range pool {
		l, r := tileKey(p.Left), tileKey(p.Right)
		m.keys[i] = [2]string{l, r}
		m.related[[2]string{l, r}] = true
		m.related[[2]string{r, l}] = true
	}
	if err := m.deal(opt.Seed); err != nil {
		return nil, err
	}
	return m, nil
}

// PlayAgain deals a new board, with a seed drawn from the current one so
// a game stays repeatable from its first seed, and restarts the timer.
func (m *Match) PlayAgain() error { return m.deal(m.rng.Uint64()) }

// dealAttempts bounds how many shuffles of the pool a deal tries for a
// full board: a greedy pick can fill the board with pairs that shut out
// all the others although another pick would have made it.
const dealAttempts = 8

// deal picks the round's pairs and lays out their tiles, shuffled.
func (m *Match) deal(seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed^0x6d61746368)) // the second word only spreads the stream
	var chosen []MatchPair
	for range dealAttempts {
		if pick := m.pick(rng.Perm(len(m.pool))); len(pick) > len(chosen) {
			chosen = pick
		}
		if len(chosen) == min(m.want, len(m.pool)) {
			break
		}
	}
	if len(chosen) < 2 {
		return fmt.Errorf("%w (%d pairs, %d can share a board)", ErrTooFewPairs, len(m.pool), len(chosen))
	}
	m.seed, m.rng = seed, rng
	m.pairs = chosen
	m.tiles = make([]Tile, 0, 2*len(chosen))
	for i, p := range chosen {
		m.tiles = append(m.tiles, Tile{Text: p.Left, Pair: i, Side: LeftSide}, Tile{Text: p.Right, Pair: i, Side: RightSide})
	}
	m.rng.Shuffle(len(m.tiles), func(i, j int) { m.tiles[i], m.tiles[j] = m.tiles[j], m.tiles[i] })
	m.selected, m.left, m.mistakes, m.last = -1, len(chosen), 0, [2]int{-1, -1}
	m.start, m.end = m.now(), time.Time{}
	return nil
}

// pick takes pairs from the pool in the given order, each that clashes
// with none taken before, until the board is full.
func (m *Match) pick(order []int) []MatchPair {
	var chosen []MatchPair
	var keys []string
	for _, i := range order {
		if len(chosen) == m.want {
			break
		}
		k := m.keys[i]
		if m.clashes(keys, k[0]) || m.clashes(keys, k[1]) {
			continue
		}
		chosen = append(chosen, m.pool[i])
		keys = append(keys, k[0], k[1])
	}
	return chosen
}

// clashes reports whether a tile with key k could be taken for the
// partner of a tile already dealt, or for that tile itself: the same
// text, one text inside the other (岸田 and 岸田文雄, 2025年2月 and
// 2025年2月7日), or two texts that the deck pairs elsewhere.
func (m *Match) clashes(dealt []string, k string) bool {
	for _, d := range dealt {
		if strings.Contains(d, k) || strings.Contains(k, d) || m.related[[2]string{d, k}] {
			return true
		}
	}
	return false
}

// Select handles a tap on tile i: the first tap selects it, a tap on its
// partner matches the pair, a tap on another tile is a mistake.
func (m *Match) Select(i int) TapResult {
	if i < 0 || i >= len(m.tiles) || m.tiles[i].Matched || m.Done() {
		return TapIgnored
	}
	switch s := m.selected; {
	case s < 0:
		m.selected = i
		return TapSelected
	case s == i:
		m.selected = -1
		return TapDeselected
	case m.tiles[s].Pair == m.tiles[i].Pair:
		m.selected, m.last = -1, [2]int{s, i}
		m.tiles[s].Matched, m.tiles[i].Matched = true, true
		m.left--
		if m.left == 0 {
			m.end = m.now()
			return TapFinished
		}
		return TapMatched
	default:
		m.selected, m.last = -1, [2]int{s, i}
		m.mistakes++
		return TapMistake
	}
}

// Join handles tile i dropped on tile j: the pair is tried at once,
// whatever was selected before (a drag says both tiles in one move). It
// returns what Select would for j with i selected; dropping a tile on
// itself or off the board does nothing.
func (m *Match) Join(i, j int) TapResult {
	if i == j || j < 0 || j >= len(m.tiles) || m.tiles[j].Matched {
		return TapIgnored
	}
	if i < 0 || i >= len(m.tiles) || m.tiles[i].Matched || m.Done() {
		return TapIgnored
	}
	m.selected = i
	return m.Select(j)
}

// Tiles returns the board, in the order to lay it out. The slice is the
// board itself, valid until the next Select or PlayAgain: read it only.
func (m *Match) Tiles() []Tile { return m.tiles }

// Pairs returns the round's pairs; Tile.Pair indexes it.
func (m *Match) Pairs() []MatchPair { return m.pairs }

// Selected returns the selected tile, if one is.
func (m *Match) Selected() (int, bool) { return m.selected, m.selected >= 0 }

// Last returns the two tiles of the last match or mistake, the one
// selected first first, so a scene can make them vanish or shake; ok is
// false before any.
func (m *Match) Last() (first, second int, ok bool) {
	return m.last[0], m.last[1], m.last[0] >= 0
}

// Mistakes counts the wrong pairs of the round.
func (m *Match) Mistakes() int { return m.mistakes }

// Left counts the pairs still on the board.
func (m *Match) Left() int { return m.left }

// Done reports whether every pair of the round is matched.
func (m *Match) Done() bool { return !m.end.IsZero() }

// Seed is the seed the current board was dealt with.
func (m *Match) Seed() uint64 { return m.seed }

// Elapsed is the round's time so far (its final time once Done): the
// clock since the deal plus MatchPenalty per mistake, cut down to a
// tenth of a second as the timer shows it.
func (m *Match) Elapsed() time.Duration {
	end := m.end
	if end.IsZero() {
		end = m.now()
	}
	d := max(end.Sub(m.start), 0) + time.Duration(m.mistakes)*MatchPenalty
	return d.Truncate(100 * time.Millisecond)
}
