package quality

import (
	"testing"

	"github.com/stretchr/testify/require"
)

const judgementFile = "testdata/judgement.tsv"

// TestJudgementOnBuiltinDeck reports the precision of the judged sample. A
// judgement of cards the deck no longer holds says nothing about it: then
// draw a new sample with `deckgen sample` and judge it again.
func TestJudgementOnBuiltinDeck(t *testing.T) {
	d, _ := builtin(t)
	js, err := LoadJudgements(judgementFile)
	require.NoError(t, err)
	require.NotEmpty(t, js)
	cards := map[string]bool{}
	for _, c := range d.Cards {
		cards[c.ID] = true
	}
	for _, j := range js {
		if !cards[j.Card] {
			t.Skipf("judgement is stale: regenerate (card %s is no longer in %s; see testdata/README.md)", j.Card, builtinDeck)
		}
	}
	ok, total := Precision(js)
	t.Logf("precision %d/%d = %.0f%%", ok, total, 100*float64(ok)/float64(total))
	for _, j := range js {
		if j.Verdict == VerdictBad {
			t.Logf("  bad %s: %s", j.Card, j.Reason)
		}
	}
}
