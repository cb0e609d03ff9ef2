package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/generate"
	"factdeck/cards/safefile"
)

// errUsage reports a bad command line whose message flag has already printed.
var errUsage = errors.New("usage")

func build(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the deck to this `file` (required)")
	title := fs.String("title", "", "the deck's title (default: the first document's title)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *out == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: deckgen build -o FILE [-title TITLE] DOC...")
		fs.PrintDefaults()
		return errUsage
	}
	docs, err := corpus.LoadAll(fs.Args())
	if err != nil {
		return err
	}
	if *title == "" {
		*title = docs[0].Title
	}
	d := generate.Build(docs, generate.Options{Title: *title})
	if err := d.Validate(); err != nil {
		return fmt.Errorf("generated deck is invalid (a bug): %w", err)
	}
	data, err := deck.Marshal(d)
	if err != nil {
		return err
	}
	if err := safefile.Write(*out, data); err != nil {
		return err
	}
	summarize(stdout, *out, docs, d)
	return nil
}

// summarize prints what the build found and made.
func summarize(w io.Writer, out string, docs []*corpus.Document, d *deck.Deck) {
	var sentences, noise, dups int
	for _, doc := range docs {
		for _, s := range doc.Sentences {
			sentences++
			switch {
			case s.Noise != "":
				noise++
			case s.DupOf != "":
				dups++
			}
		}
	}
	fmt.Fprintf(w, "%s: %d documents, %d sentences (%d noise, %d repeated, dropped)\n", out, len(docs), sentences, noise, dups)
	fmt.Fprintf(w, "facts by kind: %s\n", tally(d.Facts, func(f deck.Fact) string { return f.Kind }))
	fmt.Fprintf(w, "cards by type: %s\n", tally(d.Cards, func(c deck.Card) string { return c.Type }))
}

func tally[T any](items []T, key func(T) string) string {
	counts := map[string]int{}
	for _, it := range items {
		counts[key(it)]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := ""
	for i, k := range keys {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s %d", k, counts[k])
	}
	if s == "" {
		return "none"
	}
	return s
}
