package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Tabs is a row of choices of which exactly one is picked (a segmented
// control): the language, the text size, the theme.
type Tabs struct {
	Rect     Rect
	Labels   []string
	Selected int
	// Cols is how many choices share a row; 0 puts all in one row. A
	// narrow screen with long labels wraps them into rows of Cols, which
	// share Rect's height.
	Cols int
}

// Rows is how many rows the choices take.
func (t *Tabs) Rows() int {
	cols := t.cols()
	return (len(t.Labels) + cols - 1) / max(cols, 1)
}

func (t *Tabs) cols() int {
	if t.Cols <= 0 || t.Cols > len(t.Labels) {
		return len(t.Labels)
	}
	return t.Cols
}

// Rects are the choices' rectangles, row by row, left to right.
func (t *Tabs) Rects() []Rect {
	if len(t.Labels) == 0 {
		return nil
	}
	cols, rows := t.cols(), t.Rows()
	h := t.Rect.H / float64(rows)
	out := make([]Rect, 0, len(t.Labels))
	for r := range rows {
		row := Rect{X: t.Rect.X, Y: t.Rect.Y + float64(r)*h, W: t.Rect.W, H: h}
		out = append(out, row.SplitH(cols, 0)...)
	}
	return out[:len(t.Labels)]
}

// Select picks choice i and reports whether the pick changed; an i out of
// range changes nothing.
func (t *Tabs) Select(i int) bool {
	if i < 0 || i >= len(t.Labels) || i == t.Selected {
		return false
	}
	t.Selected = i
	return true
}

// Move picks the choice d places along, stopping at either end (the arrow
// keys), and reports whether the pick changed.
func (t *Tabs) Move(d int) bool {
	return t.Select(min(max(t.Selected+d, 0), len(t.Labels)-1))
}

// Draw paints the row: the picked choice filled in Accent and underlined,
// the others in Track.
func (t *Tabs) Draw(dst *ebiten.Image, face text.Face, size float64) {
	rs := t.Rects()
	FillRoundRect(dst, t.Rect, size*0.5, Track)
	for i, r := range rs {
		if i == t.Selected {
			// A bar under the label marks the pick without relying on colour.
			FillRoundRect(dst, r, size*0.5, Accent)
			w := min(r.W*0.5, text.Advance(t.Labels[i], face))
			FillRoundRect(dst, Rect{X: r.X + (r.W-w)/2, Y: r.Y + r.H - size*0.45, W: w, H: size * 0.12}, size*0.06, OnAccent)
		}
		l := t.Labels[i]
		drawLine(dst, l, face, r.X+(r.W-text.Advance(l, face))/2, r.Y+(r.H-size)/2, OnAccent)
	}
}
