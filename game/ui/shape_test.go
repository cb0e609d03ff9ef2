package ui

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
)

// A rounded rectangle in a translucent colour covers its middle and its
// straight edges evenly (no seam or overlap where its pieces meet), its
// corners not at all, and its curves in part: smooth, not stair-stepped.
func TestFillRoundRect(t *testing.T) {
	dst := ebiten.NewImage(60, 40)
	defer dst.Deallocate()
	half := color.RGBA{R: 0x80, A: 0x80} // red at half opacity, premultiplied
	FillRoundRect(dst, Rect{X: 5, Y: 5, W: 50, H: 30}, 10, half)

	alpha := func(x, y int) uint8 { return dst.At(x, y).(color.RGBA).A }
	for _, p := range [][2]int{{30, 20}, {6, 20}, {53, 20}, {30, 6}, {30, 33}, {15, 20}, {45, 15}, {15, 6}} {
		assert.InDelta(t, 0x80, alpha(p[0], p[1]), 2, "pixel %v", p)
	}
	for _, p := range [][2]int{{5, 5}, {54, 5}, {5, 34}, {54, 34}, {2, 20}, {30, 37}} {
		assert.Zero(t, alpha(p[0], p[1]), "pixel %v", p)
	}
	partial := 0
	for y := 5; y < 15; y++ {
		for x := 5; x < 15; x++ {
			if a := alpha(x, y); a > 2 && a < 0x7e {
				partial++
			}
		}
	}
	assert.GreaterOrEqual(t, partial, 8, "the corner's curve is blended into its background")
}

// A radius larger than the rectangle allows makes a pill, and nothing
// is drawn for an empty rectangle.
func TestFillRoundRectBounds(t *testing.T) {
	dst := ebiten.NewImage(40, 20)
	defer dst.Deallocate()
	FillRoundRect(dst, Rect{X: 0, Y: 0, W: 40, H: 20}, 100, color.White)
	assert.Equal(t, uint8(0xff), dst.At(20, 10).(color.RGBA).A)
	assert.Zero(t, dst.At(0, 0).(color.RGBA).A)
	assert.Equal(t, uint8(0xff), dst.At(1, 10).(color.RGBA).A, "the pill's end reaches the rectangle's edge")

	empty := ebiten.NewImage(10, 10)
	defer empty.Deallocate()
	FillRoundRect(empty, Rect{X: 2, Y: 2, W: 0, H: 5}, 2, color.White)
	assert.Zero(t, empty.At(2, 4).(color.RGBA).A)
}
