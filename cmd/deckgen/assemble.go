package main

import (
	"fmt"
	"io"
	"strings"

	"factdeck/cards/deck"
	"factdeck/cards/safefile"
	"factdeck/cards/selection"
)

const assembleUsage = "usage: deckgen assemble DECK.json -o QUIZ.json [filters] [--count N] [--seed S] [--order " +
	"source|random|timeline|difficulty] [--title T]"

const assembleExamples = `  deckgen assemble assets/decks/corpus.json --tag tariffs --count 20 --seed 7 -o quiz.json
  deckgen assemble assets/decks/corpus.json -o dates.json --kind date --order timeline --title "年表クイズ"
  deckgen assemble --type mcq,truefalse --no-conflicts --order difficulty assets/decks/corpus.json -o easy.json
`

// assemble writes a quiz deck of the cards that pass the filters: each
// with its fact, the facts it conflicts with and their sources.
func assemble(args []string, stdout, stderr io.Writer) error {
	c := newTeacherCommand("assemble", assembleUsage, assembleExamples, stdout, stderr)
	var o selection.Options
	filter := filterFlags(c)
	out := c.String("o", "", "write the quiz deck to this `file` (required)")
	c.IntVar(&o.Count, "count", 0, "take `N` cards, one per fact where the filters leave enough (0: all)")
	c.Uint64Var(&o.Seed, "seed", 1, "which cards --count takes and the --order random order: the same `seed`, the same quiz")
	c.StringVar(&o.Order, "order", selection.OrderSource, "the cards' `order`: "+strings.Join(selection.Orders, ", "))
	c.StringVar(&o.Title, "title", "", "the quiz's `title` (default: the deck's)")
	if err := c.parse(args, func(files []string) bool { return len(files) == 1 && *out != "" }); err != nil {
		return helpIsDone(err)
	}
	o.Filter = *filter
	d, err := deck.Read(c.args[0])
	if err != nil {
		return err
	}
	quiz, err := selection.Assemble(d, o)
	if err != nil {
		return fmt.Errorf("%s: %w", c.args[0], err)
	}
	if err := writeDeck(*out, quiz); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "deckgen: %s: %d cards on %d facts from %d sources\n", *out, len(quiz.Cards), len(quiz.Facts), len(quiz.Sources))
	if o.Count > len(quiz.Cards) {
		fmt.Fprintf(stderr, "deckgen: warning: %d cards asked for, only %d pass the filters\n", o.Count, len(quiz.Cards))
	}
	return nil
}

// writeDeck validates d and writes it atomically to path.
func writeDeck(path string, d *deck.Deck) error {
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	data, err := deck.Marshal(d)
	if err != nil {
		return err
	}
	return safefile.Write(path, data)
}
