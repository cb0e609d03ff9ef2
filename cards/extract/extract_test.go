package extract_test

import (
	"os/exec"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

func TestNoFactsFromNoiseOrRepeats(t *testing.T) {
	docs, err := corpus.LoadAll([]string{"testdata/noise.txt"})
	require.NoError(t, err)
	facts, err := extract.Extract(docs)
	require.NoError(t, err)
	require.NotEmpty(t, facts)
	for _, f := range facts {
		assert.True(t, f.Sentence.IsClaim(), "fact %q from noise %q", f.Key, f.Sentence.Noise)
		assert.Empty(t, f.Sentence.DupOf, "fact %q from a repeated sentence", f.Key)
		assert.NotContains(t, f.Sentence.Text, "ほんまに")
	}
	dates := kindsKeys(facts, deck.KindDate)
	assert.Equal(t, []string{"date:2025年2月7日"}, dates, "the repeated sentence gives its facts once")
}

func TestRetellingAcrossDocumentsGivesOneFact(t *testing.T) {
	docs, err := corpus.LoadAll([]string{"testdata/retell_a.txt", "testdata/retell_b.txt"})
	require.NoError(t, err)
	facts, err := extract.Extract(docs)
	require.NoError(t, err)
	var percents []string
	for _, f := range facts {
		if f.Kind == deck.KindPercent {
			percents = append(percents, f.Doc.ID+":"+f.Key)
		}
	}
	assert.Equal(t, []string{"retell_a:5%"}, percents)
	assert.NotNil(t, findFact(facts, "retell_b", "ヘグセス", deck.KindPerson, "ヘグセス"))
}

// Every fact of the real corpus stands in its sentence, comes from a claim
// that is not a repeat (or from a table row), and has a content-derived id.
func TestCorpusFactsAreGrounded(t *testing.T) {
	docs, facts := realCorpus(t)
	idRe := regexp.MustCompile(`^f[0-9a-f]{12}$`)
	ids := map[string]bool{}
	known := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			known[d.ID+"\x00"+s.Text] = true
		}
	}
	for _, f := range facts {
		require.NotNil(t, f.Doc)
		assert.Equal(t, f.Key, f.Sentence.Text[f.Start:f.End], "%s %q", f.Kind, f.Key)
		assert.True(t, known[f.Doc.ID+"\x00"+f.Sentence.Text], "sentence not in its document: %q", f.Sentence.Text)
		assert.Contains(t, deck.Kinds, f.Kind)
		assert.Regexp(t, idRe, f.ID)
		assert.False(t, ids[f.ID], "id %s twice", f.ID)
		ids[f.ID] = true
		if f.Kind == deck.KindTable {
			assert.Equal(t, corpus.NoiseTable, f.Sentence.Noise)
			continue
		}
		assert.True(t, f.Sentence.IsClaim(), "%s %q from %s noise", f.Kind, f.Key, f.Sentence.Noise)
		assert.Empty(t, f.Sentence.DupOf, "%s %q from a repeated sentence", f.Kind, f.Key)
		for _, e := range f.Entities {
			assert.Equal(t, e.Text, f.Sentence.Text[e.Start:e.End])
		}
	}
}

func TestEveryKindOnCorpus(t *testing.T) {
	_, facts := realCorpus(t)
	count := map[string]int{}
	for _, f := range facts {
		count[f.Kind]++
	}
	for _, k := range deck.Kinds {
		assert.Positive(t, count[k], "no %s facts", k)
	}
}

func TestDeterministic(t *testing.T) {
	docs, facts := realCorpus(t)
	again, err := extract.Extract(docs)
	require.NoError(t, err)
	require.Equal(t, len(facts), len(again))
	for i := range facts {
		assert.Equal(t, facts[i].ID, again[i].ID)
		assert.Equal(t, facts[i].Subject, again[i].Subject)
		assert.Equal(t, facts[i].Conflicts, again[i].Conflicts)
	}
}

// Sentences keeps its meaning for callers: the facts of claims, in
// document order, without table cells.
func TestSentences(t *testing.T) {
	docs, facts := realCorpus(t)
	got := extract.Sentences(docs)
	var want []extract.Fact
	for _, f := range facts {
		if f.Kind != deck.KindTable {
			want = append(want, f)
		}
	}
	require.Equal(t, len(want), len(got))
	for i := range got {
		assert.Equal(t, want[i].ID, got[i].ID)
	}
	assert.Empty(t, extract.Sentences([]*corpus.Document{nil}))
}

func TestBadInput(t *testing.T) {
	doc := parse(t, "a.txt", "石破茂首相は2025年2月7日に訪米した。\n")
	tests := []struct {
		name string
		docs []*corpus.Document
		want string
	}{
		{"nil document", []*corpus.Document{doc, nil}, "document 2 of 2 is nil"},
		{"one file twice", []*corpus.Document{doc, doc}, "documents 1 and 2 are both a.txt"},
		{"no file name", []*corpus.Document{{ID: "x", Sentences: doc.Sentences}}, "has no file name"},
		{"broken text", []*corpus.Document{{ID: "b", File: "b.txt", Sentences: []corpus.Sentence{{Text: "\xff\xfe"}}}}, "b.txt: sentence 0: text is not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract.Extract(tt.docs)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	facts, err := extract.Extract(nil)
	require.NoError(t, err)
	assert.Empty(t, facts)
}

// The study app must never link the dictionary: the dependencies of
// cmd/factdeck hold neither this package nor kagome.
func TestStudyHalfDoesNotLinkDictionary(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-e", "-deps", "factdeck/cmd/factdeck").Output()
	require.NoError(t, err)
	deps := string(out)
	require.Contains(t, deps, "factdeck/cmd/factdeck")
	assert.NotContains(t, deps, "factdeck/cards/extract")
	assert.NotContains(t, deps, "github.com/ikawaha/kagome")
}
