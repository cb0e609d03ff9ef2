package quality

import (
	"fmt"
	"io"
	"slices"

	"factdeck/cards/deck"
)

// Labelled is one question of a development set, written by hand from the
// corpus: what a good deck should ask about, and where the answer stands.
type Labelled struct {
	ID   string
	Kind string // a fact kind: date, number, percent…
	Doc  string // the document's file name
	// Excerpt is a verbatim piece of the normalized sentence, long enough to
	// tell it from every other sentence of the document.
	Excerpt  string
	Question string // the question in natural Japanese
	Answer   string // the short answer span, as it stands in the sentence
}

// labelledColumns are the columns of a development set file.
var labelledColumns = []string{"id", "kind", "doc", "excerpt", "question", "answer"}

// ReadLabelled reads a development set in TSV (see testdata/README.md).
func ReadLabelled(r io.Reader) ([]Labelled, error) {
	rows, err := readTSV(r, labelledColumns...)
	if err != nil {
		return nil, err
	}
	out := make([]Labelled, 0, len(rows))
	seen := map[string]bool{}
	for _, f := range rows {
		l := Labelled{ID: f[0], Kind: f[1], Doc: f[2], Excerpt: f[3], Question: f[4], Answer: f[5]}
		if seen[l.ID] {
			return nil, fmt.Errorf("id %s is used twice", l.ID)
		}
		seen[l.ID] = true
		if !slices.Contains(deck.Kinds, l.Kind) {
			return nil, fmt.Errorf("%s: kind %q is not a fact kind", l.ID, l.Kind)
		}
		out = append(out, l)
	}
	return out, nil
}

// LoadLabelled reads the development set file at path.
func LoadLabelled(path string) ([]Labelled, error) { return loadTSV(path, ReadLabelled) }
