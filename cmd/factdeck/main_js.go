//go:build js

package main

import (
	"errors"
	"runtime/debug"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/library"
	"factdeck/cards/store"
	"factdeck/game"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// main runs the app in the page that web/build.sh makes: the decks are
// the student's list, with the one the URL names added (see pageDeck),
// each with its progress in localStorage (as main.go keeps them in a
// folder on the desktop), the fallback font arrives later if
// the deck needs it (see fallback_js.go), and what the screen shows is
// mirrored into the page for screen readers and tests (see bridge_js.go).
// A failure is shown over the page, in Japanese, instead of a blank canvas.
func main() {
	if err := run(); err != nil {
		var pe *pageError
		if !errors.As(err, &pe) {
			pe = &pageError{message: msgStartFailed, detail: err.Error()}
		}
		showError(pe)
	}
}

// memoryLimit is a soft cap on the Go heap. A page's WebAssembly memory
// never shrinks, so its peak is what a phone must afford; with the default
// GC pacing the heap doubles before collecting, and a study session's
// short-lived layout garbage would take the page well past 128 MB.
const memoryLimit = 64 << 20

func run() (err error) {
	debug.SetMemoryLimit(memoryLimit)
	mark("factdeck:main")
	pageLanguage = pageLang()
	builtin, err := builtinDeck()
	if err != nil {
		return err
	}
	asked, origin, name, notice := pageDeck(builtin)
	// Ask for the progress lock now, so the browser answers while the
	// game is made. On a failure the program ends; it waits for the
	// answer first, which would otherwise come to a program that is gone.
	lock := store.RequestLock()
	defer func() {
		if err != nil {
			lock.Held()
		}
	}()
	mark("factdeck:deck")
	fonts, err := ui.LoadFonts(assets.FontRegular, nil, nil) // bold drawn from the regular font: 184 kB less to download
	if err != nil {
		return err
	}
	mark("factdeck:fonts")
	sh, listErr := openShelf(builtin, lock)
	g, err := game.NewHome(sh, fonts, pageLanguage)
	if err != nil {
		return err
	}
	if listErr != nil {
		js.Global().Get("console").Call("warn", "factdeck: "+listErr.Error())
		g.Notify(locale.HomeListError.In(g.Lang()))
	}
	useProgressFile(g, sh)
	g.UseDeckFiles(func() { chooseFile(".json,application/json", maxDeckFile, g.ImportDeck) })
	g.UseSharing(appAddress(), copyText)
	g.UseFiles(func(name string, data []byte) (string, error) { return name, store.Download(name, data) }, browserWriters())
	switch {
	case asked != nil:
		g.AddDeck(asked, origin, name)
		if notice != "" {
			g.Notify(notice) // a pick's cards the built-in deck lacks
		}
	case notice != "":
		// The built-in deck opens instead of the one that did not.
		_ = sh.Library().SetCurrent(library.BuiltinID)
		g.Navigate("deck")
		g.Notify(notice)
	default:
		g.Navigate(hashRoute(js.Global().Get("location").Get("hash").String()))
	}
	// The decks are looked at for characters the main faces lack on the
	// first tick, and again whenever one is added.
	bg := newBrowserGame(g, fonts, newBridge(), newHistory(), sh)
	mark("factdeck:game")
	// The same screen settings as game.Run; the window ones mean nothing
	// in a page.
	ebiten.SetScreenClearedEveryFrame(false)
	return ebiten.RunGame(bg)
}

// openShelf opens the student's list of decks kept in the browser, and
// the progress of each: the built-in deck's under the key it always had,
// every other deck's under its id (store.DeckStorageKey). What the
// student must know about their progress (storage unavailable, damaged
// data set aside) also goes to the console. Without storage, the list
// lives in memory for this visit.
func openShelf(builtin *deck.Deck, lock *store.Lock) (*library.Shelf, error) {
	st := store.OpenBrowser(lock, store.Options{})
	for _, n := range st.Notices() {
		js.Global().Get("console").Call("warn", "factdeck: "+n.Error())
	}
	var kept library.Storage = &store.MemoryStorage{}
	if ls, err := store.LocalStorage(); err == nil {
		kept = library.Prefixed{St: ls, Prefix: "factdeck/"}
	}
	lib, err := library.Open(kept, builtin.Title)
	return library.NewShelf(lib, builtin, st, func(id string) (*store.Store, error) {
		return store.OpenBrowserAt(lock, store.DeckStorageKey(id), store.Options{}), nil
	}), err
}

// shelfNeedsFallback reports whether a deck on the list has characters
// the main faces lack. The built-in deck's characters are all in them (go
// test ./assets checks it), so only the other decks are looked at.
func shelfNeedsFallback(sh *library.Shelf) bool {
	for _, e := range sh.Entries() {
		if e.Builtin() {
			continue
		}
		if d, err := sh.Deck(e.ID); err == nil && needsFallback(d, assets.FontRegular) {
			return true
		}
	}
	return false
}
