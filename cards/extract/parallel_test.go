package extract_test

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/extract"
)

// Documents are read in parallel; the facts must not depend on it.
func TestExtractIsTheSameOnOneCoreAndMany(t *testing.T) {
	docs, _ := realCorpus(t)
	ids := func() []string {
		facts, err := extract.Extract(docs)
		require.NoError(t, err)
		var out []string
		for _, f := range facts {
			out = append(out, f.ID+" "+f.Key+" "+f.Subject+" "+f.Context)
		}
		return out
	}
	many := ids()
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	assert.Equal(t, ids(), many)
}
