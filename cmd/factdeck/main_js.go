//go:build js

package main

import (
	"errors"
	"runtime/debug"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/assets"
	"factdeck/cards/store"
	"factdeck/game"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// main runs the app in the page that web/build.sh makes: the deck comes
// from the URL (see pageDeck), progress from localStorage (as main.go
// keeps it in a folder on the desktop), the fallback font arrives later if
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
	d, builtin, notice, err := pageDeck()
	if err != nil {
		return err
	}
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
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, nil)
	if err != nil {
		return err
	}
	mark("factdeck:fonts")
	g, err := game.New(d, fonts)
	if err != nil {
		return err
	}
	if notice != "" {
		g.Notify(notice)
	}
	g.SetDefaultLang(pageLanguage)
	useProgress(g, lock)
	bg := newBrowserGame(g, fonts, newBridge())
	// The built-in deck's characters are all in the main faces (go test
	// ./assets checks it), so only other decks are looked at.
	if !builtin && needsFallback(d, assets.FontRegular) {
		bg.fallback = fetchFallback()
	}
	mark("factdeck:game")
	// The same screen settings as game.Run; the window ones mean nothing
	// in a page.
	ebiten.SetScreenClearedEveryFrame(false)
	return ebiten.RunGame(bg)
}

// useProgress studies with the progress kept in the browser, as the
// desktop's run does with its folder; what the student must know about it
// (storage unavailable, damaged data set aside) goes on the deck screen
// and the console.
func useProgress(g *game.Game, lock *store.Lock) {
	st := store.OpenBrowser(lock, store.Options{})
	g.UseProgress(st.Progress(), st)
	useProgressFile(g, st)
	for _, n := range st.Notices() {
		js.Global().Get("console").Call("warn", "factdeck: "+n.Error())
		g.Notify(scene.NoticeTextIn(g.Lang(), n))
	}
}
