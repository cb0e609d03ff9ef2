package main

import (
	"fmt"
	"io"

	"factdeck/cards/deck"
)

const mergeUsage = "usage: deckgen merge A.json B.json [MORE.json...] -o OUT.json [--title T]"

const mergeExamples = `  deckgen merge quiz1.json quiz2.json -o unit.json
  deckgen merge -o term.json --title "2学期のまとめ" week*.json
`

// merge joins decks by id (deck.Merge): shared facts and cards once, and
// an id that two decks use for different contents an error naming both.
func merge(args []string, stdout, stderr io.Writer) error {
	c := newTeacherCommand("merge", mergeUsage, mergeExamples, stdout, stderr)
	out := c.String("o", "", "write the merged deck to this `file` (required)")
	title := c.String("title", "", "the merged deck's `title` (default: the first deck's)")
	if err := c.parse(args, func(files []string) bool { return len(files) >= 2 && *out != "" }); err != nil {
		return helpIsDone(err)
	}
	var decks []deck.Named
	for _, path := range c.args {
		d, err := deck.Read(path)
		if err != nil {
			return err
		}
		decks = append(decks, deck.Named{Name: path, Deck: d})
	}
	merged, err := deck.Merge(decks)
	if err != nil {
		return err
	}
	if *title != "" {
		merged.Title = *title
	}
	if err := writeDeck(*out, merged); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "deckgen: %s: %d cards, %d facts, %d sources from %d decks\n", *out, len(merged.Cards), len(merged.Facts), len(merged.Sources), len(decks))
	return nil
}
