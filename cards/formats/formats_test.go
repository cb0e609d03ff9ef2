package formats

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ (then read them by eye)")

// sample is a deck of every card type with Japanese text, quotes, tabs,
// line breaks and the characters each format escapes.
func sample(t *testing.T) *deck.Deck {
	t.Helper()
	d, err := deck.Read("testdata/sample.json")
	require.NoError(t, err)
	return d
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cards/formats -update to make %s", path)
	assert.Equal(t, string(want), string(got), "%s differs; if the change is meant, run with -update and read the diff", path)
}

// The writers and their golden files. Each golden file was checked by
// hand against its format's documentation:
//   - sample.anki.txt: Anki Manual, "Importing › Text Files" (quoting,
//     HTML) and "File Headers" (separator, html, guid/notetype/deck/tags
//     columns); cloze syntax from "Editing › Cloze Deletion".
//   - sample.quizlet.txt: Quizlet Help Center, "Importing content" (tab
//     between term and definition, new line between cards).
//   - sample.csv: RFC 4180 section 2 (CRLF, header, quoting, doubled
//     quotes), with a UTF-8 byte-order mark for Excel.
//   - sample.gift: Moodle Docs, "GIFT format" (question types, missing
//     word, ::name::, #### general feedback, "Special characters").
//   - sample.moodle.xml: Moodle Docs, "Moodle XML format" (question types
//     multichoice, truefalse, shortanswer, numerical, matching; category).
var writers = []struct {
	name  string
	write func(*deck.Deck) ([]byte, []Warning, error)
	file  string
}{
	{"anki", WriteAnki, "sample.anki.txt"},
	{"quizlet", WriteQuizlet, "sample.quizlet.txt"},
	{"csv", WriteCSV, "sample.csv"},
	{"gift", WriteGIFT, "sample.gift"},
	{"moodle-xml", WriteMoodleXML, "sample.moodle.xml"},
}

func TestWritersMatchGoldenFiles(t *testing.T) {
	d := sample(t)
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			got, _, err := w.write(d)
			require.NoError(t, err)
			golden(t, w.file, got)
		})
	}
}
