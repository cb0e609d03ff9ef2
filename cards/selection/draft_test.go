package selection

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDraftKeepsTheTeachersOrder(t *testing.T) {
	d := builtin(t)
	q := NewDraft(d)
	q.Filter = Filter{Tags: []string{"tariffs"}}
	offered := q.Offered()
	require.GreaterOrEqual(t, len(offered), 3)
	// Ticked last first: the quiz asks them as ticked, not in deck order.
	for _, i := range []int{2, 0, 1} {
		assert.True(t, q.Toggle(offered[i].ID))
	}
	assert.Equal(t, []string{offered[2].ID, offered[0].ID, offered[1].ID}, q.Picked())
	assert.True(t, q.Move(2, 0))
	assert.Equal(t, []string{offered[1].ID, offered[2].ID, offered[0].ID}, q.Picked())
	assert.False(t, q.Move(0, 3), "no such place")
	assert.False(t, q.Move(1, 1))

	// A picked card stays picked when the filter changes.
	q.Filter = Filter{Text: "存在しない語句"}
	assert.Empty(t, q.Offered())
	q.Title = "関税の小テスト"
	quiz, err := q.Quiz()
	require.NoError(t, err)
	require.NoError(t, quiz.Validate())
	assert.Equal(t, "関税の小テスト", quiz.Title)
	assert.Equal(t, q.Picked(), ids(quiz))

	assert.False(t, q.Toggle(offered[2].ID), "a second tick takes the card out")
	assert.Equal(t, []string{offered[1].ID, offered[0].ID}, q.Picked())
	q.Clear()
	assert.Empty(t, q.Picked())
}

func TestDraftRandomChoosesAsAssemble(t *testing.T) {
	d := builtin(t)
	q := NewDraft(d)
	q.Filter = Filter{Tags: []string{"tariffs"}}
	n, err := q.Random(20, 7)
	require.NoError(t, err)
	assert.Equal(t, 20, n)
	want, err := Assemble(d, Options{Filter: q.Filter, Count: 20, Seed: 7, Order: OrderRandom})
	require.NoError(t, err)
	assert.Equal(t, ids(want), q.Picked(), "the same cards as deckgen assemble --count 20 --seed 7 --order random")
	other := NewDraft(d)
	other.Filter = q.Filter
	_, err = other.Random(20, 8)
	require.NoError(t, err)
	assert.NotEqual(t, q.Picked(), other.Picked(), "another seed, another quiz")

	q.Filter = Filter{Text: "存在しない語句"}
	_, err = q.Random(5, 1)
	assert.Error(t, err, "nothing passes the filter")
	assert.Len(t, q.Picked(), 20, "a failed draw keeps the quiz")
}

func TestChoicesOfBuiltin(t *testing.T) {
	d := builtin(t)
	ch := ChoicesOf(d)
	assert.Contains(t, ch.Tags, "topic:trade-tariffs")
	for _, tag := range ch.Tags {
		assert.NotRegexp(t, `^(kind|type|source):`, tag)
	}
	assert.Contains(t, ch.Kinds, "date")
	assert.Equal(t, "cloze", ch.Types[0], "in deck.Types' order")
	assert.Len(t, ch.Sources, len(d.Sources))
	for _, kind := range ch.Kinds {
		f := Filter{Kinds: []string{kind}}
		assert.NotEmpty(t, f.Cards(d), "kind %s keeps a card", kind)
	}
}
