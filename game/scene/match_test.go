package scene

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/study"
	"factdeck/game/input"
)

// partner is the tile that completes tile i's pair.
func partner(tiles []study.Tile, i int) int {
	for j, t := range tiles {
		if j != i && t.Pair == tiles[i].Pair {
			return j
		}
	}
	return -1
}

// A round of Match on the built-in deck, played by taps: a wrong pair
// shakes and costs a second, right pairs vanish, the last one ends the
// round with its time kept as the deck's best.
func TestMatchRoundByTaps(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	ctx := testContext(t, 1280, 800)
	ctx.Now = func() time.Time { return now }
	ctx.Progress = study.NewProgress()
	d := builtinDeck(t)
	require.True(t, HasMatch(d))
	g := NewMatchGame(d, "builtin")
	g.Update(ctx, nil)
	m := g.Match()
	require.NotNil(t, m)
	tiles := m.Tiles()
	assert.Len(t, tiles, 2*study.DefaultMatchPairs, "six pairs on a wide screen")
	assert.Contains(t, g.Status().Text, tiles[0].Text)

	// A wrong pair: tile 0 and a tile that is not its partner.
	wrong := 1
	if partner(tiles, 0) == 1 {
		wrong = 2
	}
	g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-0")})
	g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-"+itoa(wrong))})
	assert.Equal(t, 1, m.Mistakes())
	assert.True(t, g.Animating(), "the wrong pair shakes")
	now = now.Add(time.Second)
	g.Update(ctx, nil)
	assert.False(t, g.Animating())

	for i := range tiles {
		if m.Tiles()[i].Matched {
			continue
		}
		p := partner(m.Tiles(), i)
		g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-"+itoa(i))})
		g.Update(ctx, []input.Action{tapOn(t, &g.view, "tile-"+itoa(p))})
		assert.False(t, g.view.has("tile-"+itoa(i)), "a matched tile leaves the board")
		now = now.Add(time.Second)
		g.Update(ctx, nil)
	}
	require.True(t, m.Done())
	st := g.Status()
	assert.Equal(t, "match-done", st.Scene)
	assert.Contains(t, st.Text, "ベストを更新しました")
	best, ok := ctx.Progress.MatchRecords().Best("builtin", study.DefaultMatchPairs)
	require.True(t, ok)
	assert.Equal(t, m.Elapsed(), best.Time(), "the round's time, its penalty included, is the best")

	g.Update(ctx, []input.Action{input.Press(input.Enter)})
	assert.False(t, m.Done(), "play again deals a new board")
	assert.True(t, strings.Contains(g.Status().Text, "ベスト"), g.Status().Text)
}

// A phone held upright gets four pairs, in two columns.
func TestMatchOnAPhone(t *testing.T) {
	ctx := testContext(t, 1170, 2532)
	ctx.Scale = 3
	g := NewMatchGame(builtinDeck(t), "builtin")
	g.Update(ctx, nil)
	assert.Len(t, g.Match().Tiles(), 8)
	a, b := targetRect(t, &g.view, "tile-0"), targetRect(t, &g.view, "tile-1")
	assert.Equal(t, a.Y, b.Y, "two tiles a row")
	assert.NotEqual(t, a.Y, targetRect(t, &g.view, "tile-2").Y)
}

func itoa(i int) string { return strconv.Itoa(i) }
