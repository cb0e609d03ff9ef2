package deck

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Named is a deck with the name errors give it, usually its file.
type Named struct {
	Name string
	Deck *Deck
}

// Merge joins decks into one: every source, fact, card and annotation
// once, by id (annotations by their text), in the order the decks first
// hold them. The same id with different contents is an error naming both
// decks and the first field that differs, except a fact's conflicts:
// two quizzes cut from one deck may each keep only the conflicts among
// their own facts, so a fact's conflicts are the union of both lists.
// The title is the first deck's; the languages must agree.
func Merge(decks []Named) (*Deck, error) {
	if len(decks) == 0 {
		return nil, fmt.Errorf("no deck to merge")
	}
	first := decks[0]
	out := &Deck{Format: Format, Title: first.Deck.Title, Language: first.Deck.Language}
	m := merger{sources: map[string]int{}, facts: map[string]int{}, cards: map[string]int{}, from: map[string]string{}}
	for _, n := range decks {
		if n.Deck.Language != out.Language {
			return nil, fmt.Errorf("%s is in language %s, %s in %s", first.Name, Quote(out.Language), n.Name, Quote(n.Deck.Language))
		}
		for _, s := range n.Deck.Sources {
			if err := add(&m, &out.Sources, m.sources, "source", s.ID, s, n.Name, nil); err != nil {
				return nil, err
			}
		}
		for _, f := range n.Deck.Facts {
			err := add(&m, &out.Facts, m.facts, "fact", f.ID, f, n.Name, func(old *Fact) {
				for _, c := range f.Conflicts {
					if !slices.Contains(old.Conflicts, c) {
						old.Conflicts = append(old.Conflicts, c)
					}
				}
			})
			if err != nil {
				return nil, err
			}
		}
		for _, c := range n.Deck.Cards {
			if err := add(&m, &out.Cards, m.cards, "card", c.ID, c, n.Name, nil); err != nil {
				return nil, err
			}
		}
		if err := m.annotations(out, n); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// merger remembers where each record of the merged deck is, and which
// deck it came from, to name both sides of a clash.
type merger struct {
	sources, facts, cards map[string]int
	from                  map[string]string
}

// add appends rec to list unless a record with its id is there already;
// then the two must be equal but for what join merges.
func add[T any](m *merger, list *[]T, index map[string]int, kind, id string, rec T, name string, join func(*T)) error {
	i, ok := index[id]
	if !ok {
		index[id] = len(*list)
		m.from[kind+"\x00"+id] = name
		*list = append(*list, rec)
		return nil
	}
	old := &(*list)[i]
	if join != nil {
		join(old)
	}
	if field := firstDifference(*old, rec); field != "" {
		return fmt.Errorf("%s %s differs between %s and %s: field %q", kind, Clip(id), m.from[kind+"\x00"+id], name, field)
	}
	return nil
}

// firstDifference names, by its JSON name, the first field in which a
// and b differ; fact conflicts are left to the caller (they are joined).
func firstDifference[T any](a, b T) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range va.NumField() {
		f := va.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "conflicts" {
			continue
		}
		if !reflect.DeepEqual(normalEmpty(va.Field(i)), normalEmpty(vb.Field(i))) {
			return name
		}
	}
	return ""
}

// normalEmpty makes an empty slice and a nil one compare equal, as JSON
// writes neither.
func normalEmpty(v reflect.Value) any {
	if v.Kind() == reflect.Slice && v.Len() == 0 {
		return nil
	}
	return v.Interface()
}

func (m *merger) annotations(out *Deck, n Named) error {
	for text, a := range n.Deck.Annotations {
		if out.Annotations == nil {
			out.Annotations = map[string]Annotation{}
		}
		old, ok := out.Annotations[text]
		if !ok {
			out.Annotations[text] = a
			m.from["annotation\x00"+text] = n.Name
			continue
		}
		if field := firstDifference(old, a); field != "" {
			return fmt.Errorf("annotation of %s differs between %s and %s: field %q", Quote(text), m.from["annotation\x00"+text], n.Name, field)
		}
	}
	return nil
}
