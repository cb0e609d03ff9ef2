package quality

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
)

// assertLabelledStand checks that every labelled item of set stands in lib:
// its excerpt names exactly one sentence of its document, and the answer
// stands in that sentence. It returns the sentence of each item, by id, for
// checks of how the corpus reads it.
func assertLabelledStand(t *testing.T, lib library, set []Labelled) map[string][]corpus.Sentence {
	t.Helper()
	named := map[string][]corpus.Sentence{}
	for _, l := range set {
		doc, ok := lib[l.Doc]
		if !assert.True(t, ok, "%s: no document %s", l.ID, l.Doc) {
			continue
		}
		texts := map[string]bool{}
		for _, s := range doc.Sentences {
			if strings.Contains(s.Text, l.Excerpt) {
				texts[s.Text] = true
				named[l.ID] = append(named[l.ID], s)
			}
		}
		if !assert.Len(t, texts, 1, "%s: excerpt %q must name exactly one sentence", l.ID, l.Excerpt) {
			continue
		}
		for text := range texts {
			assert.Contains(t, text, l.Answer, "%s: the answer stands in the sentence", l.ID)
		}
	}
	return named
}

// assertLabelledCited checks that the corpus reads each item's sentence
// (named by assertLabelledStand) as a claim said for the first time, or,
// for a table fact, as a table row: a card can then be made from it.
func assertLabelledCited(t *testing.T, set []Labelled, named map[string][]corpus.Sentence) {
	t.Helper()
	for _, l := range set {
		cited := false
		for _, s := range named[l.ID] {
			cited = cited || citable(s, l.Kind)
		}
		assert.True(t, cited, "%s: the sentence is a claim said for the first time", l.ID)
	}
}

// countKinds returns how many items of set each fact kind has.
func countKinds(set []Labelled) map[string]int {
	kinds := map[string]int{}
	for _, l := range set {
		kinds[l.Kind]++
	}
	return kinds
}

// assertNoiseStands checks that every noise line stands verbatim in its
// document.
func assertNoiseStands(t *testing.T, lib library, noise []NoiseLine) {
	t.Helper()
	for _, n := range noise {
		doc, ok := lib[n.Doc]
		if !assert.True(t, ok, "no document %s", n.Doc) {
			continue
		}
		assert.Contains(t, doc.Raw, n.Text, "noise line stands verbatim in %s", n.Doc)
	}
}

// assertNoiseUnclaimed checks that the corpus takes no first-time claim out
// of a noise line, so a card made from it is the generator's fault.
func assertNoiseUnclaimed(t *testing.T, lib library, noise []NoiseLine) {
	t.Helper()
	for _, n := range noise {
		doc, ok := lib[n.Doc]
		if !ok {
			continue
		}
		line := canon(n.Text)
		for _, s := range doc.Claims() {
			text := canon(s.Text)
			assert.False(t, strings.Contains(text, line) || strings.Contains(line, text),
				"claim %q overlaps noise line %q", s.Text, n.Text)
		}
	}
}

// loadDocuments loads the documents matching glob, as deckgen would.
func loadDocuments(t *testing.T, glob string) []*corpus.Document {
	t.Helper()
	paths, err := filepath.Glob(glob)
	require.NoError(t, err)
	require.NotEmpty(t, paths, "no documents match %s", glob)
	docs, err := corpus.LoadAll(paths)
	require.NoError(t, err)
	return docs
}
