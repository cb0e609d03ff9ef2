package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// FillRoundRect fills r with rounded corners of the given radius.
func FillRoundRect(dst *ebiten.Image, r Rect, radius float64, clr color.Color) {
	radius = min(radius, r.W/2, r.H/2)
	var p vector.Path
	x0, y0, x1, y1 := float32(r.X), float32(r.Y), float32(r.X+r.W), float32(r.Y+r.H)
	rd := float32(radius)
	p.MoveTo(x0+rd, y0)
	p.LineTo(x1-rd, y0)
	p.Arc(x1-rd, y0+rd, rd, -math.Pi/2, 0, vector.Clockwise)
	p.LineTo(x1, y1-rd)
	p.Arc(x1-rd, y1-rd, rd, 0, math.Pi/2, vector.Clockwise)
	p.LineTo(x0+rd, y1)
	p.Arc(x0+rd, y1-rd, rd, math.Pi/2, math.Pi, vector.Clockwise)
	p.LineTo(x0, y0+rd)
	p.Arc(x0+rd, y0+rd, rd, math.Pi, 3*math.Pi/2, vector.Clockwise)
	p.Close()
	vs, is := p.AppendVerticesAndIndicesForFilling(nil, nil)
	cr, cg, cb, ca := clr.RGBA()
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR = float32(cr) / 0xffff
		vs[i].ColorG = float32(cg) / 0xffff
		vs[i].ColorB = float32(cb) / 0xffff
		vs[i].ColorA = float32(ca) / 0xffff
	}
	op := &ebiten.DrawTrianglesOptions{AntiAlias: true}
	dst.DrawTriangles(vs, is, whitePixel, op)
}

// whitePixel is the source image for solid-colour triangles: the 1,1 pixel
// of a 3x3 white image, away from the edges so filtering never bleeds.
var whitePixel = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(img.Bounds()).(*ebiten.Image)
}()
