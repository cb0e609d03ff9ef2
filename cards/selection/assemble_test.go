package selection

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

func ids(d *deck.Deck) []string {
	var out []string
	for _, c := range d.Cards {
		out = append(out, c.ID)
	}
	return out
}

func TestAssembleKeepsProvenance(t *testing.T) {
	d := builtin(t)
	quiz, err := Assemble(d, Options{Filter: Filter{Tags: []string{"tariffs"}}, Count: 20, Seed: 7, Title: "関税クイズ"})
	require.NoError(t, err)
	require.NoError(t, quiz.Validate())
	assert.Equal(t, "関税クイズ", quiz.Title)
	require.Len(t, quiz.Cards, 20)
	facts := map[string]bool{}
	for _, c := range quiz.Cards {
		assert.Contains(t, c.Tags, "topic:trade-tariffs")
		orig, ok := d.Fact(c.Fact)
		require.True(t, ok)
		got, ok := quiz.Fact(c.Fact)
		require.True(t, ok, "card %s keeps its fact", c.ID)
		assert.Equal(t, orig.Sentence, got.Sentence)
		_, ok = quiz.Source(got.Source)
		assert.True(t, ok, "fact %s keeps its source", got.ID)
		for _, other := range orig.Conflicts {
			_, ok := quiz.Fact(other)
			assert.True(t, ok, "fact %s keeps the fact %s it conflicts with", got.ID, other)
		}
		facts[c.Fact] = true
	}
	assert.Len(t, facts, 20, "one card per fact while the filter leaves enough facts")
}

func TestAssembleConflictsSurvive(t *testing.T) {
	d := builtin(t)
	quiz, err := Assemble(d, Options{Filter: Filter{Tags: []string{"caveat:disputed"}}})
	require.NoError(t, err)
	conflicts := 0
	for _, f := range quiz.Facts {
		conflicts += len(f.Conflicts)
	}
	assert.Positive(t, conflicts)
}

func TestAssembleSeedAndOrder(t *testing.T) {
	d := builtin(t)
	opts := Options{Count: 30, Seed: 3, Order: OrderRandom}
	a, err := Assemble(d, opts)
	require.NoError(t, err)
	b, err := Assemble(d, opts)
	require.NoError(t, err)
	assert.Equal(t, ids(a), ids(b), "the same seed gives the same quiz")
	opts.Seed = 4
	c, err := Assemble(d, opts)
	require.NoError(t, err)
	assert.NotEqual(t, ids(a), ids(c))

	timeline, err := Assemble(d, Options{Order: OrderTimeline})
	require.NoError(t, err)
	var last string
	undated := false
	for _, card := range timeline.Cards {
		date := dateOf(timeline, card)
		if date == "" {
			undated = true
			continue
		}
		assert.False(t, undated, "undated cards come last")
		assert.GreaterOrEqual(t, date, last)
		last = date
	}

	easy, err := Assemble(d, Options{Order: OrderDifficulty})
	require.NoError(t, err)
	assert.Equal(t, deck.TypeTrueFalse, easy.Cards[0].Type)
	assert.Equal(t, deck.TypeNumeric, easy.Cards[len(easy.Cards)-1].Type)

	bySource, err := Assemble(d, Options{Order: OrderSource})
	require.NoError(t, err)
	pos := map[string]int{}
	for i, s := range d.Sources {
		pos[s.ID] = i
	}
	prev := 0
	for _, card := range bySource.Cards {
		p := pos[sourceOf(d, card)]
		assert.GreaterOrEqual(t, p, prev)
		prev = p
	}
}

func TestAssembleCountBeyondFactsFillsFromTheRest(t *testing.T) {
	d := builtin(t)
	all := (&Filter{Tags: []string{"tariffs"}}).Cards(d)
	quiz, err := Assemble(d, Options{Filter: Filter{Tags: []string{"tariffs"}}, Count: len(all) - 1})
	require.NoError(t, err)
	assert.Len(t, quiz.Cards, len(all)-1)
}

func TestAssembleErrors(t *testing.T) {
	d := builtin(t)
	_, err := Assemble(d, Options{Order: "alphabet"})
	assert.ErrorContains(t, err, `order "alphabet"`)
	_, err = Assemble(d, Options{Count: -1})
	assert.ErrorContains(t, err, "count -1")
	_, err = Assemble(d, Options{Filter: Filter{Text: "zzz-none"}})
	assert.ErrorContains(t, err, "no card passes the filter")
}
