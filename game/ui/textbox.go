package ui

import (
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"factdeck/game/layout"
)

// LineSpacing is the line height as a multiple of the font size; Japanese
// reads better with generous leading.
const LineSpacing = 1.55

// Paragraph is a piece of text to wrap into a width.
type Paragraph struct {
	Text  string
	Face  text.Face
	Size  float64
	Color color.Color
	// Phrases are rune offsets where a phrase starts: preferred breaks.
	Phrases []int
	// Center aligns each line to the middle of the box.
	Center bool
	// Mark is a byte range of Text drawn on a MarkColor background (the
	// answer within its source sentence); empty for none.
	Mark      [2]int
	MarkColor color.Color
}

// Wrapper wraps paragraphs and remembers the result, so the per-frame cost
// of drawing a card is drawing, not measuring.
type Wrapper struct {
	cache map[wrapKey][]string
}

type wrapKey struct {
	text  string
	face  text.Face
	size  float64
	width float64
}

// Lines returns p's lines for the given width.
func (w *Wrapper) Lines(p Paragraph, width float64) []string {
	key := wrapKey{p.Text, p.Face, p.Size, width}
	if lines, ok := w.cache[key]; ok {
		return lines
	}
	if w.cache == nil || len(w.cache) > 512 {
		w.cache = map[wrapKey][]string{}
	}
	lines := layout.Wrap(p.Text, width, func(s string) float64 { return text.Advance(s, p.Face) }, p.Phrases)
	w.cache[key] = lines
	return lines
}

// Height is the height p takes when wrapped into width.
func (w *Wrapper) Height(p Paragraph, width float64) float64 {
	return float64(len(w.Lines(p, width))) * p.Size * LineSpacing
}

// Draw draws p wrapped into width with its top-left corner at x, y, and
// returns the height it took.
func (w *Wrapper) Draw(dst *ebiten.Image, p Paragraph, x, y, width float64) float64 {
	lh := p.Size * LineSpacing
	off := 0 // where the line starts in p.Text, in bytes
	for i, line := range w.Lines(p, width) {
		lx := x
		if p.Center {
			lx += (width - text.Advance(line, p.Face)) / 2
		}
		if p.Mark[1] > p.Mark[0] {
			// Lines are p.Text's pieces in order, less the spaces at breaks.
			if j := strings.Index(p.Text[off:], line); j >= 0 {
				off += j
			}
			markLine(dst, p, line, off, lx, y+float64(i)*lh, lh)
			off += len(line)
		}
		// Center the glyphs vertically in their line box.
		drawLine(dst, line, p.Face, lx, y+float64(i)*lh+(lh-p.Size)/2, p.Color)
	}
	return w.Height(p, width)
}

// markLine fills the background of the part of line (which starts at
// byte start of p.Text) that p.Mark covers.
func markLine(dst *ebiten.Image, p Paragraph, line string, start int, x, y, lh float64) {
	a, b := max(p.Mark[0], start), min(p.Mark[1], start+len(line))
	if a >= b {
		return
	}
	x0 := x + text.Advance(p.Text[start:a], p.Face)
	x1 := x + text.Advance(p.Text[start:b], p.Face)
	pad := p.Size * 0.1
	FillRoundRect(dst, Rect{X: x0 - pad, Y: y + (lh-p.Size*1.25)/2, W: x1 - x0 + 2*pad, H: p.Size * 1.25}, p.Size*0.2, p.MarkColor)
}

// drawLine draws one line of text with its line box's top-left corner at
// x, y. x is rounded to a whole pixel: the faces' advances are whole pixels
// (fonts.go), so every glyph then starts on one, and Ebitengine rasterizes
// each glyph once per size instead of once per sub-pixel offset (it keeps
// up to eight), which is most of the cost of showing a new card.
func drawLine(dst *ebiten.Image, s string, face text.Face, x, y float64, clr color.Color) {
	op := &text.DrawOptions{}
	op.GeoM.Translate(math.Round(x), y)
	op.ColorScale.ScaleWithColor(clr)
	text.Draw(dst, s, face, op)
	if strikesTwice(face) {
		op.GeoM.Translate(1, 0)
		text.Draw(dst, s, face, op)
	}
}
