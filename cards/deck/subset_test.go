package deck_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
)

// A subset keeps its cards in the order asked, their facts, the facts
// those conflict with (so both sides still show), and those facts'
// sources; it is a valid deck on its own.
func TestSubsetKeepsWhatCardsNeed(t *testing.T) {
	d, err := deck.Read("testdata/valid.json")
	require.NoError(t, err)
	sub, err := d.Subset([]string{"c5", "c1"})
	require.NoError(t, err)
	require.NoError(t, sub.Validate())
	assert.Equal(t, []string{"c5", "c1"}, cardIDs(sub))
	var facts []string
	for _, f := range sub.Facts {
		facts = append(facts, f.ID)
	}
	assert.Equal(t, []string{"f1", "f2"}, facts, "f2 stays: f1 conflicts with it")
	assert.Len(t, sub.Sources, len(d.Sources))
	assert.Equal(t, d.Title, sub.Title)
	for text := range sub.Annotations {
		assert.Contains(t, d.Annotations, text)
	}
	assert.Len(t, d.Cards, 7, "the deck itself is left as it was")

	_, err = d.Subset([]string{"c1", "nope"})
	assert.ErrorContains(t, err, `no card "nope"`)
	_, err = d.Subset([]string{"c1", "c1"})
	assert.ErrorContains(t, err, `card "c1" is picked twice`)
}

// A teacher's pick of 50 cards from the built-in deck is a valid deck
// that fits in a link, with no fact, source or annotation it does not use.
func TestSubsetOfBuiltinDeckFitsALink(t *testing.T) {
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	sub, err := d.Subset(deck.Pick(d, 50, 1))
	require.NoError(t, err)
	require.Len(t, sub.Cards, 50)
	require.NoError(t, sub.Validate())
	used := map[string]bool{}
	for _, c := range sub.Cards {
		used[c.Fact] = true
	}
	for _, f := range sub.Facts {
		if !used[f.ID] {
			conflict := false
			for _, g := range sub.Facts {
				for _, c := range g.Conflicts {
					conflict = conflict || c == f.ID && used[g.ID]
				}
			}
			assert.True(t, conflict, "fact %s is neither asked about nor in conflict with one that is", f.ID)
		}
	}
	assert.Less(t, len(sub.Annotations), len(d.Annotations))
	payload, err := deck.EncodeLink(sub)
	require.NoError(t, err)
	back, err := deck.DecodeLink(payload)
	require.NoError(t, err)
	assert.Equal(t, cardIDs(sub), cardIDs(back))
}

func cardIDs(d *deck.Deck) []string {
	var ids []string
	for _, c := range d.Cards {
		ids = append(ids, c.ID)
	}
	return ids
}
