package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
)

// The icon: two cards, one tilted behind the other, on the app's
// background, with three accent lines as text on the front card. Drawn in
// unit coordinates (0..1) so every size is the same picture. The
// background fills the square and the cards stay inside the central circle
// of radius 0.4, so the same image serves as a maskable icon, which
// Android crops to a circle or a rounded square.
var (
	iconBackground = color.NRGBA{0x1e, 0x24, 0x33, 0xff} // ui.Background
	iconBackCard   = color.NRGBA{0x3a, 0x42, 0x55, 0xff} // ui.Track
	iconFrontCard  = color.NRGBA{0xfa, 0xf7, 0xf0, 0xff} // ui.CardFace
	iconInk        = color.NRGBA{0x2b, 0x6c, 0xd6, 0xff} // ui.Accent
)

// iconSizes are the PNG sizes the manifest lists: 192 for the home
// screen, 512 for the splash screen and stores.
var iconSizes = []int{192, 512}

// roundRect is a rectangle with rounded corners, centred at (cx, cy),
// turned by angle radians.
type roundRect struct {
	cx, cy, w, h, r, angle float64
	fill                   color.NRGBA
}

var iconShapes = []roundRect{
	{cx: 0.54, cy: 0.49, w: 0.42, h: 0.54, r: 0.05, angle: 10 * math.Pi / 180, fill: iconBackCard},
	{cx: 0.46, cy: 0.51, w: 0.42, h: 0.54, r: 0.05, fill: iconFrontCard},
	{cx: 0.46, cy: 0.40, w: 0.26, h: 0.045, r: 0.0225, fill: iconInk},
	{cx: 0.46, cy: 0.50, w: 0.26, h: 0.045, r: 0.0225, fill: iconInk},
	{cx: 0.41, cy: 0.60, w: 0.16, h: 0.045, r: 0.0225, fill: iconInk},
}

// distance is the signed distance from (x, y) to the shape's edge,
// negative inside.
func (s roundRect) distance(x, y float64) float64 {
	dx, dy := x-s.cx, y-s.cy
	sin, cos := math.Sincos(-s.angle)
	px, py := math.Abs(dx*cos-dy*sin), math.Abs(dx*sin+dy*cos)
	qx, qy := px-s.w/2+s.r, py-s.h/2+s.r
	outside := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
	return outside + math.Min(math.Max(qx, qy), 0) - s.r
}

// drawIcon paints the icon at size x size pixels, each shape's edge
// anti-aliased over one pixel.
func drawIcon(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	px := 1 / float64(size)
	for y := range size {
		for x := range size {
			ux, uy := (float64(x)+0.5)*px, (float64(y)+0.5)*px
			c := iconBackground
			for _, s := range iconShapes {
				cover := math.Min(math.Max(0.5-s.distance(ux, uy)/px, 0), 1)
				c = mix(c, s.fill, cover)
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

// mix blends top over bottom (both opaque) with coverage a.
func mix(bottom, top color.NRGBA, a float64) color.NRGBA {
	ch := func(b, t uint8) uint8 { return uint8(math.Round(float64(b)*(1-a) + float64(t)*a)) }
	return color.NRGBA{ch(bottom.R, top.R), ch(bottom.G, top.G), ch(bottom.B, top.B), 0xff}
}

// iconPNG encodes the icon at size; the output depends only on size.
func iconPNG(size int) ([]byte, error) {
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&b, drawIcon(size)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
