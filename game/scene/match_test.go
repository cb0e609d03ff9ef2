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
	"factdeck/game/locale"
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

// centre is the middle of target id.
func centre(t *testing.T, v *view, id string) (float64, float64) {
	t.Helper()
	r := targetRect(t, v, id)
	return r.X + r.W/2, r.Y + r.H/2
}

// drag is a press on target from, dragged over to target to and dropped
// there, one action a tick as the poller reports them.
func drag(t *testing.T, g *MatchGame, ctx *Context, from, to string) {
	t.Helper()
	fx, fy := centre(t, &g.view, from)
	tx, ty := centre(t, &g.view, to)
	g.Update(ctx, []input.Action{input.DownAt(fx, fy)})
	g.Update(ctx, []input.Action{input.DragTo((fx+tx)/2, (fy+ty)/2)})
	g.Update(ctx, []input.Action{input.DragTo(tx, ty)})
	g.Update(ctx, []input.Action{input.DropAt(tx, ty)})
}

// Tiles dragged onto their partners clear the board; a tile dropped on
// a stranger is a mistake, one dropped where no tile is goes back.
func TestMatchRoundByDrags(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	ctx := testContext(t, 1280, 800)
	ctx.Now = func() time.Time { return now }
	ctx.Progress = study.NewProgress()
	g := NewMatchGame(builtinDeck(t), "builtin")
	g.Update(ctx, nil)
	m := g.Match()
	tiles := m.Tiles()

	// Held over the board, the tile follows the pointer and its target
	// stays where it rests.
	home := targetRect(t, &g.view, "tile-0")
	fx, fy := centre(t, &g.view, "tile-0")
	g.Update(ctx, []input.Action{input.DownAt(fx, fy)})
	g.Update(ctx, []input.Action{input.DragTo(fx+3, ctx.H-2)})
	assert.Equal(t, home, targetRect(t, &g.view, "tile-0"))
	assert.True(t, g.view.hasFillAt(fx+3, ctx.H-2), "the held tile is drawn under the pointer")
	g.Update(ctx, []input.Action{input.DropAt(fx+3, ctx.H-2)})
	assert.Zero(t, m.Mistakes(), "dropped off the tiles, nothing happens")
	_, chosen := m.Selected()
	assert.False(t, chosen)

	wrong := 1
	if partner(tiles, 0) == 1 {
		wrong = 2
	}
	drag(t, g, ctx, "tile-0", "tile-"+itoa(wrong))
	assert.Equal(t, 1, m.Mistakes(), "dropped on a stranger")
	now = now.Add(time.Second)

	for i := range tiles {
		if m.Tiles()[i].Matched {
			continue
		}
		drag(t, g, ctx, "tile-"+itoa(i), "tile-"+itoa(partner(m.Tiles(), i)))
		assert.True(t, m.Tiles()[i].Matched, "tile %d dropped on its partner", i)
		now = now.Add(time.Second)
		g.Update(ctx, nil)
	}
	require.True(t, m.Done())
	assert.Equal(t, "match-done", g.Status().Scene)
}

// With a keyboard, the arrows move a ring over the tiles, Space and
// Enter pick the ringed one, and a line under the board says so; a
// phone shows neither ring nor line.
func TestMatchRoundByKeys(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	ctx.Progress = study.NewProgress()
	g := NewMatchGame(builtinDeck(t), "builtin")
	g.Update(ctx, nil)
	assert.NotContains(t, g.view.texts(), locale.MatchKeys.Ja, "no keys, no hint")

	ctx.Keyboard = true
	g.Update(ctx, nil)
	assert.Contains(t, g.view.texts(), locale.MatchKeys.Ja)
	m := g.Match()
	tiles := m.Tiles()
	cols := g.cols
	require.Equal(t, 3, cols)

	// goTo walks the ring from where it is to tile i: up or down to its
	// row first, then across.
	goTo := func(i int) {
		press := func(k string) {
			before := g.focus
			g.Update(ctx, []input.Action{input.Press(k)})
			require.NotEqual(t, before, g.focus, "the ring moves %s", k)
		}
		for g.focus/cols < i/cols {
			press(input.ArrowDown)
		}
		for g.focus/cols > i/cols {
			press(input.ArrowUp)
		}
		for g.focus < i {
			press(input.ArrowRight)
		}
		for g.focus > i {
			press(input.ArrowLeft)
		}
	}
	g.Update(ctx, []input.Action{input.Press(input.ArrowLeft)})
	assert.Equal(t, 0, g.focus, "the ring stays at the board's edge")
	g.Update(ctx, []input.Action{input.Press(input.ArrowUp)})
	assert.Equal(t, 0, g.focus)

	p := partner(tiles, 0)
	g.Update(ctx, []input.Action{input.Press(input.Space)})
	sel, chosen := m.Selected()
	require.True(t, chosen)
	assert.Equal(t, 0, sel)
	goTo(p)
	g.Update(ctx, []input.Action{input.Press(input.Enter)})
	assert.True(t, m.Tiles()[0].Matched, "Enter picks the partner")
	assert.False(t, m.Tiles()[g.focus].Matched, "the ring moves off a matched tile")

	for !m.Done() {
		i := g.focus
		g.Update(ctx, []input.Action{input.Press(input.Space)})
		goTo(partner(m.Tiles(), i))
		g.Update(ctx, []input.Action{input.Press(input.Space)})
	}
	assert.Zero(t, m.Mistakes())
	g.Update(ctx, []input.Action{input.Press(input.Enter)})
	assert.False(t, m.Done(), "Enter deals again once the round is over")
}

func itoa(i int) string { return strconv.Itoa(i) }

// texts are the texts and button labels v sets, one a line.
func (v *view) texts() string {
	var lines []string
	for _, it := range v.items {
		switch it.kind {
		case textItem:
			lines = append(lines, it.para.Text)
		case buttonItem:
			lines = append(lines, it.button.Label)
		}
	}
	return strings.Join(lines, "\n")
}

// hasFillAt reports whether v fills a rectangle over x, y.
func (v *view) hasFillAt(x, y float64) bool {
	for _, it := range v.items {
		if it.kind == fillItem && it.rect.Contains(x, y) {
			return true
		}
	}
	return false
}

// TestMatchScreenshots draws the board with a tile held over its
// partner, at a desktop size with a keyboard (the ring and the keys'
// line) and a phone size without, in both languages, into
// $FACTDECK_ARTIFACTS/scenes/match.
func TestMatchScreenshots(t *testing.T) {
	eachShotScreen(t, "match", func(ctx *Context, shot shotFunc) {
		g := NewMatchGame(builtinDeck(t), "builtin")
		g.Update(ctx, nil)
		g.Update(ctx, []input.Action{input.Press(input.ArrowDown)})
		p := partner(g.Match().Tiles(), 0)
		fx, fy := centre(t, &g.view, "tile-0")
		tx, ty := centre(t, &g.view, "tile-"+itoa(p))
		g.Update(ctx, []input.Action{input.DownAt(fx, fy)})
		g.Update(ctx, []input.Action{input.DragTo(tx+10, ty+8)})
		shot("drag", g)
	})
}
