package main

import (
	"cmp"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"factdeck/cards/deck"
	"factdeck/cards/quality"
)

// sampleColumns head the TSV that sample prints.
// note and accept are what the card shows with its answer (accept holds
// the other names that count as right, then the answers of other sources
// that are accepted); source is the
// file the sentence stands in, and its date where the excerpt has one.
var sampleColumns = []string{"id", "type", "prompt", "choices", "answer", "accept", "note", "source", "sentence"}

// sample prints cards of a deck drawn deterministically from a seed, as TSV,
// for a person to judge against their sentences (precision; see
// cards/quality/testdata/README.md).
func sample(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sample", "usage: deckgen sample [-n N] [-seed S] FILE", stderr)
	n := fs.Int("n", 50, "draw this many cards")
	seed := fs.Uint64("seed", 1, "the draw's seed: the same seed draws the same cards")
	if err := fs.parse(args, func() bool { return fs.NArg() == 1 && *n >= 0 }); err != nil {
		return err
	}
	d, err := deck.Read(fs.Arg(0))
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, strings.Join(sampleColumns, "\t"))
	for _, c := range quality.Sample(d, *n, *seed) {
		f, _ := d.Fact(c.Fact)
		src, _ := d.Source(f.Source)
		where := src.File
		if date := cmp.Or(f.Date, src.Date); date != "" {
			where += " (" + date + ")"
		}
		row := []string{c.ID, c.Type, c.Prompt, shownChoices(c), c.Answer,
			strings.Join(slices.Concat(c.Also, c.Accept), " | "), c.Note, where, f.Sentence}
		for i := range row {
			row[i] = tsvCell(row[i])
		}
		fmt.Fprintln(stdout, strings.Join(row, "\t"))
	}
	return nil
}

// tsvCell keeps a text on its one line and in its one column.
func tsvCell(s string) string {
	return strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// shownChoices are a card's choices as a student meets them: an ordering
// card's events and a matching card's right-hand side shuffled, as the
// app deals them, not in the answer's order.
func shownChoices(c deck.Card) string {
	r := rand.New(rand.NewPCG(uint64(crc32.ChecksumIEEE([]byte(c.ID))), 0))
	switch c.Type {
	case deck.TypeOrder:
		items := slices.Clone(c.Items)
		r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		return strings.Join(items, " | ")
	case deck.TypeMatch:
		var left, right []string
		for _, p := range c.Pairs {
			left = append(left, p.Left)
			right = append(right, p.Right)
		}
		r.Shuffle(len(right), func(i, j int) { right[i], right[j] = right[j], right[i] })
		return strings.Join(left, " | ") + " ／ " + strings.Join(right, " | ")
	}
	return strings.Join(c.Choices, " | ")
}
