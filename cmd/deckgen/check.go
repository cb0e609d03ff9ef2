package main

import (
	"fmt"
	"io"
	"path/filepath"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/quality"
)

// check re-verifies a deck file: every fact against the documents it cites,
// every card against the quality rules, and the deck for tells across its
// multiple-choice cards. It prints one line per violation and a summary,
// and fails when there is any violation.
func check(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", "usage: deckgen check [-corpus DIR] FILE [DOC...]", stderr)
	dir := fs.String("corpus", "assets/corpus", "find the deck's source documents in this `folder` when no DOC is given")
	if err := fs.parse(args, func() bool { return fs.NArg() > 0 }); err != nil {
		return err
	}
	path := fs.Arg(0)
	d, err := deck.Read(path)
	if err != nil {
		return err
	}
	paths := fs.Args()[1:]
	if len(paths) == 0 {
		paths = sourcePaths(d, *dir)
	}
	docs, err := corpus.LoadAll(paths)
	if err != nil {
		return fmt.Errorf("deck %s: %w", path, err)
	}
	violations := append(quality.Check(d, docs), quality.Balance(d)...)
	for _, v := range violations {
		fmt.Fprintln(stdout, v)
	}
	fmt.Fprintf(stdout, "%d cards checked, %d violations\n", len(d.Cards), len(violations))
	if len(violations) > 0 {
		return fmt.Errorf("deck %s does not pass the quality check", path)
	}
	return nil
}

// sourcePaths finds the files a deck's sources name in dir. A deck records
// each file by its base name, so only that is looked up.
func sourcePaths(d *deck.Deck, dir string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range d.Sources {
		name := filepath.Base(s.File)
		if seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, filepath.Join(dir, name))
	}
	return out
}
