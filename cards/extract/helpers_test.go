package extract_test

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/extract"
)

// The real corpus is read and its facts extracted once for all tests.
var (
	corpusOnce  sync.Once
	corpusDocs  []*corpus.Document
	corpusFacts []extract.Fact
	corpusErr   error
)

// realCorpus returns the documents of assets/corpus and their facts.
func realCorpus(t testing.TB) ([]*corpus.Document, []extract.Fact) {
	t.Helper()
	corpusOnce.Do(func() {
		paths, err := filepath.Glob("../../assets/corpus/*.txt")
		if err != nil || len(paths) == 0 {
			corpusErr = err
			return
		}
		if corpusDocs, corpusErr = corpus.LoadAll(paths); corpusErr != nil {
			return
		}
		corpusFacts, corpusErr = extract.Extract(corpusDocs)
	})
	require.NoError(t, corpusErr)
	require.NotEmpty(t, corpusFacts)
	return corpusDocs, corpusFacts
}

// findFact returns the fact of the given kind and key whose document ID
// starts with doc and whose sentence contains in; nil if there is none.
func findFact(facts []extract.Fact, doc, in, kind, key string) *extract.Fact {
	for i, f := range facts {
		if strings.HasPrefix(f.Doc.ID, doc) && strings.Contains(f.Sentence.Text, in) && f.Kind == kind && f.Key == key {
			return &facts[i]
		}
	}
	return nil
}

// parse reads text as one document named file.
func parse(t *testing.T, file, text string) *corpus.Document {
	t.Helper()
	doc, err := corpus.Parse(file, []byte(text))
	require.NoError(t, err)
	return doc
}

// kindsKeys lists a document's facts as "kind:key", in order.
func kindsKeys(facts []extract.Fact, kinds ...string) []string {
	var out []string
	for _, f := range facts {
		for _, k := range kinds {
			if f.Kind == k {
				out = append(out, f.Kind+":"+f.Key)
			}
		}
	}
	return out
}
