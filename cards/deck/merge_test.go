package deck

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readGood(t *testing.T) *Deck {
	t.Helper()
	d, err := Read("../../cmd/deckgen/testdata/check/good.json")
	require.NoError(t, err)
	return d
}

func TestMergeOverlappingPicksOnce(t *testing.T) {
	d := readGood(t)
	a, err := d.Subset([]string{"c-cloze", "c-mcq", "c-true"})
	require.NoError(t, err)
	b, err := d.Subset([]string{"c-true", "c-basic", "c-numeric"})
	require.NoError(t, err)
	got, err := Merge([]Named{{"a.json", a}, {"b.json", b}})
	require.NoError(t, err)
	require.NoError(t, got.Validate())
	var ids []string
	for _, c := range got.Cards {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"c-cloze", "c-mcq", "c-true", "c-basic", "c-numeric"}, ids)
	assert.Len(t, got.Facts, 3)
	assert.Len(t, got.Sources, 1)
}

func TestMergeJoinsConflicts(t *testing.T) {
	a := readGood(t)
	b := readGood(t)
	a.Facts[0].Conflicts = []string{"f-treaty"}
	b.Facts[0].Conflicts = []string{"f-trade"}
	got, err := Merge([]Named{{"a.json", a}, {"b.json", b}})
	require.NoError(t, err)
	assert.Equal(t, []string{"f-treaty", "f-trade"}, got.Facts[0].Conflicts)
	assert.Len(t, got.Cards, len(a.Cards))
}

func TestMergeClashNamesBothDecks(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(d *Deck)
		msg    string
	}{
		{"card", func(d *Deck) { d.Cards[1].Answer = "2025年3月7日" }, `card c-mcq differs between a.json and b.json: field "answer"`},
		{"fact", func(d *Deck) { d.Facts[2].Kind = KindNumber }, `fact f-trade differs between a.json and b.json: field "kind"`},
		{"source", func(d *Deck) { d.Sources[0].Date = "2025" }, `source news differs between a.json and b.json: field "date"`},
		{"language", func(d *Deck) { d.Language = "en" }, `a.json is in language "ja", b.json in "en"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := readGood(t)
			tt.change(b)
			_, err := Merge([]Named{{"a.json", readGood(t)}, {"b.json", b}})
			assert.EqualError(t, err, tt.msg)
		})
	}
}
