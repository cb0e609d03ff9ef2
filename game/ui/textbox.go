package ui

import (
	"image/color"
	"math"
	"strings"
	"unicode/utf8"

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
	// Ruby are readings set above words (furigana), drawn in RubyFace;
	// none are drawn while RubyFace is nil.
	Ruby     []layout.Ruby
	RubyFace text.Face
	// Center aligns each line to the middle of the box.
	Center bool
	// Mark is a byte range of Text drawn on a MarkColor background (the
	// answer within its source sentence); empty for none.
	Mark      [2]int
	MarkColor color.Color
}

// RubyScale is the size of furigana against the text's: half, as printed
// books set it.
const RubyScale = 0.5

// rubyRoom is the height a line with furigana gains, as a multiple of the
// text size: the ruby's own height less the part of the leading it uses.
const rubyRoom = RubyScale * 0.8

// Wrapper wraps paragraphs and remembers the result, so the per-frame cost
// of drawing a card is drawing, not measuring.
type Wrapper struct {
	cache map[wrapKey]*wrapped
}

type wrapKey struct {
	text  string
	face  text.Face
	size  float64
	width float64
	// ruby is whether the text was wrapped around furigana, which keeps
	// words whole and measures the readings.
	ruby bool
}

// wrapped is a paragraph broken into lines, with where each line starts in
// the text (bytes) and the readings set above it.
type wrapped struct {
	lines  []string
	starts []int
	ruby   [][]placedRuby
}

// placedRuby is a reading placed above its word: x from the line's left,
// squeezed to scale where it is much wider than the word.
type placedRuby struct {
	reading  string
	x, scale float64
}

func (p Paragraph) hasRuby() bool { return p.RubyFace != nil && len(p.Ruby) > 0 }

// Lines returns p's lines for the given width.
func (w *Wrapper) Lines(p Paragraph, width float64) []string { return w.wrap(p, width).lines }

func (w *Wrapper) wrap(p Paragraph, width float64) *wrapped {
	key := wrapKey{p.Text, p.Face, p.Size, width, p.hasRuby()}
	if got, ok := w.cache[key]; ok {
		return got
	}
	if w.cache == nil || len(w.cache) > 512 {
		w.cache = map[wrapKey]*wrapped{}
	}
	measure := func(s string) float64 { return text.Advance(s, p.Face) }
	var kept []layout.Span
	if key.ruby {
		for _, r := range p.Ruby {
			kept = append(kept, layout.Span{Start: r.Start, End: r.End})
		}
	}
	out := &wrapped{lines: layout.WrapKept(p.Text, width, measure, p.Phrases, kept)}
	off := 0
	for _, line := range out.lines {
		// Lines are p.Text's pieces in order, less the spaces at breaks.
		if j := strings.Index(p.Text[off:], line); j >= 0 {
			off += j
		}
		out.starts = append(out.starts, off)
		if key.ruby {
			out.ruby = append(out.ruby, placeRuby(p, off, line))
		}
		off += len(line)
	}
	w.cache[key] = out
	return out
}

// placeRuby centres each reading of p that falls on line (which starts at
// byte start of p.Text) over its word. A reading may overhang its word by
// half a ruby character on each side; a longer one is squeezed, so two
// readings side by side never run into each other.
func placeRuby(p Paragraph, start int, line string) []placedRuby {
	var out []placedRuby
	lineStart := utf8.RuneCountInString(p.Text[:start])
	lineEnd := lineStart + utf8.RuneCountInString(line)
	for _, r := range p.Ruby {
		if r.Start < lineStart || r.End > lineEnd || r.Start >= r.End {
			continue
		}
		a := start + byteOffset(line, r.Start-lineStart)
		b := start + byteOffset(line, r.End-lineStart)
		x0 := text.Advance(p.Text[start:a], p.Face)
		base := text.Advance(p.Text[a:b], p.Face)
		rw := text.Advance(r.Reading, p.RubyFace)
		room := base + p.Size*RubyScale
		scale := 1.0
		if rw > room {
			scale, rw = room/rw, room
		}
		out = append(out, placedRuby{reading: r.Reading, x: x0 + (base-rw)/2, scale: scale})
	}
	return out
}

// byteOffset is where rune n of s starts, in bytes.
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// lineHeight is the height of line i of wrapped text: taller where
// furigana stand above it.
func (p Paragraph) lineHeight(wr *wrapped, i int) float64 {
	lh := p.Size * LineSpacing
	if i < len(wr.ruby) && len(wr.ruby[i]) > 0 {
		lh += p.Size * rubyRoom
	}
	return lh
}

// Height is the height p takes when wrapped into width.
func (w *Wrapper) Height(p Paragraph, width float64) float64 {
	wr := w.wrap(p, width)
	h := 0.0
	for i := range wr.lines {
		h += p.lineHeight(wr, i)
	}
	return h
}

// Draw draws p wrapped into width with its top-left corner at x, y, and
// returns the height it took.
func (w *Wrapper) Draw(dst *ebiten.Image, p Paragraph, x, y, width float64) float64 {
	wr := w.wrap(p, width)
	top := y
	for i, line := range wr.lines {
		lh := p.lineHeight(wr, i)
		// The text sits at the bottom of a taller line, its ruby above it.
		room := lh - p.Size*LineSpacing
		lx := x
		if p.Center {
			lx += (width - text.Advance(line, p.Face)) / 2
		}
		if p.Mark[1] > p.Mark[0] {
			markLine(dst, p, line, wr.starts[i], lx, y+room, p.Size*LineSpacing)
		}
		// Center the glyphs vertically in their line box.
		glyphTop := y + room + (p.Size*LineSpacing-p.Size)/2
		drawLine(dst, line, p.Face, lx, glyphTop, p.Color)
		if i < len(wr.ruby) {
			for _, r := range wr.ruby[i] {
				drawRuby(dst, r, p, lx, glyphTop-p.Size*(RubyScale+0.08))
			}
		}
		y += lh
	}
	return y - top
}

// drawRuby draws a reading with its line box's top at y, left of its word
// at lx plus its offset.
func drawRuby(dst *ebiten.Image, r placedRuby, p Paragraph, lx, y float64) {
	op := &text.DrawOptions{}
	op.GeoM.Scale(r.scale, 1)
	op.GeoM.Translate(math.Round(lx+r.x), y)
	op.ColorScale.ScaleWithColor(p.Color)
	text.Draw(dst, r.reading, p.RubyFace, op)
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
