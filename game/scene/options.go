package scene

import (
	"image/color"

	"factdeck/cards/deck"
	"factdeck/game/ui"
)

// optionList lays out tappable options (quiz choices, items to order or
// match) one under another in a column, each as tall as its wrapped text.
type optionList struct {
	// d annotates the options with phrase starts and readings; nil for
	// none.
	d     *deck.Deck
	texts []string
	rects []ui.Rect
	size  float64
}

// layoutOptions fits texts into col, shrinking the text until the list
// fits; each option is tall enough for a finger.
func layoutOptions(ctx *Context, d *deck.Deck, texts []string, col ui.Rect) optionList {
	return fitOptions(ctx, d, texts, col, ctx.targetSize())
}

// layoutShownOptions is layoutOptions for options that are only shown
// (the answered question's, beside its explanation): no finger needs
// their room, which the explanation on a small screen does.
func layoutShownOptions(ctx *Context, d *deck.Deck, texts []string, col ui.Rect) optionList {
	return fitOptions(ctx, d, texts, col, 0)
}

// fitOptions shrinks the text until the list, each option at least least
// tall, fits in col.
func fitOptions(ctx *Context, d *deck.Deck, texts []string, col ui.Rect, least float64) optionList {
	var list optionList
	for scale := 1.0; scale >= 0.55; scale -= 0.09 {
		list = placeOptions(ctx, d, texts, col, ctx.Unit()*scale, least)
		if len(list.rects) == 0 || list.bottom() <= col.Y+col.H {
			break
		}
	}
	return list
}

func placeOptions(ctx *Context, d *deck.Deck, texts []string, col ui.Rect, size, least float64) optionList {
	list := optionList{d: d, texts: texts, size: size}
	pad, gap := size*0.5, size*0.4
	y := col.Y
	for _, t := range texts {
		h := ctx.Wrap.Height(list.paragraph(ctx, t, nil), col.W-2*pad) + 2*pad*0.6
		// However small the text gets, a finger still needs the room.
		h = max(h, least)
		list.rects = append(list.rects, ui.Rect{X: col.X, Y: y, W: col.W, H: h})
		y += h + gap
	}
	return list
}

func (l optionList) bottom() float64 {
	if len(l.rects) == 0 {
		return 0
	}
	last := l.rects[len(l.rects)-1]
	return last.Y + last.H
}

// add puts option i into v as target id, with text (its label, or what
// the answer being built makes of it) on background bg in colour fg; an
// empty id shows the option without making it tappable.
func (l optionList) add(v *view, ctx *Context, i int, id, text string, bg, fg color.Color) {
	r := l.rects[i]
	pad := l.size * 0.5
	v.fill(r, l.size*0.4, bg)
	p := l.paragraph(ctx, text, fg)
	v.text(ctx, p, r.X+pad, r.Y+pad*0.6, r.W-2*pad, ui.Rect{})
	if id != "" {
		v.target(id, r)
	}
}

// paragraph sets an option's text in colour fg, annotated from the deck.
func (l optionList) paragraph(ctx *Context, text string, fg color.Color) ui.Paragraph {
	p := ui.Paragraph{Text: text, Face: ctx.Fonts.Face(l.size, false), Size: l.size, Color: fg}
	dress(ctx, &p, shown(l.d, text, roleChoice))
	return p
}
