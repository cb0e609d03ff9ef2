package game_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/library"
	"factdeck/cards/store"
	"factdeck/game"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// frameSizes are the screens the frame figures are taken on: a laptop's
// window and a phone's canvas in device pixels (390×844 CSS at 3×).
var frameSizes = []struct {
	name string
	w, h int
}{{"1280x800", 1280, 800}, {"phone", 1170, 2532}}

// builtinGame opens the app on its home screen with the built-in deck,
// over storage in memory, at w×h, with a clock that stands still, so that
// a motion started stays in mid-course.
func builtinGame(tb testing.TB, w, h int) *game.Game {
	tb.Helper()
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(tb, err)
	g, _ := gameOn(tb, d, w, h)
	return g
}

// gameOn is the app on its home screen with d as its built-in deck, as
// builtinGame, with the hand that moves its clock on.
func gameOn(tb testing.TB, d *deck.Deck, w, h int) (*game.Game, func(time.Duration)) {
	tb.Helper()
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, assets.FontFallback)
	require.NoError(tb, err)
	ls := &store.MemoryStorage{}
	lib, err := library.Open(library.Prefixed{St: ls, Prefix: "factdeck/"}, d.Title)
	require.NoError(tb, err)
	st, err := store.OpenStorage(ls, store.Options{})
	require.NoError(tb, err)
	sh := library.NewShelf(lib, d, st, func(id string) (*store.Store, error) {
		return store.OpenStorageAt(ls, store.DeckStorageKey(id), store.Options{})
	})
	g, err := game.NewHome(sh, fonts, locale.Japanese)
	require.NoError(tb, err)
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	g.SetClock(func() time.Time { return now })
	g.Resize(float64(w), float64(h))
	require.NoError(tb, g.Step(nil))
	return g, func(d time.Duration) { now = now.Add(d) }
}

// flipping opens the study screen and turns the first card, leaving it in
// mid-turn: every frame of a turn is laid out and drawn in full, with the
// card's back, its source and the grade buttons.
func flipping(tb testing.TB, g *game.Game, screen *ebiten.Image) {
	tb.Helper()
	g.Navigate("study")
	for range 3 {
		require.NoError(tb, g.Step(nil))
	}
	require.NoError(tb, g.Step([]input.Action{input.Press(input.Space)}))
	require.True(tb, g.Status().Flipped && g.Status().Moving, "the card is turning: %+v", g.Status())
	for range 3 { // glyph caches and scratch buffers fill on the first frames
		require.NoError(tb, g.Step(nil))
		g.Draw(screen)
	}
}

// A frame on which nothing happens, the app's usual frame while a student
// reads, allocates nothing, on every screen.
func TestIdleFrameAllocatesNothing(t *testing.T) {
	screens := []struct {
		name, scene string
		// choices is whether the deck is one of choice questions only,
		// where the built-in deck's quiz opens on a typed answer.
		choices bool
		open    func(*game.Game) []input.Action
		// textField is whether a text field has the focus: Ebitengine's
		// textinput.Start, which a field must call every tick, makes 3
		// small allocations of its own on the desktop (the window's
		// position, read from GLFW).
		textField bool
	}{
		{"home", "home", false, func(g *game.Game) []input.Action { g.Navigate("home"); return nil }, false},
		{"deck", "deck", false, func(g *game.Game) []input.Action { g.Navigate("deck"); return nil }, false},
		{"study", "study", false, func(g *game.Game) []input.Action { g.Navigate("study"); return nil }, false},
		{"study-back", "study", false, func(g *game.Game) []input.Action {
			g.Navigate("study")
			return []input.Action{input.Press(input.Space)}
		}, false},
		{"quiz-typed", "quiz", false, func(g *game.Game) []input.Action { g.Navigate("quiz"); return nil }, true},
		{"quiz-feedback", "quiz-feedback", true, func(g *game.Game) []input.Action {
			g.Navigate("quiz")
			return []input.Action{input.Press("1")}
		}, false},
		{"settings", "settings", false, func(g *game.Game) []input.Action { g.Navigate("settings"); return nil }, false},
		{"match", "match", false, func(g *game.Game) []input.Action { g.Navigate("match"); return nil }, false},
		// Match once a tile dragged onto another has been dropped and its
		// effect is over.
		{"match-dropped", "match", false, func(g *game.Game) []input.Action {
			g.Navigate("match")
			require.NoError(t, g.Step(nil))
			x0, y0 := centreOf(t, g, "tile-0")
			x1, y1 := centreOf(t, g, "tile-1")
			require.NoError(t, g.Step([]input.Action{input.DownAt(x0, y0)}))
			require.NoError(t, g.Step([]input.Action{input.DragTo(x1, y1)}))
			return []input.Action{input.DropAt(x1, y1)}
		}, false},
		{"stats", "stats", false, func(g *game.Game) []input.Action { g.Navigate("stats"); return nil }, false},
		{"browse", "browse", false, func(g *game.Game) []input.Action { g.Navigate("browse"); return nil }, false},
		{"teacher", "teacher", false, func(g *game.Game) []input.Action { g.Navigate("teacher"); return nil }, false},
		// Browse over 10,000 cards: only the rows on show are laid out.
		{"browse-10k", "browse", false, func(g *game.Game) []input.Action { g.Navigate("browse"); return nil }, false},
	}
	for _, size := range frameSizes {
		for _, sc := range screens {
			t.Run(size.name+"/"+sc.name, func(t *testing.T) {
				d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
				require.NoError(t, err)
				switch {
				case sc.choices:
					d = homeDeck("選択問題", 6)
				case strings.HasSuffix(sc.name, "-10k"):
					d = bigDeck(t, 10_000)
				}
				g, advance := gameOn(t, d, size.w, size.h)
				screen := ebiten.NewImage(size.w, size.h)
				defer screen.Deallocate()
				require.NoError(t, g.Step(sc.open(g)))
				for range 3 { // the motion of opening, if any, comes to rest
					advance(time.Second)
					require.NoError(t, g.Step(nil))
					g.Draw(screen)
				}
				require.False(t, g.Status().Moving)
				require.Equal(t, sc.scene, g.Status().Scene)
				if sc.textField {
					require.True(t, hasTarget(g.Status(), "field"), "a text field is on show")
				}
				allocs := testing.AllocsPerRun(50, func() {
					_ = g.Step(nil)
					g.Draw(screen)
				})
				if sc.textField {
					assert.LessOrEqual(t, allocs, 3.0, "allocations of an idle frame with a text field")
					return
				}
				assert.Zero(t, allocs, "allocations of an idle frame")
			})
		}
	}
}

// BenchmarkTurningFrame times Update and Draw of a frame of a card's turn
// on the study screen, the busiest frame the app draws (the target is
// 4 ms). Draw queues GPU commands; their execution is not timed. Needs a
// display:
//
//	xvfb-run -a go test ./game -run '^$' -bench TurningFrame -benchmem
func BenchmarkTurningFrame(b *testing.B) { turningFrames(b, false) }

// BenchmarkRenderedFrame times the same frame as BenchmarkTurningFrame
// with its GPU commands run and the screen read back: what a frame costs
// where the GPU is the CPU (Mesa's llvmpipe under Xvfb, a browser's
// software WebGL), and where the drawing's fill, not its layout, is the
// cost. Needs a display:
//
//	xvfb-run -a go test ./game -run '^$' -bench RenderedFrame -benchtime 20x
func BenchmarkRenderedFrame(b *testing.B) { turningFrames(b, true) }

// turningFrames times frames of a card's turn on each frame size.
// Reading the screen back ends each frame as the game loop would, so the
// queued GPU commands run; rendered says whether that is timed too.
func turningFrames(b *testing.B, rendered bool) {
	for _, size := range frameSizes {
		b.Run(size.name, func(b *testing.B) {
			g := builtinGame(b, size.w, size.h)
			screen := ebiten.NewImage(size.w, size.h)
			defer screen.Deallocate()
			flipping(b, g, screen)
			pixels := make([]byte, 4*size.w*size.h)
			for b.Loop() {
				_ = g.Step(nil)
				g.Draw(screen)
				if !rendered {
					b.StopTimer()
				}
				screen.ReadPixels(pixels)
				if !rendered {
					b.StartTimer()
				}
			}
		})
	}
}

// bigDeck is a deck of n cards: the built-in deck's, copied under new
// ids, over its facts and sources.
func bigDeck(tb testing.TB, n int) *deck.Deck {
	tb.Helper()
	src, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(tb, err)
	d := *src
	d.Cards = make([]deck.Card, n)
	for i := range d.Cards {
		d.Cards[i] = src.Cards[i%len(src.Cards)]
		d.Cards[i].ID = "c" + strconv.Itoa(i)
	}
	return &d
}

// centreOf is the middle of target id on the game's screen, in its
// pixels (the tests' screens have a scale of 1).
func centreOf(tb testing.TB, g *game.Game, id string) (float64, float64) {
	tb.Helper()
	for _, tg := range g.Status().Targets {
		if tg.ID == id {
			return tg.X + tg.W/2, tg.Y + tg.H/2
		}
	}
	tb.Fatalf("no target %q on %s", id, g.Status().Scene)
	return 0, 0
}

// timeFrames times Update, with the actions next gives, and Draw, one
// frame an iteration; the screen is read back untimed, as in
// BenchmarkTurningFrame.
func timeFrames(b *testing.B, g *game.Game, screen *ebiten.Image, next func() []input.Action) {
	b.Helper()
	bounds := screen.Bounds()
	pixels := make([]byte, 4*bounds.Dx()*bounds.Dy())
	for b.Loop() {
		_ = g.Tick(next())
		g.Draw(screen)
		b.StopTimer()
		screen.ReadPixels(pixels)
		b.StartTimer()
	}
}

// openScreen shows route on g and returns a w×h screen it has been drawn
// on a few times (glyph caches and scratch buffers fill on the first
// frames).
func openScreen(b *testing.B, g *game.Game, route string, w, h int) *ebiten.Image {
	b.Helper()
	screen := ebiten.NewImage(w, h)
	b.Cleanup(screen.Deallocate)
	g.Navigate(route)
	for range 3 {
		require.NoError(b, g.Step(nil))
		g.Draw(screen)
	}
	require.Equal(b, route, g.Status().Scene)
	return screen
}

// BenchmarkMatchFrame times a frame of Match while its tiles move, every
// frame laid out and drawn in full (the target is 4 ms): a pair tried
// by taps, vanishing or shaking (the clock stands still, so the effect
// never ends), and a tile dragged across the board, following the
// pointer.
func BenchmarkMatchFrame(b *testing.B) {
	for _, size := range frameSizes {
		start := func(b *testing.B) (*game.Game, *ebiten.Image) {
			g := builtinGame(b, size.w, size.h)
			return g, openScreen(b, g, "match", size.w, size.h)
		}
		b.Run(size.name+"/pair", func(b *testing.B) {
			g, screen := start(b)
			for _, id := range []string{"tile-0", "tile-1"} {
				x, y := centreOf(b, g, id)
				require.NoError(b, g.Step([]input.Action{input.TapAt(x, y)}))
			}
			require.True(b, g.Status().Moving)
			timeFrames(b, g, screen, func() []input.Action { return nil })
		})
		b.Run(size.name+"/drag", func(b *testing.B) {
			g, screen := start(b)
			x, y := centreOf(b, g, "tile-0")
			require.NoError(b, g.Step([]input.Action{input.DownAt(x, y)}))
			step := 0.0
			drag := make([]input.Action, 1)
			timeFrames(b, g, screen, func() []input.Action {
				step = float64((int(step) + 1) % 200)
				drag[0] = input.DragTo(x+step*3, y+step*2)
				return drag
			})
		})
	}
}

// BenchmarkBrowseFrame times frames of Browse over 10,000 cards (the
// target is 4 ms): a scroll by a third of a row, which lays out the rows
// on show again, and a tap on a state filter, which searches every card
// and sorts nothing.
func BenchmarkBrowseFrame(b *testing.B) {
	d := bigDeck(b, 10_000)
	for _, size := range frameSizes {
		start := func(b *testing.B) (*game.Game, *ebiten.Image) {
			g, _ := gameOn(b, d, size.w, size.h)
			return g, openScreen(b, g, "browse", size.w, size.h)
		}
		b.Run(size.name+"/scroll", func(b *testing.B) {
			g, screen := start(b)
			x, y := centreOf(b, g, "row-0")
			n := 0
			scroll := make([]input.Action, 1)
			timeFrames(b, g, screen, func() []input.Action {
				n++
				dy := 40.0
				if n%100 >= 50 { // down and back up, staying near the top
					dy = -40
				}
				scroll[0] = input.ScrollAt(x, y, dy)
				return scroll
			})
		})
		b.Run(size.name+"/filter", func(b *testing.B) {
			g, screen := start(b)
			allX, allY := centreOf(b, g, "state-0")
			dueX, dueY := centreOf(b, g, "state-2")
			n := 0
			tap := make([]input.Action, 1)
			timeFrames(b, g, screen, func() []input.Action {
				n++
				tap[0] = input.TapAt(allX, allY)
				if n%2 == 0 {
					tap[0] = input.TapAt(dueX, dueY)
				}
				return tap
			})
		})
	}
}

// BenchmarkIdleFrame times a frame of the study screen on which nothing
// happens, the app's usual frame.
func BenchmarkIdleFrame(b *testing.B) {
	g := builtinGame(b, 1280, 800)
	screen := ebiten.NewImage(1280, 800)
	defer screen.Deallocate()
	g.Navigate("study")
	for range 3 {
		require.NoError(b, g.Step(nil))
		g.Draw(screen)
	}
	for b.Loop() {
		_ = g.Step(nil)
		g.Draw(screen)
	}
}

// hasTarget reports whether st has a target id.
func hasTarget(st scene.Status, id string) bool {
	for _, tg := range st.Targets {
		if tg.ID == id {
			return true
		}
	}
	return false
}
