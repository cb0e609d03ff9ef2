package scene

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/sound"
	"factdeck/game/ui"
)

// MatchGame is the Match screen: tiles, each half of a pair the deck
// states, joined two by two against the clock. The board's rules live in
// study.Match; the screen draws it, times it and keeps the best times.
type MatchGame struct {
	deck *deck.Deck
	// id names the deck in the best times (its place on the home list).
	id   string
	pool []study.MatchPair
	m    *study.Match
	err  error
	view view
	lang locale.Lang
	// fx is the last tap's effect: a pair vanishing or a wrong pair
	// shaking, from fxAt.
	fx      study.TapResult
	fxTiles [2]int
	fxAt    time.Time
	sinceFx time.Duration // at the last Update
	// newBest is whether the round just finished set the deck's best;
	// best is the deck's best time for this board's size, if hasBest.
	newBest bool
	best    study.MatchBest
	hasBest bool
	// tiles are where the tiles rest, by index, and cols how many stand
	// in a row.
	tiles []ui.Rect
	cols  int
	// drag is a tile held by the pointer, to be dropped on its partner.
	drag tileDrag
	// focus is the tile the arrow keys have reached; it is ringed where
	// there is a keyboard, and Space or Enter picks it.
	focus int
}

// tileDrag is a press that went down on a tile: which one (-1 for none),
// where the press went down and where it is now, and whether it has
// moved far enough to be a drag rather than a tap.
type tileDrag struct {
	tile         int
	fromX, fromY float64
	atX, atY     float64
	moving       bool
}

// Effects' lengths: a matched pair shrinks away, a wrong one shakes.
const (
	vanishTime = 250 * time.Millisecond
	shakeTime  = 400 * time.Millisecond
)

// tapCues are the sounds of a tap's effects: the last pair ends the
// round, so it sounds the round's end rather than one more pair.
var tapCues = map[study.TapResult]sound.Cue{study.TapMatched: sound.Pair, study.TapMistake: sound.Wrong, study.TapFinished: sound.Finish}

// NewMatchGame opens Match on d, whose best times are kept under id.
func NewMatchGame(d *deck.Deck, id string) *MatchGame {
	return &MatchGame{deck: d, id: id, pool: study.MatchPairs(d), drag: tileDrag{tile: -1}}
}

// HasMatch reports whether d states enough pairs for a round.
func HasMatch(d *deck.Deck) bool {
	_, err := study.NewMatch(study.MatchPairs(d), study.MatchOptions{Pairs: 2})
	return err == nil
}

var matchKeys = Bindings{
	{Keys: []string{input.Escape}, Command: "back"},
	// Enter picks the ringed tile while a round runs (see Update).
	{Keys: []string{input.Enter, "R"}, Command: "again"},
	{Keys: []string{input.Space}, Command: "pick"},
	{Keys: []string{input.ArrowLeft}, Command: "left"},
	{Keys: []string{input.ArrowRight}, Command: "right"},
	{Keys: []string{input.ArrowUp}, Command: "up"},
	{Keys: []string{input.ArrowDown}, Command: "down"},
}

// Bindings go back, move the ring over the tiles and pick one, and deal
// again once a round is over.
func (g *MatchGame) Bindings() Bindings { return matchKeys }

// deal deals the first board once the screen's size is known: six pairs,
// four on a phone held upright, where six would make the tiles too small
// to read.
func (g *MatchGame) deal(ctx *Context) {
	pairs := study.DefaultMatchPairs
	if ctx.W < ctx.H {
		pairs = 4
	}
	g.m, g.err = study.NewMatch(g.pool, study.MatchOptions{Pairs: pairs, Seed: uint64(ctx.now().UnixNano()), Now: ctx.Now})
	g.readBest(ctx)
}

// readBest reads the deck's best time for this board's size.
func (g *MatchGame) readBest(ctx *Context) {
	if ctx.Progress != nil && g.m != nil {
		g.best, g.hasBest = ctx.Progress.MatchRecords().Best(g.id, len(g.m.Pairs()))
	}
}

// Match is the game on the board (nil when the deck has too few pairs).
func (g *MatchGame) Match() *study.Match { return g.m }

// Animating reports whether a pair is vanishing or shaking.
func (g *MatchGame) Animating() bool {
	return g.fx != study.TapIgnored && g.sinceFx < shakeTime
}

// Update passes taps on tiles to the board, deals again, goes back.
func (g *MatchGame) Update(ctx *Context, actions []input.Action) Transition {
	if g.m == nil && g.err == nil && ctx.W > 0 {
		g.deal(ctx)
	}
	if g.view.stale(ctx) {
		g.layout(ctx)
	}
	moved := g.Animating() || g.drag.moving
	for _, a := range actions {
		if g.pointer(ctx, a) {
			continue
		}
		cmd := command(a, matchKeys, &g.view)
		playing := g.m != nil && !g.m.Done()
		switch {
		case cmd == "back":
			return Transition{Op: Pop}
		case cmd == "again" && g.m != nil && g.m.Done():
			if g.m.PlayAgain() == nil {
				g.fx, g.newBest, g.focus = study.TapIgnored, false, 0
			}
		case (cmd == "again" || cmd == "pick") && playing:
			g.tap(ctx, g.focus)
		case (cmd == "left" || cmd == "right" || cmd == "up" || cmd == "down") && playing:
			g.moveFocus(cmd)
		case strings.HasPrefix(cmd, "tile-"):
			i, _ := strconv.Atoi(strings.TrimPrefix(cmd, "tile-"))
			g.tap(ctx, i)
		}
	}
	g.sinceFx = ctx.now().Sub(g.fxAt)
	if !g.view.keep(ctx, actions, g.clock()) || moved || g.Animating() || g.drag.moving {
		g.layout(ctx)
	}
	return Transition{}
}

// pointer follows a press that went down on a tile: a drag carries the
// tile, a drop on another tile tries the two as a pair. It reports
// whether a was such an action (a tap is left to the bindings).
func (g *MatchGame) pointer(ctx *Context, a input.Action) bool {
	d := &g.drag
	switch a.Kind {
	case input.Down:
		*d = tileDrag{tile: g.tileAt(a.X, a.Y, -1), fromX: a.X, fromY: a.Y, atX: a.X, atY: a.Y}
	case input.Drag:
		d.atX, d.atY, d.moving = a.X, a.Y, d.tile >= 0
	case input.Drop:
		if d.moving && g.m != nil {
			g.effect(ctx, g.m.Join(d.tile, g.tileAt(a.X, a.Y, d.tile)))
		}
		*d = tileDrag{tile: -1}
	case input.Tap:
		*d = tileDrag{tile: -1}
		return false
	default:
		return false
	}
	return true
}

// tileAt is the tile on the board at x, y other than skip, or -1.
func (g *MatchGame) tileAt(x, y float64, skip int) int {
	if g.m == nil || g.m.Done() {
		return -1
	}
	for i, r := range g.tiles {
		if i != skip && !g.m.Tiles()[i].Matched && r.Contains(x, y) {
			return i
		}
	}
	return -1
}

// moveFocus moves the ring to the nearest tile left on the board in the
// direction named: along the row for left and right, to the nearest row
// that has one (the nearest column in it) for up and down. At the
// board's edge it stays put.
func (g *MatchGame) moveFocus(dir string) {
	cols := max(g.cols, 1)
	row, col := g.focus/cols, g.focus%cols
	best, bestScore := -1, 0
	for i, t := range g.m.Tiles() {
		if t.Matched || i == g.focus {
			continue
		}
		r, c := i/cols, i%cols
		var score int
		switch {
		case dir == "left" && r == row && c < col:
			score = col - c
		case dir == "right" && r == row && c > col:
			score = c - col
		case dir == "up" && r < row:
			score = (row-r)*2*cols + abs(c-col)
		case dir == "down" && r > row:
			score = (r-row)*2*cols + abs(c-col)
		default:
			continue
		}
		if best < 0 || score < bestScore {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		g.focus = best
	}
}

func abs(n int) int { return max(n, -n) }

// keepFocus moves the ring off a tile that left the board, to the next
// one still on it.
func (g *MatchGame) keepFocus() {
	tiles := g.m.Tiles()
	for k := range tiles {
		i := (g.focus + k) % len(tiles)
		if !tiles[i].Matched {
			g.focus = i
			return
		}
	}
}

// tap selects tile i, and marks what it did for the screen to show.
func (g *MatchGame) tap(ctx *Context, i int) {
	if g.m == nil {
		return
	}
	g.effect(ctx, g.m.Select(i))
}

// effect marks what a tap or a drop did for the screen to show, and
// keeps the round's time once the last pair is matched.
func (g *MatchGame) effect(ctx *Context, r study.TapResult) {
	switch r {
	case study.TapMatched, study.TapMistake, study.TapFinished:
		first, second, _ := g.m.Last()
		g.fx, g.fxTiles, g.fxAt = r, [2]int{first, second}, ctx.now()
		ctx.play(tapCues[r])
		if r == study.TapFinished && ctx.Progress != nil {
			g.newBest = ctx.Progress.AddMatchRound(g.id, g.m, ctx.now())
			ctx.save()
			g.readBest(ctx)
		}
		g.keepFocus()
	}
}

// clock is the timer's tenth of a second while a round runs: the screen
// shows it.
func (g *MatchGame) clock() int64 {
	if g.m == nil || g.m.Done() {
		return 0
	}
	return int64(g.m.Elapsed() / (100 * time.Millisecond))
}

// seconds is d in seconds, to a tenth.
func seconds(d time.Duration) float64 { return math.Floor(d.Seconds()*10) / 10 }

// layout puts the header (back, the timer, misses and the best time), the
// board of tiles, or the round's result over it once it is done.
func (g *MatchGame) layout(ctx *Context) {
	v := &g.view
	v.begin(ctx)
	g.lang = ctx.Lang
	l := ctx.Lang
	u, m := ctx.Unit(), ctx.Margin()
	width := min(ctx.W-2*m, u*48)
	x, y := (ctx.W-width)/2, ctx.top()
	y = v.titleBar(ctx, matchKeys, x, y, width, g.header(l), u*0.9) + u*0.6
	if g.m == nil {
		v.text(ctx, ui.Paragraph{Text: locale.MatchTooFew.In(l), Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk}, x, y, width, ui.Rect{})
		return
	}
	if g.m.Done() && !g.Animating() {
		g.layoutDone(ctx, x, y, width)
		return
	}
	board := ui.Rect{X: x, Y: y, W: width, H: ctx.H - m - y}
	if ctx.Keyboard {
		// The keys' line under the board, only where there are keys.
		size := u * 0.8
		hint := ui.Paragraph{Text: locale.MatchKeys.In(l), Face: ctx.Fonts.Face(size, false), Size: size, Color: ui.MutedLight}
		board.H -= ctx.Wrap.Height(hint, width) + u*0.5
		v.text(ctx, hint, x, board.Y+board.H+u*0.5, width, ui.Rect{})
	}
	g.layoutBoard(ctx, board)
}

// header is the timer, the misses and the best time, on one line.
func (g *MatchGame) header(l locale.Lang) string {
	if g.m == nil {
		return locale.MatchTitle.In(l)
	}
	s := fmt.Sprintf(locale.MatchTime.In(l), seconds(g.m.Elapsed())) + "　" + fmt.Sprintf(locale.MatchMisses.In(l), g.m.Mistakes())
	return s + "　" + g.bestText(l)
}

// bestText says the deck's best time for boards of this size.
func (g *MatchGame) bestText(l locale.Lang) string {
	if g.hasBest {
		return fmt.Sprintf(locale.MatchBest.In(l), seconds(g.best.Time()))
	}
	return locale.MatchNoBest.In(l)
}

// layoutBoard lays the tiles out in a grid filling r: three columns on a
// wide screen, two on a narrow one. A matched tile shrinks away; the two
// tiles of a wrong pair shake.
func (g *MatchGame) layoutBoard(ctx *Context, r ui.Rect) {
	v := &g.view
	u := ctx.Unit()
	tiles := g.m.Tiles()
	cols := 3
	if r.W < u*30 {
		cols = 2
	}
	g.cols = cols
	rows := (len(tiles) + cols - 1) / cols
	gap := u * 0.5
	tw := (r.W - gap*float64(cols-1)) / float64(cols)
	th := min((r.H-gap*float64(rows-1))/float64(rows), tw*0.8)
	g.tiles = g.tiles[:0]
	p := float64(g.sinceFx) / float64(vanishTime)
	hover := -1 // the tile a held tile would drop on
	for i, t := range tiles {
		rect := ui.Rect{X: r.X + float64(i%cols)*(tw+gap), Y: r.Y + float64(i/cols)*(th+gap), W: tw, H: th}
		g.tiles = append(g.tiles, rect)
		fxTile := g.fx != study.TapIgnored && (i == g.fxTiles[0] || i == g.fxTiles[1])
		if t.Matched {
			if !fxTile || p >= 1 || g.fx == study.TapMistake {
				continue
			}
			rect = shrink(rect, 1-p) // vanishing
		}
		if g.drag.moving && (i == g.drag.tile || !t.Matched && rect.Contains(g.drag.atX, g.drag.atY)) {
			if i != g.drag.tile {
				hover = i
			}
			continue // drawn last, over the others
		}
		if ctx.Keyboard && i == g.focus && !t.Matched {
			v.fill(rect.Inset(-u*0.25), u*0.7, ui.LightInk) // the arrow keys' ring
		}
		g.tile(ctx, i, rect)
	}
	if d := g.drag; d.moving {
		r := g.tiles[d.tile] // follows the pointer
		r.X, r.Y = r.X+d.atX-d.fromX, r.Y+d.atY-d.fromY
		if hover >= 0 {
			v.fill(g.tiles[hover].Inset(-u*0.25), u*0.7, ui.Accent) // where it would drop
			g.tile(ctx, hover, g.tiles[hover])
		}
		g.tile(ctx, d.tile, r)
	}
}

// tile paints tile i in rect: matched, selected, held or shaking.
func (g *MatchGame) tile(ctx *Context, i int, rect ui.Rect) {
	v := &g.view
	u := ctx.Unit()
	t := g.m.Tiles()[i]
	fxTile := g.fx != study.TapIgnored && (i == g.fxTiles[0] || i == g.fxTiles[1])
	shake := float64(g.sinceFx) / float64(shakeTime)
	selected, hasSel := g.m.Selected()
	color := ui.Track
	switch {
	case i == g.drag.tile && g.drag.moving:
		color = ui.Accent
	case t.Matched:
		color = ui.GradeColors[2]
	case hasSel && i == selected:
		color = ui.Accent
	case fxTile && g.fx == study.TapMistake && shake < 1:
		color = ui.GradeColors[0]
		rect.X += math.Sin(shake*math.Pi*6) * u * 0.4 * (1 - shake)
	}
	v.fill(rect, u*0.5, color)
	if !t.Matched {
		// A tap lands where the tile rests, wherever it is drawn.
		v.target("tile-"+strconv.Itoa(i), g.tiles[i])
	}
	g.tileText(ctx, t.Text, rect)
}

// tileText sets a tile's text, as large as fits, up to the body size.
func (g *MatchGame) tileText(ctx *Context, s string, r ui.Rect) {
	u := ctx.Unit()
	pad := u * 0.5
	w := r.W - 2*pad
	var para ui.Paragraph
	for size := u; size >= u*0.5; size *= 0.9 {
		para = ui.Paragraph{Text: s, Face: ctx.Fonts.Face(size, false), Size: size, Color: ui.OnAccent}
		if ctx.Wrap.Height(para, w) <= r.H-2*pad {
			break
		}
	}
	th := ctx.Wrap.Height(para, w)
	g.view.text(ctx, para, r.X+pad, r.Y+max(pad, (r.H-th)/2), w, r)
}

// shrink scales r about its centre by f.
func shrink(r ui.Rect, f float64) ui.Rect {
	w, h := r.W*f, r.H*f
	return ui.Rect{X: r.X + (r.W-w)/2, Y: r.Y + (r.H-h)/2, W: w, H: h}
}

// layoutDone shows the round's time, whether it is a new best, and the
// buttons to play again or go back.
func (g *MatchGame) layoutDone(ctx *Context, x, y, width float64) {
	v := &g.view
	l := ctx.Lang
	u := ctx.Unit()
	big := ui.Paragraph{Text: fmt.Sprintf(locale.MatchDone.In(l), seconds(g.m.Elapsed())), Face: ctx.Fonts.Face(u*1.8, true), Size: u * 1.8, Color: ui.LightInk}
	y += v.text(ctx, big, x, y, width, ui.Rect{}) + u*0.6
	line := g.bestText(l)
	if g.newBest {
		line = locale.MatchNewBest.In(l)
	}
	y += v.text(ctx, ui.Paragraph{Text: line, Face: ctx.Fonts.Face(u, false), Size: u, Color: ui.LightInk}, x, y, width, ui.Rect{}) + u
	h := max(ctx.targetSize(), u*3)
	v.button(ctx, matchKeys, "again", ui.Rect{X: x, Y: y, W: width, H: h}, locale.MatchAgain.In(l), ui.Accent, u)
}

// Draw paints the screen as Update laid it out.
func (g *MatchGame) Draw(dst *ebiten.Image, ctx *Context) { g.view.draw(dst, ctx) }

// Status says the time and the tiles left, in order, for a screen reader.
func (g *MatchGame) Status() Status {
	st := Status{Scene: "match", Targets: g.view.statusTargets()}
	l := g.lang
	lines := []string{locale.MatchTitle.In(l), g.header(l)}
	if g.m != nil && g.m.Done() {
		st.Scene = "match-done"
		lines = append(lines, fmt.Sprintf(locale.MatchDone.In(l), seconds(g.m.Elapsed())))
		if g.newBest {
			lines = append(lines, locale.MatchNewBest.In(l))
		}
	} else if g.m != nil {
		lines = append(lines, locale.MatchHowTo.In(l))
		sel, chosen := g.m.Selected()
		for i, t := range g.m.Tiles() {
			if t.Matched {
				continue
			}
			line := fmt.Sprintf("%s %d: %s", locale.MatchTileWord.In(l), i+1, t.Text)
			if chosen && i == sel {
				line += locale.MatchChosen.In(l)
			}
			lines = append(lines, line)
		}
	} else {
		lines = append(lines, locale.MatchTooFew.In(l))
	}
	st.Text = strings.Join(lines, "\n")
	return st
}
