package ui

import (
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// TextField is a one-line answer box. It takes text through Ebitengine's
// textinput, which in the browser and on macOS and Windows goes through the
// system's input method, so Japanese can be typed with kana-kanji
// conversion.
type TextField struct {
	Rect Rect
	// Numeric asks a phone for its number keypad while the field has the
	// keyboard (the page's text box gets inputmode="numeric").
	Numeric bool
	field   textinput.Field
	chars   []rune
	// rev counts the changes to what the field shows (its text, the
	// composition, the caret), seen through shown, start and end.
	rev        uint64
	shown      string
	start, end int
}

// Rev changes whenever what the field shows changes: a scene lays itself
// out again then, and not on a tick when nothing was typed.
func (t *TextField) Rev() uint64 {
	s := t.field.TextForRendering()
	start, end := t.field.Selection()
	if s != t.shown || start != t.start || end != t.end {
		t.rev++
		t.shown, t.start, t.end = s, start, end
	}
	return t.rev
}

// Focus gives the field the keyboard; Blur takes it away.
func (t *TextField) Focus() { t.field.Focus() }

// Blur takes the keyboard away from the field.
func (t *TextField) Blur() { t.field.Blur() }

// Focused reports whether the field has the keyboard.
func (t *TextField) Focused() bool { return t.field.IsFocused() }

// Text is the text typed so far (without an unfinished composition).
func (t *TextField) Text() string { return t.field.Text() }

// SetText replaces the text and puts the caret at its end.
func (t *TextField) SetText(s string) { t.field.SetTextAndSelection(s, len(s), len(s)) }

// Update feeds this tick's typing to the field. The caret position tells
// the input method where to show its candidate window. Keys the input
// method did not take are handled here: Backspace, Left and Right; Enter
// is left to the scene (it submits). composing reports that the input
// method took this tick's keys or is still converting: an Enter then
// confirms a conversion and must not submit the answer.
func (t *TextField) Update(face text.Face) (composing bool, err error) {
	if !t.field.IsFocused() {
		return false, nil
	}
	showKeypad(t.Numeric)
	x, y := t.caret(face)
	handled, err := t.field.HandleInput(int(x), int(y+t.Rect.H/2))
	if t.chars = orphanChars(t.chars[:0]); len(t.chars) > 0 {
		t.insert(string(t.chars))
	}
	if _, _, converting := t.field.CompositionSelection(); err != nil || handled || converting {
		return handled || converting, err
	}
	s := t.field.Text()
	start, end := t.field.Selection()
	// In a browser the hidden text box that the input method writes to
	// takes the keyboard only at the next key release, so the first key
	// after a question appears reaches the canvas instead: keep what it
	// typed rather than lose it.
	if t.chars = strayChars(t.chars[:0]); len(t.chars) > 0 {
		t.insert(string(t.chars))
		return false, nil
	}
	switch {
	case inpututil.IsKeyJustPressed(ebiten.KeyBackspace):
		if start == end && start > 0 {
			_, n := utf8.DecodeLastRuneInString(s[:start])
			start -= n
		}
		t.field.SetTextAndSelection(s[:start]+s[end:], start, start)
	case inpututil.IsKeyJustPressed(ebiten.KeyLeft) && start > 0:
		_, n := utf8.DecodeLastRuneInString(s[:start])
		t.field.SetTextAndSelection(s, start-n, start-n)
	case inpututil.IsKeyJustPressed(ebiten.KeyRight) && end < len(s):
		_, n := utf8.DecodeRuneInString(s[end:])
		t.field.SetTextAndSelection(s, end+n, end+n)
	}
	return false, nil
}

// insert types s over the selection and puts the caret after it.
func (t *TextField) insert(typed string) {
	s := t.field.Text()
	start, end := t.field.Selection()
	t.field.SetTextAndSelection(s[:start]+typed+s[end:], start+len(typed), start+len(typed))
}

// caret is where the caret is drawn, in screen pixels.
func (t *TextField) caret(face text.Face) (x, y float64) {
	s := t.field.TextForRendering()
	start, _ := t.field.Selection()
	if cs, _, ok := t.field.CompositionSelection(); ok {
		start += cs
	}
	start = min(start, len(s))
	pad := t.Rect.H * 0.25
	return t.Rect.X + pad + text.Advance(s[:start], face), t.Rect.Y
}

// Draw draws the box, the text (with the input method's composition) and
// the caret when focused.
func (t *TextField) Draw(dst *ebiten.Image, face text.Face, size float64) {
	FillRoundRect(dst, t.Rect, size*0.3, Field)
	border := MutedInk
	if t.field.IsFocused() {
		border = Accent
	}
	vector.StrokeRect(dst, float32(t.Rect.X), float32(t.Rect.Y), float32(t.Rect.W), float32(t.Rect.H), 2, border, false)
	pad := t.Rect.H * 0.25
	op := &text.DrawOptions{}
	op.GeoM.Translate(t.Rect.X+pad, t.Rect.Y+(t.Rect.H-size)/2)
	op.ColorScale.ScaleWithColor(Ink)
	s := t.field.TextForRendering()
	text.Draw(dst, s, face, op)
	if start, end, ok := t.composition(); ok {
		// The input method's unconverted text is underlined until it is
		// committed, as every text box does.
		x0, x1 := t.Rect.X+pad+text.Advance(s[:start], face), t.Rect.X+pad+text.Advance(s[:end], face)
		y := float32(t.Rect.Y + (t.Rect.H+size)/2 + size*0.08)
		vector.StrokeLine(dst, float32(x0), y, float32(x1), y, max(1.5, float32(size)/14), Ink, false)
	}
	if t.field.IsFocused() {
		x, _ := t.caret(face)
		vector.StrokeLine(dst, float32(x), float32(t.Rect.Y+pad*0.6), float32(x), float32(t.Rect.Y+t.Rect.H-pad*0.6), 2, Accent, false)
	}
}

// composition is the byte range of the input method's unconverted text
// in TextForRendering; ok is false when nothing is being composed.
func (t *TextField) composition() (start, end int, ok bool) {
	if _, _, ok := t.field.CompositionSelection(); !ok {
		return 0, 0, false
	}
	selStart, selEnd := t.field.Selection()
	start, end = compositionRange(t.field.Text(), t.field.TextForRendering(), selStart, selEnd)
	return start, end, end > start
}

// compositionRange finds the composition in rendered: textinput draws it
// in place of the selection [selStart, selEnd) of text.
func compositionRange(text, rendered string, selStart, selEnd int) (start, end int) {
	n := len(rendered) - (len(text) - (selEnd - selStart))
	return selStart, selStart + max(n, 0)
}
