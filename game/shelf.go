package game

import (
	"errors"
	"fmt"
	"sync"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/cards/library"
	"factdeck/game/locale"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// NewHome opens the app on the home screen, with the student's decks on
// sh. Each deck studies with its own progress, which sh opens; the
// settings are kept in the built-in deck's. lang is the device's
// language, spoken until the student picks one.
func NewHome(sh *library.Shelf, fonts *ui.Fonts, lang locale.Lang) (*Game, error) {
	if sh == nil || fonts == nil {
		return nil, errors.New("game: a shelf and fonts are required")
	}
	g := &Game{ctx: scene.Context{Fonts: fonts, Shelf: sh}, dirty: true, defaultLang: lang}
	g.useSound()
	// The first notices and the first screen speak the student's language.
	g.syncDisplay()
	g.push(scene.NewDeckList())
	// What the built-in deck's progress had to say as it opened (a
	// damaged file moved aside) is said at once, on the home screen.
	if st, err := sh.Progress(library.BuiltinID); err == nil {
		scene.ShowNotices(&g.ctx, st)
	}
	return g, nil
}

// deckFiles hands deck files chosen in the browser to the game's tick.
type deckFiles struct {
	mu      sync.Mutex
	pending []imported
}

// UseDeckFiles offers a button on the home screen that asks for a deck
// file with choose; the file comes back through ImportDeck.
func (g *Game) UseDeckFiles(choose func()) {
	g.ctx.ImportDeck = choose
	g.dirty = true
}

// UseSharing offers a share button on the deck screen: a sheet with the
// deck's link, which starts with base (the web app's address), and its
// QR code; copy, when not nil, puts the link on the clipboard.
func (g *Game) UseSharing(base string, copy func(string) error) {
	g.ctx.ShareBase, g.ctx.CopyText = base, copy
	g.dirty = true
}

// UseFiles lets the Teacher screen save a quiz as a file: save keeps
// the bytes under a name and returns where they went (a download, a
// path); writers are the export formats offered (nil: the text ones,
// formats.TextWriters).
func (g *Game) UseFiles(save func(name string, data []byte) (string, error), writers []formats.Writer) {
	g.ctx.SaveFile, g.ctx.Formats = save, writers
	g.dirty = true
}

// ImportDeck hands the game a deck file the student chose (its name and
// content), or the error reading it. It may be called from any goroutine;
// the game adds the deck on a tick of its own.
func (g *Game) ImportDeck(name string, data []byte, err error) {
	g.deckFiles.mu.Lock()
	defer g.deckFiles.mu.Unlock()
	g.deckFiles.pending = append(g.deckFiles.pending, imported{name, data, err})
}

// applyDeckFiles adds the deck files that arrived.
func (g *Game) applyDeckFiles() {
	g.deckFiles.mu.Lock()
	files := g.deckFiles.pending
	g.deckFiles.pending = nil
	g.deckFiles.mu.Unlock()
	for _, f := range files {
		g.dirty = true
		if f.err == nil {
			var d *deck.Deck
			if d, f.err = deck.Decode(f.data); f.err == nil {
				g.AddDeck(d, library.FromFile, f.name)
				continue
			}
		}
		g.ctx.Notices.Set(fmt.Sprintf("%s: %s: %s", locale.HomeAddFailed.In(g.ctx.Lang), f.name, scene.NoticeTextIn(g.ctx.Lang, f.err)))
	}
}

// AddDeck puts d on the student's list (origin and name as
// library.Shelf.Add takes them), says so, and opens it over the home
// screen. A deck already listed opens as it is, with its progress.
func (g *Game) AddDeck(d *deck.Deck, origin, name string) {
	sh := g.ctx.Shelf
	if sh == nil {
		return
	}
	e, added, err := sh.Add(d, origin, name)
	if err != nil {
		g.ctx.Notices.Add(fmt.Sprintf("%s: %s", locale.HomeAddFailed.In(g.ctx.Lang), scene.NoticeTextIn(g.ctx.Lang, err)))
		return
	}
	msg := locale.HomeKnown
	if added {
		msg = locale.HomeAdded
	}
	g.apply(scene.Transition{Op: scene.Home})
	deckScreen, err := scene.OpenDeck(&g.ctx, e.ID)
	if err != nil {
		g.ctx.Notices.Add(scene.NoticeTextIn(g.ctx.Lang, err))
		return
	}
	g.push(deckScreen)
	// After the push, which clears the notices of the screen left.
	g.ctx.Notices.Add(fmt.Sprintf(msg.In(g.ctx.Lang), e.Title))
	g.dirty = true
}
