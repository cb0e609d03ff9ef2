package deck

import "fmt"

// Subset returns a deck of the cards with the given ids, in that order: a
// teacher's pick from a larger deck. It keeps what those cards need and
// nothing else: the facts they ask about, the facts those conflict with
// (so the app still says the sources disagree, with both sides), the
// sources of all these, and the annotations of their texts. An unknown or
// repeated id is an error naming it.
func (d *Deck) Subset(ids []string) (*Deck, error) {
	byID := make(map[string]int, len(d.Cards))
	for i, c := range d.Cards {
		byID[c.ID] = i
	}
	out := &Deck{Format: d.Format, Title: d.Title, Language: d.Language}
	keepFact := map[string]bool{}
	for _, id := range ids {
		i, ok := byID[id]
		switch {
		case !ok:
			return nil, fmt.Errorf("deck %s has no card %s", Quote(d.Title), Quote(id))
		case i < 0:
			return nil, fmt.Errorf("card %s is picked twice", Quote(id))
		}
		byID[id] = -1
		c := d.Cards[i]
		out.Cards = append(out.Cards, c)
		keepFact[c.Fact] = true
		if f, ok := d.Fact(c.Fact); ok {
			for _, other := range f.Conflicts {
				keepFact[other] = true
			}
		}
	}
	keepSource := map[string]bool{}
	for _, f := range d.Facts {
		if keepFact[f.ID] {
			// A conflict may name a fact that was not picked; its own
			// conflicts would then name facts left out, so keep only the
			// ones that stay.
			f.Conflicts = keptOnly(f.Conflicts, keepFact)
			out.Facts = append(out.Facts, f)
			keepSource[f.Source] = true
		}
	}
	for _, s := range d.Sources {
		if keepSource[s.ID] {
			out.Sources = append(out.Sources, s)
		}
	}
	out.Annotations = d.annotationsOf(out)
	return out, nil
}

// keptOnly returns the ids of list that keep holds, nil when none does.
func keptOnly(list []string, keep map[string]bool) []string {
	var out []string
	for _, id := range list {
		if keep[id] {
			out = append(out, id)
		}
	}
	return out
}

// annotationsOf returns d's annotations of the texts that sub shows, nil
// when there are none.
func (d *Deck) annotationsOf(sub *Deck) map[string]Annotation {
	if len(d.Annotations) == 0 {
		return nil
	}
	out := map[string]Annotation{}
	keep := func(texts ...string) {
		for _, s := range texts {
			if a, ok := d.Annotations[s]; ok {
				out[s] = a
			}
		}
	}
	for _, f := range sub.Facts {
		keep(f.Sentence)
	}
	for _, c := range sub.Cards {
		keep(c.Prompt, c.Answer)
		keep(c.Choices...)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
