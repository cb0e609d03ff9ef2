package main

import (
	"fmt"
	"io"

	"factdeck/cards/deck"
)

// snapshot writes the binary snapshot of a JSON deck (deck.EncodeSnapshot),
// the form the app embeds its built-in deck in so that it starts without
// decoding JSON. The JSON file stays the deck's source.
func snapshot(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("snapshot", "usage: deckgen snapshot -o FILE DECK.json", stderr)
	out := fs.String("o", "", "write the snapshot to this `file` (required)")
	if err := fs.parse(args, func() bool { return *out != "" && fs.NArg() == 1 }); err != nil {
		return err
	}
	d, err := deck.Read(fs.Arg(0))
	if err != nil {
		return err
	}
	data := deck.EncodeSnapshot(d)
	if err := writeOutput(*out, data); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d cards, %d bytes\n", *out, len(d.Cards), len(data))
	return nil
}
