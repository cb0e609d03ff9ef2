//go:build !js

// Command factdeck is the study app: it opens the built-in deck, or a deck
// file given with -deck, as flashcards in a window (or, built for js/wasm,
// in the browser's canvas: see main_js.go). The commands that need no
// window (-export, -import, -backups, -restore, -check, -h) run in package
// cli before Ebitengine starts.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/library"
	"factdeck/cards/store"
	"factdeck/cmd/factdeck/internal/cli"
	"factdeck/cmd/internal/exports"
	"factdeck/game"
	"factdeck/game/locale"
	"factdeck/game/ui"
)

// dailyBackup is how old the newest backup may be when the app starts
// before it makes another.
const dailyBackup = 24 * time.Hour

func main() {
	// cli's init has run any windowless command and quit; what is left is
	// a window to open.
	f, err := cli.Parse(os.Args[1:], os.Stderr)
	if err == nil {
		err = run(f.Deck, f.Progress)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "factdeck:", err)
		os.Exit(1)
	}
}

func run(deckPath, progressDir string) error {
	builtin, err := loadDeck("")
	if err != nil {
		return err
	}
	var added *deck.Deck
	if deckPath != "" {
		if added, err = loadDeck(deckPath); err != nil {
			return err
		}
	}
	dir, err := cli.ProgressDir(progressDir)
	if err != nil {
		return err
	}
	st, err := cli.OpenStore(progressDir)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.BackupIfOlder(dailyBackup); err != nil {
		fmt.Fprintln(os.Stderr, "factdeck: the daily backup of the progress failed:", err)
	}
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, assets.FontFallback)
	if err != nil {
		return err
	}
	lib, libErr := library.Open(library.Dir(dir), builtin.Title)
	sh := library.NewShelf(lib, builtin, st, func(id string) (*store.Store, error) {
		return store.OpenDir(filepath.Join(dir, "decks", id), store.Options{})
	})
	defer sh.Close()
	g, err := game.NewHome(sh, fonts, locale.ParseLang(envLang()))
	if err != nil {
		return err
	}
	g.UseFiles(quizSaver(dir), exports.All)
	cli.PrintNotices(os.Stderr, st)
	if libErr != nil {
		fmt.Fprintln(os.Stderr, "factdeck:", libErr)
		g.Notify(locale.HomeListError.In(g.Lang()) + ": " + libErr.Error())
	}
	if added != nil {
		// -deck adds the file's deck to the list (a copy of it: the file
		// may move) and opens it.
		g.AddDeck(added, library.FromFile, filepath.Base(deckPath))
	}
	return game.Run(g)
}

// envLang is the desktop's language as POSIX says to find it for
// messages: LC_ALL, then LC_MESSAGES, then LANG.
func envLang() string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return ""
}

// loadDeck reads the deck at path, or the built-in one when path is empty.
func loadDeck(path string) (*deck.Deck, error) {
	if path != "" {
		return deck.Read(path)
	}
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		return nil, fmt.Errorf("built-in deck: %w", err)
	}
	return d, nil
}
