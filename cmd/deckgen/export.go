package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/cards/safefile"
	"factdeck/cmd/internal/exports"
)

const exportUsage = "usage: deckgen export DECK.json --format FORMAT -o OUT"

const exportExamples = `  deckgen export quiz.json --format anki -o quiz.txt        # Anki: File › Import
  deckgen export quiz.json --format apkg -o quiz.apkg       # Anki package (double-click to import)
  deckgen export quiz.json --format quizlet -o quiz.tsv     # paste into Quizlet's import box
  deckgen export quiz.json --format csv -o quiz.csv         # Excel, Google Sheets
  deckgen export quiz.json --format gift -o quiz.gift       # Moodle: Question bank › Import › GIFT
  deckgen export quiz.json --format moodle-xml -o quiz.xml  # Moodle: Question bank › Import › Moodle XML
  deckgen export quiz.json --format kahoot -o quiz.xlsx     # Kahoot!: Add question › Import spreadsheet
  deckgen export quiz.json --format pdf -o quiz.pdf         # a printable quiz with its answer key
`

func exporterNames() []string {
	var names []string
	for _, w := range exports.All {
		names = append(names, w.Name)
	}
	slices.Sort(names)
	return names
}

// export writes a deck in the format a teacher's school uses, atomically:
// a failed export leaves no file.
func export(args []string, stdout, stderr io.Writer) error {
	c := newTeacherCommand("export", exportUsage, exportExamples, stdout, stderr)
	format := c.String("format", "", "the `format`: "+strings.Join(exporterNames(), ", ")+" (required)")
	out := c.String("o", "", "write the export to this `file` (required)")
	if err := c.parse(args, func(files []string) bool { return len(files) == 1 && *format != "" && *out != "" }); err != nil {
		return helpIsDone(err)
	}
	wr, ok := exports.ByName(*format)
	if !ok {
		return fmt.Errorf("--format %s: want one of %s", deck.Quote(*format), strings.Join(exporterNames(), ", "))
	}
	d, err := deck.Read(c.args[0])
	if err != nil {
		return err
	}
	data, warns, err := wr.Write(d)
	if err != nil {
		return fmt.Errorf("%s: %s: %w", c.args[0], *format, err)
	}
	for _, w := range warns {
		fmt.Fprintf(stderr, "deckgen: warning: %s\n", w)
	}
	if err := safefile.Write(*out, data); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "deckgen: %s: %d of %d cards as %s, %d bytes\n", *out, len(d.Cards)-leftOut(warns), len(d.Cards), *format, len(data))
	return nil
}

// leftOut counts the warnings that say a card was left out.
func leftOut(warns []formats.Warning) int {
	n := 0
	for _, w := range warns {
		if strings.Contains(w.Msg, "left out") {
			n++
		}
	}
	return n
}
