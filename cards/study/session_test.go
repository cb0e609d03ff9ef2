package study_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

func threeCards() (*deck.Deck, []deck.Card) {
	d := &deck.Deck{Cards: []deck.Card{{ID: "a"}, {ID: "b"}, {ID: "c"}}}
	return d, d.Cards
}

func TestFlipGradeNext(t *testing.T) {
	s := study.NewSession(threeCards())
	c, ok := s.Current()
	require.True(t, ok)
	assert.Equal(t, "a", c.ID)
	assert.False(t, s.Flipped())

	assert.ErrorIs(t, s.Answer(study.Good), study.ErrNotFlipped, "grading the front is refused")
	require.NoError(t, s.Flip())
	require.NoError(t, s.Flip(), "a second flip is harmless")
	assert.True(t, s.Flipped())
	require.NoError(t, s.Answer(study.Good))

	c, _ = s.Current()
	assert.Equal(t, "b", c.ID)
	assert.False(t, s.Flipped(), "the next card starts on its front")
	assert.Equal(t, 2, s.Remaining())
	assert.Equal(t, 1, s.Reviewed())
}

func TestAgainRequeues(t *testing.T) {
	s := study.NewSession(threeCards())
	require.NoError(t, s.Flip())
	require.NoError(t, s.Answer(study.Again))
	var order []string
	for {
		c, ok := s.Current()
		if !ok {
			break
		}
		order = append(order, c.ID)
		require.NoError(t, s.Flip())
		require.NoError(t, s.Answer(study.Easy))
	}
	assert.Equal(t, []string{"b", "c", "a"}, order)
	assert.Equal(t, 1, s.Count(study.Again))
	assert.Equal(t, 3, s.Count(study.Easy))
	assert.Equal(t, 4, s.Reviewed())
	assert.ErrorIs(t, s.Flip(), study.ErrDone)
	assert.ErrorIs(t, s.Answer(study.Good), study.ErrDone)
}

func TestInvalidGrade(t *testing.T) {
	s := study.NewSession(threeCards())
	require.NoError(t, s.Flip())
	assert.Error(t, s.Answer(0))
	assert.Error(t, s.Answer(5))
	assert.Equal(t, 0, s.Count(7))
	c, _ := s.Current()
	assert.Equal(t, "a", c.ID, "a refused grade does not advance")
}

func TestNewSessionCopiesCards(t *testing.T) {
	d, cards := threeCards()
	s := study.NewSession(d, cards)
	cards[0].ID = "changed"
	c, _ := s.Current()
	assert.Equal(t, "a", c.ID)
	assert.Same(t, d, s.Deck())
}
