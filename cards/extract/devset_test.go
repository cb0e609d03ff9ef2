package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// label is one hand-written fact of the development set.
type label struct{ doc, in, kind, key string }

func readDevset(t *testing.T) []label {
	t.Helper()
	f, err := os.Open("testdata/devset.tsv")
	require.NoError(t, err)
	defer f.Close()
	var out []label
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 4, "testdata/devset.tsv line %d", n)
		out = append(out, label{cols[0], cols[1], cols[2], cols[3]})
	}
	require.NoError(t, sc.Err())
	return out
}

// stated are the kinds a document states once and names again after.
var stated = map[string]bool{
	deck.KindPerson: true, deck.KindAcronym: true, deck.KindOrganization: true, deck.KindDefinition: true,
}

// TestDevset measures recall and precision against the hand-labelled
// development set and keeps them from falling.
func TestDevset(t *testing.T) {
	_, facts := realCorpus(t)
	labels := readDevset(t)
	sentences := map[[2]string]bool{}
	for _, l := range labels {
		sentences[[2]string{l.doc, l.in}] = true
	}
	found := 0
	for _, l := range labels {
		in := l.in
		if stated[l.kind] {
			in = ""
		}
		if findFact(facts, l.doc, in, l.kind, l.key) != nil {
			found++
		} else {
			t.Logf("missed %s %s %q", l.doc, l.kind, l.key)
		}
	}
	drawn, right := 0, 0
	for _, f := range facts {
		for s := range sentences {
			if !strings.HasPrefix(f.Doc.ID, s[0]) || !strings.Contains(f.Sentence.Text, s[1]) {
				continue
			}
			drawn++
			if labelled(labels, s, f) {
				right++
			} else {
				t.Logf("unlabelled %s %s %q", s[0], f.Kind, f.Key)
			}
		}
	}
	recall := float64(found) / float64(len(labels))
	precision := float64(right) / float64(drawn)
	t.Logf("devset: %d labels, %d found: recall %.2f; %d facts drawn, %d labelled: precision %.2f", len(labels), found, recall, drawn, right, precision)
	assert.GreaterOrEqual(t, recall, 0.9)
	assert.GreaterOrEqual(t, precision, 0.9)
}

func labelled(labels []label, s [2]string, f extract.Fact) bool {
	for _, l := range labels {
		if l.doc == s[0] && l.in == s[1] && l.kind == f.Kind && l.key == f.Key {
			return true
		}
	}
	return false
}
