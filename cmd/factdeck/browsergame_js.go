//go:build js

package main

import (
	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/cards/library"
	"factdeck/game"
	"factdeck/game/ui"
)

// browserGame is the ebiten.Game run in the page: the app's game, plus the
// bridge to the page and the fallback font arriving after start. It leaves
// game.Game itself untouched, so the desktop build runs exactly that.
type browserGame struct {
	*game.Game
	fonts  *ui.Fonts
	bridge *bridge
	// history keeps the address and the back button in step.
	history *history
	// fallback delivers the fallback font once fetched; nil when no deck
	// needs it, or once it came.
	fallback <-chan fallbackResult
	fontNote string
	// shelf is the student's decks, and decks how many were last looked
	// at for characters the main faces lack.
	shelf *library.Shelf
	decks int
	// layouts and publishedNote are what the page's state was last
	// published at (see Game.Layouts).
	layouts       uint64
	publishedNote string
	// w and h are the last layout size, to ask for a redraw with.
	w, h  float64
	drawn bool
}

func newBrowserGame(g *game.Game, fonts *ui.Fonts, b *bridge, h *history, sh *library.Shelf) *browserGame {
	return &browserGame{Game: g, fonts: fonts, bridge: b, history: h, shelf: sh}
}

// Update runs the game's tick, then publishes what the screen shows.
func (b *browserGame) Update() error {
	b.takeFallback()
	err := b.Game.Update()
	b.history.sync(b.Game)
	if n := b.Game.Layouts(); n != b.layouts || b.fontNote != b.publishedNote {
		b.layouts, b.publishedNote = n, b.fontNote
		b.bridge.publish(pageState{Status: b.Game.Status(), FallbackFont: b.fontNote})
	}
	return err
}

// Draw draws the game and reports the first frame to the page.
func (b *browserGame) Draw(screen *ebiten.Image) {
	b.Game.Draw(screen)
	if !b.drawn {
		b.drawn = true
		b.bridge.firstFrame()
	}
}

// LayoutF keeps the size the game lays out for.
func (b *browserGame) LayoutF(w, h float64) (float64, float64) {
	b.w, b.h = b.Game.LayoutF(w, h)
	return b.w, b.h
}

// takeFallback installs the fallback font if it has arrived. It runs in
// Update, on the game loop, so no Draw sees the fonts change under it.
func (b *browserGame) takeFallback() {
	if b.fontNote == "" && b.shelf.Library().Len() != b.decks {
		// A deck was added (a file chosen, a link opened): it may be the
		// first to need the fallback font.
		b.decks = b.shelf.Library().Len()
		if shelfNeedsFallback(b.shelf) {
			b.fallback = fetchFallback()
		}
	}
	if b.fallback == nil {
		return
	}
	if b.fontNote == "" {
		b.fontNote = "loading"
	}
	select {
	case r := <-b.fallback:
		b.fallback = nil
		b.fontNote = "failed"
		if r.err == nil && b.fonts.SetFallback(r.data) == nil {
			b.fontNote = "ready"
			b.redraw()
		}
	default:
	}
}

// redraw makes the game draw its screen again with the new font. The game
// redraws a still screen only after input or a resize, so ask the way a
// resize does, ending at the same size.
func (b *browserGame) redraw() {
	b.Game.Resize(0, 0)
	b.Game.Resize(b.w, b.h)
}
