package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// FillRoundRect fills r with rounded corners of the given radius.
//
// The corners are quarters of a disc drawn once per radius with smooth
// edges, and the rest are plain rectangles, all in one batch. Ebitengine's
// own anti-aliasing (DrawTrianglesOptions.AntiAlias) renders each shape
// into a new offscreen image twice its size: with a dozen buttons a frame
// that cost hundreds of milliseconds in a browser's software WebGL and a
// phone's fill rate at 3 device pixels per CSS pixel.
func FillRoundRect(dst *ebiten.Image, r Rect, radius float64, clr color.Color) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	radius = max(0, min(radius, r.W/2, r.H/2))
	disc, ri := discOf(radius)
	cr, cg, cb, ca := clr.RGBA()
	col := [4]float32{float32(cr) / 0xffff, float32(cg) / 0xffff, float32(cb) / 0xffff, float32(ca) / 0xffff}

	x0, y0, x1, y1 := float32(r.X), float32(r.Y), float32(r.X+r.W), float32(r.Y+r.H)
	rd := float32(radius)
	c := float32(ri) // the disc's centre in its image, and a fully covered texel
	var b quadBatch
	// The corners: each disc quadrant scaled from ri to rd.
	b.quad(x0, y0, x0+rd, y0+rd, 0, 0, c, c, col)
	b.quad(x1-rd, y0, x1, y0+rd, c, 0, 2*c, c, col)
	b.quad(x0, y1-rd, x0+rd, y1, 0, c, c, 2*c, col)
	b.quad(x1-rd, y1-rd, x1, y1, c, c, 2*c, 2*c, col)
	// The cross between them, from the disc's solid middle.
	b.quad(x0+rd, y0, x1-rd, y1, c-0.5, c-0.5, c+0.5, c+0.5, col)
	b.quad(x0, y0+rd, x0+rd, y1-rd, c-0.5, c-0.5, c+0.5, c+0.5, col)
	b.quad(x1-rd, y0+rd, x1, y1-rd, c-0.5, c-0.5, c+0.5, c+0.5, col)
	op := &ebiten.DrawTrianglesOptions{
		ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha,
		Filter:         ebiten.FilterLinear,
		Address:        ebiten.AddressClampToZero,
	}
	dst.DrawTriangles(b.vs[:b.n*4], b.is[:b.n*6], disc, op)
}

// quadBatch holds up to seven rectangles as triangles.
type quadBatch struct {
	vs [7 * 4]ebiten.Vertex
	is [7 * 6]uint16
	n  int
}

// quad adds the destination rectangle x0,y0–x1,y1 showing the source
// rectangle sx0,sy0–sx1,sy1 tinted col; an empty one adds nothing.
func (b *quadBatch) quad(x0, y0, x1, y1, sx0, sy0, sx1, sy1 float32, col [4]float32) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	v := b.vs[b.n*4 : b.n*4+4]
	corners := [4][4]float32{{x0, y0, sx0, sy0}, {x1, y0, sx1, sy0}, {x0, y1, sx0, sy1}, {x1, y1, sx1, sy1}}
	for i, p := range corners {
		v[i] = ebiten.Vertex{DstX: p[0], DstY: p[1], SrcX: p[2], SrcY: p[3],
			ColorR: col[0], ColorG: col[1], ColorB: col[2], ColorA: col[3]}
	}
	base := uint16(b.n * 4)
	copy(b.is[b.n*6:], []uint16{base, base + 1, base + 2, base + 1, base + 3, base + 2})
	b.n++
}

// discs are white discs with smooth edges by whole radius in pixels,
// drawn when a radius is first asked for.
var discs = map[int]*ebiten.Image{}

// maxDisc bounds the discs kept: a larger corner is a disc scaled up,
// whose edge is still smooth, only less sharp.
const maxDisc = 256

// discOf returns the disc for a corner of radius r and its radius in
// pixels (at least 2, so that its middle has a fully covered texel).
func discOf(r float64) (*ebiten.Image, int) {
	ri := min(max(2, int(math.Ceil(r))), maxDisc)
	if d, ok := discs[ri]; ok {
		return d, ri
	}
	d := ebiten.NewImage(2*ri, 2*ri)
	d.WritePixels(discPixels(ri))
	discs[ri] = d
	return d, ri
}

// discPixels is a white disc of radius r centred in a 2r×2r image, as
// premultiplied RGBA: each pixel covered by the share of it inside the
// circle, from its centre's distance to the edge.
func discPixels(r int) []byte {
	n := 2 * r
	pix := make([]byte, 4*n*n)
	for y := range n {
		for x := range n {
			dx, dy := float64(x)+0.5-float64(r), float64(y)+0.5-float64(r)
			cover := min(1, max(0, float64(r)-math.Hypot(dx, dy)+0.5))
			a := byte(math.Round(cover * 255))
			i := 4 * (y*n + x)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = a, a, a, a
		}
	}
	return pix
}
