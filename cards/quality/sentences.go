package quality

import (
	"path/filepath"
	"strings"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// library finds the documents a deck's sources name, by file name.
type library map[string]*corpus.Document

func newLibrary(docs []*corpus.Document) library {
	lib := library{}
	for _, d := range docs {
		lib[d.File] = d
	}
	return lib
}

// document returns the document a source names. Only the base name counts:
// a deck records files as the build saw them, not where they are now.
func (lib library) document(s deck.Source) (*corpus.Document, bool) {
	d, ok := lib[filepath.Base(s.File)]
	return d, ok
}

// sentencesHolding returns the sentences of d whose normalized text holds
// text. A fact sentence is usually a whole sentence, but a clause cut out of
// one stands in the document just as verbatim.
func sentencesHolding(d *corpus.Document, text string) []corpus.Sentence {
	text = corpus.Normalize(text)
	if text == "" {
		return nil
	}
	var out []corpus.Sentence
	for _, s := range d.Sentences {
		if strings.Contains(s.Text, text) {
			out = append(out, s)
		}
	}
	return out
}

// citable reports whether a fact of the given kind may rest on s: a claim
// said for the first time. Table rows are marked as noise in the running
// text, yet they are exactly what a table fact cites.
func citable(s corpus.Sentence, kind string) bool {
	if s.DupOf != "" {
		return false
	}
	return s.IsClaim() || (kind == deck.KindTable && s.Noise == corpus.NoiseTable)
}
