package locale

// Lang is a language the interface speaks.
type Lang int

// Languages; the zero value is Japanese, the corpus's language.
const (
	Japanese Lang = iota
	English
)

// Text is one UI string in every language the interface speaks, so none
// can be added in one language and forgotten in the other.
type Text struct{ Ja, En string }

// In is t in language l.
func (t Text) In(l Lang) string {
	if l == English {
		return t.En
	}
	return t.Ja
}

// texts lists the Text strings, both languages, for All.
func texts(ts ...Text) []string {
	out := make([]string, 0, 2*len(ts))
	for _, t := range ts {
		out = append(out, t.Ja, t.En)
	}
	return out
}
