package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
)

const importUsage = "usage: deckgen import FILE --format " + "anki|quizlet|csv|gift -o DECK.json"

const importExamples = `  deckgen import my-cards.txt --format anki -o mine.json     # Anki: Export › Notes in Plain Text
  deckgen import set.tsv --format quizlet -o mine.json       # Quizlet: Export (tab, new line)
  deckgen import sheet.csv --format csv -o mine.json         # needs columns prompt and answer
  deckgen import questions.gift --format gift -o mine.json   # Moodle: Question bank › Export › GIFT
`

// importCards makes a deck of a teacher's own cards, whose source is the
// file they come from.
func importCards(args []string, stdout, stderr io.Writer) error {
	c := newTeacherCommand("import", importUsage, importExamples, stdout, stderr)
	format := c.String("format", "", "the file's `format`: "+strings.Join(formats.ReaderNames(), ", ")+" (required)")
	out := c.String("o", "", "write the deck to this `file` (required)")
	title := c.String("title", "", "the deck's `title` (default: the file's name)")
	if err := c.parse(args, func(files []string) bool { return len(files) == 1 && *format != "" && *out != "" }); err != nil {
		return helpIsDone(err)
	}
	path := c.args[0]
	if _, ok := formats.Readers[*format]; !ok {
		return fmt.Errorf("--format %s: want one of %s", deck.Quote(*format), strings.Join(formats.ReaderNames(), ", "))
	}
	data, err := readBounded(path, formats.MaxImportBytes)
	if err != nil {
		return err
	}
	d, err := formats.Import(*format, path, data)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if *title != "" {
		d.Title = *title
	}
	if err := writeDeck(*out, d); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "deckgen: %s: %d cards from %s\n", *out, len(d.Cards), path)
	return nil
}

// readBounded reads a file of at most limit bytes, and refuses a larger
// one before reading it all.
func readBounded(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: more than the %d bytes a file of cards may have", path, limit)
	}
	return data, nil
}
