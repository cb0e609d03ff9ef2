package scene

import (
	"unicode/utf8"

	"factdeck/cards/deck"
	"factdeck/game/layout"
	"factdeck/game/ui"
)

// cardText is a text of a card as a screen shows it, with what the deck
// knows about how to set it.
type cardText struct {
	text string
	role role
	// breaks are phrase starts (rune offsets) from the deck's annotations.
	breaks []int
	// ruby are the readings of its harder words (furigana), shown when
	// the student has them on.
	ruby []layout.Ruby
	// mark is a byte range of text to highlight (the answer in its
	// sentence); empty for none.
	mark [2]int
}

// annotated is a deck text with its phrase starts and readings, shifted by
// the runes put before it (a choice letter, an opening quote). A nil deck
// annotates nothing.
func annotated(d *deck.Deck, prefix, text, suffix string, r role) cardText {
	t := cardText{text: prefix + text + suffix, role: r}
	if d == nil {
		return t
	}
	shift := utf8.RuneCountInString(prefix)
	a := d.Annotations[text]
	for _, b := range a.Breaks {
		t.breaks = append(t.breaks, b+shift)
	}
	for _, rb := range a.Ruby {
		t.ruby = append(t.ruby, layout.Ruby{Start: rb.Start + shift, End: rb.End + shift, Reading: rb.Reading})
	}
	return t
}

// shown annotates a label as a quiz shows it: the deck's text itself, or
// the text after the number its key gives it ("2. 関税").
func shown(d *deck.Deck, label string, r role) cardText {
	if d == nil {
		return cardText{text: label, role: r}
	}
	if _, ok := d.Annotations[label]; ok {
		return annotated(d, "", label, "", r)
	}
	if prefix, rest, ok := numberPrefix(label); ok {
		return annotated(d, prefix, rest, "", r)
	}
	return cardText{text: label, role: r}
}

// numberPrefix splits "12. text" into "12. " and "text".
func numberPrefix(label string) (prefix, rest string, ok bool) {
	i := 0
	for i < len(label) && label[i] >= '0' && label[i] <= '9' {
		i++
	}
	if i == 0 || i+2 > len(label) || label[i:i+2] != ". " {
		return "", "", false
	}
	return label[:i+2], label[i+2:], true
}

// dress sets t's phrase starts on p, and its readings above the words
// when the student has furigana on.
func dress(ctx *Context, p *ui.Paragraph, t cardText) {
	p.Phrases = t.breaks
	if len(t.ruby) > 0 && ctx.Settings().Furigana {
		p.Ruby, p.RubyFace = t.ruby, ctx.Fonts.Face(p.Size*ui.RubyScale, false)
	}
}
