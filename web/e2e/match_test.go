package e2e

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/web/harness"
)

// boardTiles reads the tiles left on the board from the screen's text
// ("タイル 3: NATO"), by number.
func boardTiles(st appState) map[int]string {
	out := map[int]string{}
	for _, line := range strings.Split(st.Text, "\n") {
		rest, ok := strings.CutPrefix(line, "タイル ")
		if !ok {
			continue
		}
		num, text, ok := strings.Cut(rest, ": ")
		if n, err := strconv.Atoi(num); ok && err == nil {
			out[n-1] = strings.TrimSuffix(text, "（選択中）")
		}
	}
	return out
}

// builtinPartners returns what finds, among the tiles on the board by
// number, the partner of tile i (-1 for none), from the pairs the
// built-in deck states.
func builtinPartners(t *testing.T) func(tiles map[int]string, i int) int {
	t.Helper()
	builtin, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	partnerOf := map[string][]string{}
	for _, p := range study.MatchPairs(builtin) {
		partnerOf[p.Left] = append(partnerOf[p.Left], p.Right)
		partnerOf[p.Right] = append(partnerOf[p.Right], p.Left)
	}
	return func(tiles map[int]string, i int) int {
		for j, text := range tiles {
			if j != i && contains(partnerOf[tiles[i]], text) {
				return j
			}
		}
		return -1
	}
}

// A round of Match played by taps, on a phone and on a wide screen: a
// wrong pair costs a second, the right pairs clear the board, the time
// is kept as the deck's best and shown after a reload.
func TestMatchRound(t *testing.T) {
	partnerIn := builtinPartners(t)
	for _, vp := range []struct {
		viewport
		tiles int
	}{{bothViewports[0], 12}, {bothViewports[1], 8}} {
		t.Run(vp.name, func(t *testing.T) {
			a := newTab(t, serve(t, nil), vp.emulate)
			a.navigate("/#/match")
			a.waitRunning()
			st := a.waitState(func(s appState) bool { return s.Scene == "match" && len(boardTiles(s)) > 0 })
			press := a.presser(vp.viewport)
			tiles := boardTiles(st)
			require.Len(t, tiles, vp.tiles)
			a.screenshot("match-" + vp.name)
			partner := func(i int) int { return partnerIn(tiles, i) }
			// One wrong pair first.
			wrong := 0
			for wrong == 0 || wrong == partner(0) {
				wrong++
			}
			press("tile-0")
			a.waitState(func(s appState) bool { return strings.Contains(s.Text, tiles[0]+"（選択中）") })
			press("tile-" + strconv.Itoa(wrong))
			a.waitState(func(s appState) bool { return strings.Contains(s.Text, "ミス 1") })
			for i := range vp.tiles {
				if _, left := boardTiles(a.waitState(func(appState) bool { return true }))[i]; !left {
					continue
				}
				p := partner(i)
				require.GreaterOrEqual(t, p, 0, "tile %d (%s) has a partner on the board", i, tiles[i])
				t.Logf("pair %d %q + %d %q", i, tiles[i], p, tiles[p])
				press("tile-" + strconv.Itoa(i))
				a.waitState(func(s appState) bool { return strings.Contains(s.Text, tiles[i]+"（選択中）") })
				press("tile-" + strconv.Itoa(p))
				a.waitState(func(s appState) bool {
					_, still := boardTiles(s)[i]
					return !still
				})
			}
			done := a.waitState(func(s appState) bool { return s.Scene == "match-done" })
			assert.Contains(t, done.Text, "ベストを更新しました")
			a.screenshot("match-done-" + vp.name)

			require.NoError(t, chromedp.Do(a.ctx, chromedp.Reload()))
			a.waitRunning()
			again := a.waitState(func(s appState) bool { return s.Scene == "match" && len(boardTiles(s)) > 0 })
			assert.Contains(t, again.Text, "ベスト ", "the best time was kept")
			assert.NotContains(t, again.Text, "ベストはまだ")
			a.noConsoleErrors()
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Tiles carried by the mouse on a wide screen and by a finger on a
// phone: one dropped on a tile it does not go with costs a second, one
// dropped on its partner takes the pair off the board.
func TestMatchDrag(t *testing.T) {
	partnerIn := builtinPartners(t)
	for _, vp := range bothViewports {
		t.Run(vp.name, func(t *testing.T) {
			a := newTab(t, serve(t, nil), vp.emulate)
			a.navigate("/#/match")
			a.waitRunning()
			tiles := boardTiles(a.waitState(func(s appState) bool { return s.Scene == "match" && len(boardTiles(s)) > 0 }))
			drag := func(from, to int) {
				x0, y0 := a.target("tile-" + strconv.Itoa(from)).Center()
				x1, y1 := a.target("tile-" + strconv.Itoa(to)).Center()
				drag := harness.DragMouse
				if vp.touch {
					drag = harness.DragTouch
				}
				require.NoError(t, drag(a.ctx, x0, y0, x1, y1))
			}
			p := partnerIn(tiles, 0)
			require.GreaterOrEqual(t, p, 0)
			wrong := 1
			if wrong == p {
				wrong = 2
			}
			drag(0, wrong)
			st := a.waitState(func(s appState) bool { return strings.Contains(s.Text, "ミス 1") })
			assert.Len(t, boardTiles(st), len(tiles), "a wrong drop leaves the board as it was")
			assert.NotContains(t, st.Text, "（選択中）", "nor leaves a tile chosen")

			drag(0, p)
			st = a.waitState(func(s appState) bool { return len(boardTiles(s)) == len(tiles)-2 })
			left := boardTiles(st)
			assert.NotContains(t, left, 0)
			assert.NotContains(t, left, p)
			assert.Contains(t, st.Text, "ミス 1", "the right drop costs nothing")
			a.screenshot("match-drag-" + vp.name)
			a.noConsoleErrors()
		})
	}
}

// On a wide screen with a keyboard, the arrows move the ring to a tile's
// partner and Space and Enter pick the two: the pair leaves the board.
func TestMatchByKeys(t *testing.T) {
	partnerIn := builtinPartners(t)
	a := newTab(t, serve(t, nil), wideViewport)
	a.navigate("/#/match")
	a.waitRunning()
	tiles := boardTiles(a.waitState(func(s appState) bool { return s.Scene == "match" && len(boardTiles(s)) > 0 }))
	require.Len(t, tiles, 12, "three columns of four")
	p := partnerIn(tiles, 0)
	require.Positive(t, p)
	a.press("Space")
	a.waitState(func(s appState) bool { return strings.Contains(s.Text, tiles[0]+"（選択中）") })
	for range p / 3 {
		a.press("ArrowDown")
	}
	for range p % 3 {
		a.press("ArrowRight")
	}
	a.press("Enter")
	st := a.waitState(func(s appState) bool { return len(boardTiles(s)) == 10 })
	assert.NotContains(t, boardTiles(st), 0)
	assert.NotContains(t, boardTiles(st), p)
	assert.Contains(t, st.Text, "ミス 0")
	a.screenshot("match-keys-wide")
	a.noConsoleErrors()
}
