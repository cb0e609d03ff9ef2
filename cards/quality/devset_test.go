package quality

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// Print the recall report with: go test ./cards/quality/ -run DevSet -v

const (
	builtinDeck = "../../assets/decks/corpus.json"
	corpusGlob  = "../../assets/corpus/*.txt"
	devSetFile  = "testdata/devset.tsv"
	noiseFile   = "testdata/noise.tsv"
)

// recallFloor is the recall the committed built-in deck reaches on the
// development set, rounded down to a whole percent. The target is 0.90:
// raise the floor whenever generation improves, so recall never slips back.
const recallFloor = 0.90

// strictRules are the rules the built-in deck must never break: a card that
// breaks one teaches something the corpus does not say, or gives itself away.
var strictRules = []string{RuleGrounding, RuleNoNoise, RuleAnswerInPrompt, RuleMCQ}

// builtin loads the committed deck and the corpus it was built from, in the
// order `make deck` reads it.
func builtin(t *testing.T) (*deck.Deck, []*corpus.Document) {
	t.Helper()
	d, err := deck.Read(builtinDeck)
	require.NoError(t, err)
	paths, err := filepath.Glob(corpusGlob)
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	docs, err := corpus.LoadAll(paths)
	require.NoError(t, err)
	return d, docs
}

func TestDevSetOnBuiltinDeck(t *testing.T) {
	d, docs := builtin(t)
	set, err := LoadLabelled(devSetFile)
	require.NoError(t, err)
	noise, err := LoadNoise(noiseFile)
	require.NoError(t, err)

	violations := append(Check(d, docs), Balance(d)...)
	byRule := map[string][]Violation{}
	for _, v := range violations {
		byRule[v.Rule] = append(byRule[v.Rule], v)
	}
	t.Logf("%d cards, %d facts: %d violations", len(d.Cards), len(d.Facts), len(violations))
	for _, v := range violations {
		t.Logf("  %s", v)
	}
	for _, r := range strictRules {
		assert.Empty(t, byRule[r], "rule %s", r)
	}

	for _, h := range NoiseHits(d, noise) {
		t.Errorf("card %s (fact %s) is made from noise (%s, %s): %q", h.Card, h.Fact, h.Noise.Reason, h.Noise.Doc, h.Noise.Text)
	}

	hits, total, missed := Recall(d, set)
	recall := float64(hits) / float64(total)
	t.Logf("recall %d/%d = %.1f%% (floor %.0f%%, target 90%%)", hits, total, 100*recall, 100*recallFloor)
	logRecallByKind(t, set, missed)
	for _, l := range missed {
		t.Logf("  missed %s [%s] %s: %s → %s", l.ID, l.Kind, l.Doc, l.Question, l.Answer)
	}
	assert.GreaterOrEqual(t, recall, recallFloor, "recall fell below the floor")
}

// logRecallByKind logs recall for each fact kind, so a report shows which
// kinds generation still misses.
func logRecallByKind(t *testing.T, set, missed []Labelled) {
	total, lost := map[string]int{}, map[string]int{}
	for _, l := range set {
		total[l.Kind]++
	}
	for _, l := range missed {
		lost[l.Kind]++
	}
	kinds := make([]string, 0, len(total))
	for k := range total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %d/%d", k, total[k]-lost[k], total[k]))
	}
	t.Logf("by kind: %s", strings.Join(parts, ", "))
}

// TestDevSetStandsInCorpus keeps the hand-written set honest: every excerpt
// names exactly one sentence of its document, a claim (or, for a table
// fact, a table row), and the answer stands in that sentence.
func TestDevSetStandsInCorpus(t *testing.T) {
	_, docs := builtin(t)
	set, err := LoadLabelled(devSetFile)
	require.NoError(t, err)
	named := assertLabelledStand(t, newLibrary(docs), set)
	assertLabelledCited(t, set, named)
	kinds := countKinds(set)
	assert.GreaterOrEqual(t, len(set), 80)
	for _, k := range deck.Kinds {
		assert.GreaterOrEqual(t, kinds[k], 4, "kind %s", k)
	}
}

// TestNoiseLinesStandInCorpus keeps the noise list honest: each line stands
// verbatim in its document, and the corpus takes no first-time claim out of
// it, so a card made from it is the generator's fault.
func TestNoiseLinesStandInCorpus(t *testing.T) {
	_, docs := builtin(t)
	noise, err := LoadNoise(noiseFile)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(noise), 20)
	lib := newLibrary(docs)
	assertNoiseStands(t, lib, noise)
	assertNoiseUnclaimed(t, lib, noise)
}

func TestSetFilesExist(t *testing.T) {
	for _, f := range []string{devSetFile, noiseFile, "testdata/README.md"} {
		_, err := os.Stat(f)
		assert.NoError(t, err)
	}
}
