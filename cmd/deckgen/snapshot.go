package main

import (
	"flag"
	"fmt"
	"io"

	"factdeck/cards/deck"
	"factdeck/cards/safefile"
)

// snapshot writes the binary snapshot of a JSON deck (deck.EncodeSnapshot),
// the form the app embeds its built-in deck in so that it starts without
// decoding JSON. The JSON file stays the deck's source.
func snapshot(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("snapshot", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the snapshot to this `file` (required)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *out == "" || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: deckgen snapshot -o FILE DECK.json")
		fs.PrintDefaults()
		return errUsage
	}
	d, err := deck.Read(fs.Arg(0))
	if err != nil {
		return err
	}
	data := deck.EncodeSnapshot(d)
	if err := safefile.Write(*out, data); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d cards, %d bytes\n", *out, len(d.Cards), len(data))
	return nil
}
