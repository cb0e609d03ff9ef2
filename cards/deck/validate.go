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
	// err is a sentinel the problem is an instance of (ErrEmpty), if any.
	err error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s: field %q: %s", e.Record, e.Field, e.Msg)
}

// Unwrap lets callers tell an empty deck (ErrEmpty) from other problems.
func (e *FieldError) Unwrap() error { return e.err }

// ErrEmpty is wrapped by Validate's error for a deck whose only problem is
// that it has no cards or no facts: a deck made right, with nothing to
// study in it (a build from documents that gave no cards). A deck with
// other problems as well is reported as those, and is not ErrEmpty: a
// file of another kind has no cards either, but is no deck.
var ErrEmpty = errors.New("deck is empty")

// MaxReported is how many problems Validate reports one by one. A deck
// made or damaged by a program can have millions; a teacher fixing a file
// by hand fixes the first few and runs the check again, and a message
// listing them all could take more memory than the app has.
const MaxReported = 10

// MoreErrors ends Validate's error when it found more than MaxReported
// problems: it says how many were left out.
type MoreErrors struct{ N int }

func (e *MoreErrors) Error() string {
	return fmt.Sprintf("and %d more problems", e.N)
}

// Validate checks the whole deck and reports the first MaxReported
// problems it finds, each as a *FieldError, then a *MoreErrors with the
// count of the rest (all joined with errors.Join), so a teacher fixing a
// file by hand sees several at once. Every message is bounded: a text from
// the deck is quoted by at most its first QuoteRunes characters.
func (d *Deck) Validate() error {
	v := &validator{}
	v.deck(d)
	sources := v.sources(d.Sources)
	facts := v.facts(d.Facts, sources)
	v.cards(d.Cards, facts)
	v.annotations(d.Annotations)
	if v.more > 0 {
		v.errs = append(v.errs, &MoreErrors{N: v.more})
	}
	v.onlyEmpty()
	return errors.Join(v.errs...)
}

// onlyEmpty keeps ErrEmpty on the problems only when emptiness is all
// that is wrong (see ErrEmpty).
func (v *validator) onlyEmpty() {
	for _, err := range v.errs {
		if fe, ok := err.(*FieldError); !ok || fe.err != ErrEmpty {
			for _, err := range v.errs {
				if fe, ok := err.(*FieldError); ok {
					fe.err = nil
				}
			}
			return
		}
	}
}

// validator collects problems; past MaxReported it only counts them, so
// checking a hostile deck allocates no more than checking a good one.
type validator struct {
	errs []error
	more int
}

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
		return "annotation " + Quote(r.id)
	case r.id == "":
		return fmt.Sprintf("%s #%d", r.kind, r.i+1)
	}
	return r.kind + " " + Clip(r.id)
}

// add records a problem. args that are texts from the deck go through
// Quote first, so no message repeats more than a prefix of them.
func (v *validator) add(rec record, field, format string, args ...any) {
	v.addErr(rec, field, nil, format, args...)
}

// skip counts a problem without reporting it once MaxReported are, so a
// loop over a long list need not even box the arguments of its message.
func (v *validator) skip() bool {
	if len(v.errs) < MaxReported {
		return false
	}
	v.more++
	return true
}

func (v *validator) addErr(rec record, field string, sentinel error, format string, args ...any) {
	if len(v.errs) >= MaxReported {
		v.more++
		return
	}
	v.errs = append(v.errs, &FieldError{Record: rec.name(), Field: field, Msg: fmt.Sprintf(format, args...), err: sentinel})
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
		v.add(deckRecord, "format", "is %s, want %q", Quote(d.Format), Format)
	}
	v.text(deckRecord, "title", d.Title)
	if d.Language == "" {
		v.add(deckRecord, "language", "is empty")
	}
	if len(d.Cards) == 0 {
		v.addErr(deckRecord, "cards", ErrEmpty, "is empty: the deck has no cards to study")
	}
	if len(d.Facts) == 0 {
		v.addErr(deckRecord, "facts", ErrEmpty, "is empty: the deck has no facts for cards to ask about")
	}
}

func (v *validator) sources(list []Source) map[string]bool {
	seen := map[string]bool{}
	for i, s := range list {
		rec := record{"source", s.ID, i}
		v.id(rec, s.ID, seen)
		v.text(rec, "file", s.File)
		v.text(rec, "title", s.Title)
		if s.Date != "" && !validDate(s.Date) && !v.skip() {
			v.add(rec, "date", "is %s, want YYYY, YYYY-MM or YYYY-MM-DD", Quote(s.Date))
		}
	}
	return seen
}

// paragraph checks that a fact's paragraph holds its sentence, as the
// source viewer marks it there, and is no longer than a deck allows.
func (v *validator) paragraph(rec record, f Fact) {
	if f.Paragraph == "" {
		return
	}
	switch n := utf8.RuneCountInString(f.Paragraph); {
	case !utf8.ValidString(f.Paragraph):
		v.add(rec, "paragraph", "is not valid UTF-8")
	case !strings.Contains(f.Paragraph, f.Sentence):
		v.add(rec, "paragraph", "does not hold the sentence %s", Quote(f.Sentence))
	case n > MaxParagraphRunes:
		v.add(rec, "paragraph", "is %d characters long, more than %d", n, MaxParagraphRunes)
	}
}

func (v *validator) facts(list []Fact, sources map[string]bool) map[string]bool {
	seen := map[string]bool{}
	for i, f := range list {
		v.id(record{"fact", f.ID, i}, f.ID, seen)
	}
	for i, f := range list {
		rec := record{"fact", f.ID, i}
		if !sources[f.Source] && !v.skip() {
			v.add(rec, "source", "names unknown source %s", Quote(f.Source))
		}
		v.text(rec, "sentence", f.Sentence)
		if !contains(Kinds, f.Kind) && !v.skip() {
			v.add(rec, "kind", "is %s, want one of %s", Quote(f.Kind), strings.Join(Kinds, ", "))
		}
		if f.Key != "" && !strings.Contains(f.Sentence, f.Key) && !v.skip() {
			v.add(rec, "key", "%s does not stand in the sentence", Quote(f.Key))
		}
		if f.Date != "" && !validDate(f.Date) {
			v.add(rec, "date", "is %q, want YYYY, YYYY-MM or YYYY-MM-DD", f.Date)
		}
		v.paragraph(rec, f)
		for _, c := range f.Conflicts {
			switch {
			case c == f.ID && !v.skip():
				v.add(rec, "conflicts", "lists the fact itself")
			case c != f.ID && !seen[c] && !v.skip():
				v.add(rec, "conflicts", "names unknown fact %s", Quote(c))
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
		if !facts[c.Fact] && !v.skip() {
			v.add(rec, "fact", "names unknown fact %s", Quote(c.Fact))
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
		if c.Answer != "true" && c.Answer != "false" && !v.skip() {
			v.add(rec, "answer", "is %s, want \"true\" or \"false\"", Quote(c.Answer))
		}
		v.noChoices(rec, c)
	case TypeNumeric:
		if _, err := strconv.ParseFloat(c.Answer, 64); err != nil && !v.skip() {
			v.add(rec, "answer", "is %s, want a number", Quote(c.Answer))
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
		if !v.skip() {
			v.add(rec, "type", "is %s, want one of %s", Quote(c.Type), strings.Join(Types, ", "))
		}
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
		if strings.TrimSpace(ch) == "" && !v.skip() {
			v.add(rec, "choices", "holds an empty choice")
		}
		if seen[ch] && !v.skip() {
			v.add(rec, "choices", "repeat %s", Quote(ch))
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
			if (b <= prev || b >= n) && !v.skip() {
				v.add(rec, "breaks", "offset %d is out of order or outside 1..%d", b, n-1)
			}
			prev = b
		}
		end := 0
		for _, r := range a.Ruby {
			if (r.Start < end || r.End <= r.Start || r.End > n) && !v.skip() {
				v.add(rec, "ruby", "span %d-%d overlaps or lies outside the text", r.Start, r.End)
			}
			if r.Reading == "" && !v.skip() {
				v.add(rec, "ruby", "span %d-%d has no reading", r.Start, r.End)
			}
			end = r.End
		}
	}
}
