package ui

// ScrollView keeps how far content taller than its viewport is scrolled,
// so long text keeps the student's text size and moves instead of
// shrinking.
type ScrollView struct {
	// Offset is how far the content is scrolled, from 0 to Max.
	Offset        float64
	content, view float64
}

// SetSize says how tall the content and the viewport are, and keeps the
// offset within the new bounds.
func (s *ScrollView) SetSize(content, view float64) {
	s.content, s.view = content, view
	s.Offset = min(max(s.Offset, 0), s.Max())
}

// Max is the largest offset: 0 when the content fits.
func (s *ScrollView) Max() float64 { return max(s.content-s.view, 0) }

// Scrollable reports whether the content is taller than the viewport.
func (s *ScrollView) Scrollable() bool { return s.Max() > 0 }

// By scrolls by d (positive shows what is further down), stopping at
// either end, and reports whether the offset changed.
func (s *ScrollView) By(d float64) bool {
	o := min(max(s.Offset+d, 0), s.Max())
	changed := o != s.Offset
	s.Offset = o
	return changed
}

// Thumb is the part of track that stands for the viewport, for a scroll
// bar: as tall as the share of the content on show (at least a third of
// the track's width, so it can be seen), as far down as the offset.
func (s *ScrollView) Thumb(track Rect) Rect {
	if !s.Scrollable() {
		return track
	}
	h := max(track.H*s.view/s.content, track.W*3)
	h = min(h, track.H)
	y := track.Y + (track.H-h)*s.Offset/s.Max()
	return Rect{X: track.X, Y: y, W: track.W, H: h}
}
