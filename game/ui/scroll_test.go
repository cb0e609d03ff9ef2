package ui_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/game/ui"
)

func TestScrollViewBounds(t *testing.T) {
	var s ui.ScrollView
	s.SetSize(100, 300)
	assert.False(t, s.Scrollable(), "content that fits does not scroll")
	assert.False(t, s.By(50))
	assert.Zero(t, s.Offset)

	s.SetSize(1000, 300)
	assert.Equal(t, 700.0, s.Max())
	assert.True(t, s.By(500))
	assert.True(t, s.By(500), "a scroll past the end stops at it")
	assert.Equal(t, 700.0, s.Offset)
	assert.False(t, s.By(1))
	assert.True(t, s.By(-2000))
	assert.Zero(t, s.Offset)

	s.By(600)
	s.SetSize(500, 300)
	assert.Equal(t, 200.0, s.Offset, "shorter content pulls the offset back within it")
}

func TestScrollViewThumb(t *testing.T) {
	var s ui.ScrollView
	track := ui.Rect{X: 10, Y: 100, W: 4, H: 300}
	s.SetSize(600, 300)
	assert.Equal(t, ui.Rect{X: 10, Y: 100, W: 4, H: 150}, s.Thumb(track), "half the content on show, at the top")
	s.By(300)
	assert.Equal(t, ui.Rect{X: 10, Y: 250, W: 4, H: 150}, s.Thumb(track), "at the bottom")
	s.SetSize(1e6, 300)
	assert.Equal(t, 12.0, s.Thumb(track).H, "a thumb never vanishes")
}
