package generate

import (
	"factdeck/cards/deck"
)

// numeric asks for the number of an amount or a year, typed without its
// unit; an approximate figure (約) is right within a tolerance.
func (b *builder) numeric(f *fact) (made, bool) {
	sh, ok := shapeOf(f)
	if !ok || rangeEnd(f) {
		return made{}, false
	}
	var a amount
	switch {
	case sh.class == classAmount:
		a = sh.amount
	case sh.class == classDate && sh.date.shape() == "y":
		a = amount{value: float64(sh.date.y), unit: "年"}
	case sh.class == classDate && sh.date.shape() == "yf":
		a = amount{value: float64(sh.date.y), unit: "年度"}
	default:
		return made{}, false
	}
	q := questionFor(sh)
	if sh.class == classDate {
		q = question{ask: askHowMany, counter: a.unit} // 何年, 何年度
	}
	q.bound, q.number = boundAfter(f), true
	prompt, direct, ok := b.ask(f, sh, q)
	if !ok {
		return made{}, false
	}
	c := deck.Card{Type: deck.TypeNumeric, Prompt: prompt, Answer: a.plain(), Unit: a.unit, Tolerance: a.tolerance()}
	return made{card: c, fact: f, quality: b.quality(f, c, direct)}, true
}
