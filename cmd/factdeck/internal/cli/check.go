//go:build !js

package cli

import (
	"errors"
	"fmt"
	"io"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/store"
)

// errProblems is check's error: the report says what they are.
var errProblems = errors.New("check found problems")

// check verifies the progress folder (store.CheckDir) and the decks (the
// built-in one, and deckPath if given), as Anki's Check Database does:
// it says what it read and what is wrong, and fails if anything is.
func check(progress, deckPath string, stdout io.Writer) error {
	dir, err := progressDir(progress)
	if err != nil {
		return err
	}
	r, err := store.CheckDir(dir)
	if err != nil {
		return fmt.Errorf("check %s: %w", dir, err)
	}
	known := map[string]bool{}
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		r.Problems = append(r.Problems, fmt.Sprintf("built-in deck: %v", err))
	} else {
		r.Checked = append(r.Checked, fmt.Sprintf("built-in deck %q: %d cards", d.Title, len(d.Cards)))
		addCards(known, d)
	}
	if deckPath != "" {
		if d, err := deck.Read(deckPath); err != nil {
			r.Problems = append(r.Problems, err.Error())
		} else {
			r.Checked = append(r.Checked, fmt.Sprintf("deck %s %q: %d cards", deckPath, d.Title, len(d.Cards)))
			addCards(known, d)
		}
	}
	if unknown := countUnknown(r.Cards, known); unknown > 0 {
		r.Checked = append(r.Checked, fmt.Sprintf("%d of the %d studied cards are in none of these decks (a deck file not given here, or cards a rebuild dropped): their progress is kept", unknown, len(r.Cards)))
	}
	for _, line := range r.Checked {
		fmt.Fprintln(stdout, "ok:", line)
	}
	for _, line := range r.Repaired {
		fmt.Fprintln(stdout, "repaired:", line)
	}
	for _, line := range r.Problems {
		fmt.Fprintln(stdout, "problem:", line)
	}
	fmt.Fprintf(stdout, "progress: %d answers; %d problems\n", r.Answers, len(r.Problems))
	if len(r.Problems) > 0 {
		return fmt.Errorf("%w (%d)", errProblems, len(r.Problems))
	}
	return nil
}

func addCards(known map[string]bool, d *deck.Deck) {
	for _, c := range d.Cards {
		known[c.ID] = true
	}
}

func countUnknown(ids []string, known map[string]bool) int {
	n := 0
	for _, id := range ids {
		if !known[id] {
			n++
		}
	}
	return n
}
