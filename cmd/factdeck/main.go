//go:build !js

// Command factdeck is the study app: it opens the built-in deck, or a deck
// file given with -deck, as flashcards in a window (or, built for js/wasm,
// in the browser's canvas: see main_js.go).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/game"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

func main() {
	deckPath := flag.String("deck", "", "study this factdeck/v1 deck file instead of the built-in deck")
	progressDir := flag.String("progress", "", "keep study progress in this `folder` (default: factdeck in the user's configuration folder)")
	exportPath := flag.String("export", "", "write the study progress to this `file`, to back it up or move it (to the browser, say), and quit")
	importPath := flag.String("import", "", "replace the study progress with this exported `file` and quit (the replaced progress is kept as progress.json.bak)")
	flag.Parse()
	var err error
	switch {
	case *exportPath != "" && *importPath != "":
		err = errors.New("-export and -import: one at a time")
	case *exportPath != "":
		err = exportProgress(*progressDir, *exportPath)
	case *importPath != "":
		err = importProgress(*progressDir, *importPath)
	default:
		err = run(*deckPath, *progressDir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "factdeck:", err)
		os.Exit(1)
	}
}

func run(deckPath, progressDir string) error {
	d, err := loadDeck(deckPath)
	if err != nil {
		return err
	}
	st, err := openStore(progressDir)
	if err != nil {
		return err
	}
	defer st.Close()
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, assets.FontFallback)
	if err != nil {
		return err
	}
	g, err := game.New(d, fonts)
	if err != nil {
		return err
	}
	g.UseProgress(st.Progress(), st)
	printNotices(st)
	for _, n := range st.Notices() {
		g.Notify(scene.NoticeText(n))
	}
	return game.Run(g)
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
