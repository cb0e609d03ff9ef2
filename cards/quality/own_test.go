package quality

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// Our own documents (testdata/own/): eight genres written for measuring
// extraction on text that is not the built-in corpus. They never go into
// the built-in deck.
const (
	ownGlob      = "testdata/own/*"
	ownSetFile   = "testdata/ownset.tsv"
	ownNoiseFile = "testdata/ownnoise.tsv"
)

// TestOwnSetStandsInDocuments keeps the labelled set of our own documents
// honest: every excerpt names exactly one sentence of its document and the
// answer stands in that sentence. It holds the set to its size too: at
// least 150 items, 15 a document, 8 of each kind (4 table cells, as one
// document holds the table). Unlike TestDevSetStandsInCorpus it does not
// ask the corpus to read each sentence as a claim: these documents measure
// the whole pipeline, noise marking included, so a claim it takes for noise
// is a miss to report, not a labelling error.
func TestOwnSetStandsInDocuments(t *testing.T) {
	docs := loadDocuments(t, ownGlob)
	require.Len(t, docs, 8)
	set, err := LoadLabelled(ownSetFile)
	require.NoError(t, err)
	assertLabelledStand(t, newLibrary(docs), set)
	kinds := countKinds(set)
	assert.GreaterOrEqual(t, len(set), 150)
	perDoc := map[string]int{}
	for _, l := range set {
		perDoc[l.Doc]++
	}
	for _, d := range docs {
		assert.GreaterOrEqual(t, perDoc[d.File], 15, "items on %s", d.File)
	}
	for _, k := range deck.Kinds {
		least := 8
		if k == deck.KindTable {
			least = 4
		}
		assert.GreaterOrEqual(t, kinds[k], least, "kind %s", k)
	}
}

// TestOwnNoiseStandsInDocuments keeps the noise list of our own documents
// honest: every line stands verbatim in its document. Whether the corpus
// marks it as noise is left to the measurement, as for the labelled set.
func TestOwnNoiseStandsInDocuments(t *testing.T) {
	docs := loadDocuments(t, ownGlob)
	noise, err := LoadNoise(ownNoiseFile)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(noise), 20)
	assertNoiseStands(t, newLibrary(docs), noise)
}
