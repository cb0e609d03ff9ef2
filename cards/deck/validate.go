package deck

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// FieldError is one validation problem: which record and field, and what is wrong.
type FieldError struct {
	// Record names the record at fault: "deck", "source s1", "fact f1", "card c1".
	Record string
	Field  string
	Msg    string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s: field %q: %s", e.Record, e.Field, e.Msg)
}

// Validate checks the whole deck and reports every problem it finds, each
// as a *FieldError (joined with errors.Join), so a teacher fixing a file by
// hand sees them all at once.
func (d *Deck) Validate() error {
	v := &validator{}
	v.deck(d)
	sources := v.sources(d.Sources)
	facts := v.facts(d.Facts, sources)
	v.cards(d.Cards, facts)
	v.annotations(d.Annotations)
	return errors.Join(v.errs...)
}

type validator struct{ errs []error }

var deckRecord = record{kind: "deck"}

// record identifies the record being checked. Its name is made only for an
// error: making it for every record was most of what Validate allocated,
// and the app validates its deck before its first frame.
type record struct {
	kind string // "deck", "source", "fact", "card" or "annotation"
	id   string // the record's id, or an annotation's text
	i    int    // position in its list, to name a record without an id
}

// name names a record by id, or by position when the id is missing;
// an annotation by its text.
func (r record) name() string {
	switch {
	case r.kind == "deck":
		return "deck"
	case r.kind == "annotation":
		return fmt.Sprintf("annotation %q", r.id)
	case r.id == "":
		return fmt.Sprintf("%s #%d", r.kind, r.i+1)
	}
	return r.kind + " " + r.id
}

func (v *validator) add(rec record, field, format string, args ...any) {
	v.errs = append(v.errs, &FieldError{Record: rec.name(), Field: field, Msg: fmt.Sprintf(format, args...)})
}

// text rejects empty and non-UTF-8 strings.
func (v *validator) text(rec record, field, s string) {
	switch {
	case strings.TrimSpace(s) == "":
		v.add(rec, field, "is empty")
	case !utf8.ValidString(s):
		v.add(rec, field, "is not valid UTF-8")
	}
}

func (v *validator) deck(d *Deck) {
	if d.Format != Format {
		v.add(deckRecord, "format", "is %q, want %q", d.Format, Format)
	}
	v.text(deckRecord, "title", d.Title)
	if d.Language == "" {
		v.add(deckRecord, "language", "is empty")
	}
}

func (v *validator) sources(list []Source) map[string]bool {
	seen := map[string]bool{}
	for i, s := range list {
		rec := record{"source", s.ID, i}
		v.id(rec, s.ID, seen)
		v.text(rec, "file", s.File)
		v.text(rec, "title", s.Title)
		if s.Date != "" && !validDate(s.Date) {
			v.add(rec, "date", "is %q, want YYYY, YYYY-MM or YYYY-MM-DD", s.Date)
		}
	}
	return seen
}

func (v *validator) facts(list []Fact, sources map[string]bool) map[string]bool {
	seen := map[string]bool{}
	for i, f := range list {
		v.id(record{"fact", f.ID, i}, f.ID, seen)
	}
	for i, f := range list {
		rec := record{"fact", f.ID, i}
		if !sources[f.Source] {
			v.add(rec, "source", "names unknown source %q", f.Source)
		}
		v.text(rec, "sentence", f.Sentence)
		if !contains(Kinds, f.Kind) {
			v.add(rec, "kind", "is %q, want one of %s", f.Kind, strings.Join(Kinds, ", "))
		}
		if f.Key != "" && !strings.Contains(f.Sentence, f.Key) {
			v.add(rec, "key", "%q does not stand in the sentence", f.Key)
		}
		if f.Date != "" && !validDate(f.Date) {
			v.add(rec, "date", "is %q, want YYYY, YYYY-MM or YYYY-MM-DD", f.Date)
		}
		for _, c := range f.Conflicts {
			switch {
			case c == f.ID:
				v.add(rec, "conflicts", "lists the fact itself")
			case !seen[c]:
				v.add(rec, "conflicts", "names unknown fact %q", c)
			}
		}
	}
	return seen
}

func (v *validator) cards(list []Card, facts map[string]bool) {
	seen := map[string]bool{}
	for i, c := range list {
		rec := record{"card", c.ID, i}
		v.id(rec, c.ID, seen)
		if !facts[c.Fact] {
			v.add(rec, "fact", "names unknown fact %q", c.Fact)
		}
		v.text(rec, "prompt", c.Prompt)
		v.text(rec, "answer", c.Answer)
		if !(c.Tolerance >= 0) { // also rejects NaN
			v.add(rec, "tolerance", "is %v, want 0 or more", c.Tolerance)
		}
		v.cardType(rec, c)
	}
}

// cardType checks what each card type promises about its answer and choices.
func (v *validator) cardType(rec record, c Card) {
	switch c.Type {
	case TypeCloze:
		if !strings.Contains(c.Prompt, Blank) {
			v.add(rec, "prompt", "cloze prompt has no blank %s", Blank)
		}
		v.noChoices(rec, c)
	case TypeBasic:
		v.noChoices(rec, c)
	case TypeMCQ:
		v.choices(rec, c, 2)
		if n := count(c.Choices, c.Answer); n != 1 {
			v.add(rec, "choices", "hold the answer %d times, want exactly once", n)
		}
	case TypeTrueFalse:
		if c.Answer != "true" && c.Answer != "false" {
			v.add(rec, "answer", "is %q, want \"true\" or \"false\"", c.Answer)
		}
		v.noChoices(rec, c)
	case TypeNumeric:
		if _, err := strconv.ParseFloat(c.Answer, 64); err != nil {
			v.add(rec, "answer", "is %q, want a number", c.Answer)
		}
		v.noChoices(rec, c)
	case TypeOrder:
		v.choices(rec, c, 2)
		if len(c.Items) > 0 && !sameItems(c.Items, c.Choices) {
			v.add(rec, "items", "are not the card's choices in another order")
		}
	case TypeMatch:
		v.choices(rec, c, 2)
		for _, p := range c.Pairs {
			if strings.TrimSpace(p.Left) == "" || strings.TrimSpace(p.Right) == "" {
				v.add(rec, "pairs", "hold a pair with an empty side")
			}
		}
	default:
		v.add(rec, "type", "is %q, want one of %s", c.Type, strings.Join(Types, ", "))
	}
}

// sameItems reports whether b holds a's items, each as often, in any order.
func sameItems(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, x := range a {
		n[x]++
	}
	for _, x := range b {
		n[x]--
	}
	for _, k := range n {
		if k != 0 {
			return false
		}
	}
	return true
}

func (v *validator) noChoices(rec record, c Card) {
	if len(c.Choices) > 0 {
		v.add(rec, "choices", "a %s card has no choices", c.Type)
	}
}

func (v *validator) choices(rec record, c Card, min int) {
	if len(c.Choices) < min {
		v.add(rec, "choices", "has %d, want at least %d", len(c.Choices), min)
	}
	seen := map[string]bool{}
	for _, ch := range c.Choices {
		if strings.TrimSpace(ch) == "" {
			v.add(rec, "choices", "holds an empty choice")
		}
		if seen[ch] {
			v.add(rec, "choices", "repeat %q", ch)
		}
		seen[ch] = true
	}
}

func (v *validator) id(rec record, id string, seen map[string]bool) {
	switch {
	case id == "":
		v.add(rec, "id", "is empty")
	case seen[id]:
		v.add(rec, "id", "is used twice")
	}
	seen[id] = true
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

func validDate(s string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) == len(layout) {
			if _, err := time.Parse(layout, s); err == nil {
				return true
			}
		}
	}
	return false
}

// annotations checks that breaks and ruby spans fall inside their text and
// in order, so the app can trust them without checking again.
func (v *validator) annotations(list map[string]Annotation) {
	for text, a := range list {
		rec := record{kind: "annotation", id: text}
		n := utf8.RuneCountInString(text)
		prev := 0
		for _, b := range a.Breaks {
			if b <= prev || b >= n {
				v.add(rec, "breaks", "offset %d is out of order or outside 1..%d", b, n-1)
			}
			prev = b
		}
		end := 0
		for _, r := range a.Ruby {
			if r.Start < end || r.End <= r.Start || r.End > n {
				v.add(rec, "ruby", "span %d-%d overlaps or lies outside the text", r.Start, r.End)
			}
			if r.Reading == "" {
				v.add(rec, "ruby", "span %d-%d has no reading", r.Start, r.End)
			}
			end = r.End
		}
	}
}
