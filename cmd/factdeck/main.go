//go:build !js

// Command factdeck is the study app: it opens the built-in deck, or a deck
// file given with -deck, as flashcards in a window (or, built for js/wasm,
// in the browser's canvas: see main_js.go).
package main

import (
	"flag"
	"fmt"
	"os"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/study"
	"factdeck/game"
	"factdeck/game/ui"
)

func main() {
	deckPath := flag.String("deck", "", "study this factdeck/v1 deck file instead of the built-in deck")
	progressDir := flag.String("progress", "", "keep study progress in this `folder` (default: factdeck in the user's configuration folder)")
	flag.Parse()
	if err := run(*deckPath, *progressDir); err != nil {
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
	g.UseProgress(st.Progress(), func(*study.Progress) error { return st.Save() })
	for _, n := range st.Notices() {
		fmt.Fprintln(os.Stderr, "factdeck:", n.Error())
		g.Notify(game.NoticeText(n))
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
