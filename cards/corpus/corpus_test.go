package corpus

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// corpusDir holds the five built-in documents.
const corpusDir = "../../assets/corpus"

// The built-in documents' IDs, in file order.
const (
	doc000 = "000_6e700a6e0d1f6d3d"
	doc001 = "001_c2d5dae2c1d44a08"
	doc002 = "002_eed3c3ac50b9ef27"
	doc003 = "003_c92c879ab5ea8ecd"
	doc004 = "004_28ea14a3c553bf9f"
)

var (
	corpusOnce sync.Once
	corpusDocs []*Document
	corpusErr  error
)

// corpusPaths lists the built-in documents in file order.
func corpusPaths(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, paths, 5, "built-in corpus in %s", corpusDir)
	sort.Strings(paths)
	return paths
}

// loadCorpus loads the built-in corpus once for all tests; tests must not
// change what it returns.
func loadCorpus(t *testing.T) []*Document {
	t.Helper()
	paths := corpusPaths(t)
	corpusOnce.Do(func() { corpusDocs, corpusErr = LoadAll(paths) })
	require.NoError(t, corpusErr)
	return corpusDocs
}

// docOf returns the document with the given ID.
func docOf(t *testing.T, docs []*Document, id string) *Document {
	t.Helper()
	for _, d := range docs {
		if d.ID == id {
			return d
		}
	}
	require.Failf(t, "no document", "%s", id)
	return nil
}

// sentenceWith returns the first sentence of d whose Text contains sub.
func sentenceWith(t *testing.T, d *Document, sub string) Sentence {
	t.Helper()
	for _, s := range d.Sentences {
		if strings.Contains(s.Text, sub) {
			return s
		}
	}
	require.Failf(t, "no sentence", "%s has no sentence containing %q", d.ID, sub)
	return Sentence{}
}

// sentencesWith returns every sentence of d whose Text contains sub.
func sentencesWith(d *Document, sub string) []Sentence {
	var out []Sentence
	for _, s := range d.Sentences {
		if strings.Contains(s.Text, sub) {
			out = append(out, s)
		}
	}
	return out
}

func TestCorpusSummary(t *testing.T) {
	docs := loadCorpus(t)
	sum := Summarize(docs)
	require.Equal(t, 5, sum.Documents)
	require.Equal(t, sum.Sentences, sum.Claims+sumNoise(sum.Noise))
	require.Equal(t, 1, sum.Tables)
	t.Logf("documents %d, sentences %d, claims %d (facts %d), duplicates %d, rejoined %d",
		sum.Documents, sum.Sentences, sum.Claims, sum.Facts, sum.Duplicates, sum.Rejoined)
	reasons := make([]string, 0, len(sum.Noise))
	for r := range sum.Noise {
		reasons = append(reasons, string(r))
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		t.Logf("noise %-16s %d", r, sum.Noise[Noise(r)])
	}
}

func sumNoise(m map[Noise]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
