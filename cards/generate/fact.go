package generate

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// fact is an extracted fact as the generator reads it, with the id of the
// deck fact it becomes. Every field extract.Fact may leave empty is
// optional here: the card makers fall back to the sentence when a fact has
// no subject, context or value.
type fact struct {
	id        string // deck fact id, derived from content
	extractID string // extract's own id, which Conflicts name
	kind      string
	key       string
	start     int // byte offsets of key in sentence
	end       int
	sentence  string
	doc       *corpus.Document
	sentIndex int // the sentence's index in doc.Sentences

	subject   string // what the value is about: "トランプ大統領の支持率"
	context   string // where it was stated: "米キニピアック大学の全国世論調査"
	asOf      string // the date a 現在 claim holds at
	expansion string // an acronym's expansion, or the acronym of an expansion
	row       string // a table cell's row and column headers
	column    string
	predicate string // the relation's verb
	role      string // a person's role; key is the name
	conflicts []string
	entities  []entity
	value     float64 // a date's day as YYYYMMDD, its year inferred when the key gives none
	// memo is leadOf's result, kept because every card of the fact asks
	// for it and working it out reads the sentences before (see leadMemo).
	memo    *leadMemo
	needs   *needsMemo
	amounts *amountsMemo
}

// entity is a named thing found in a fact's sentence.
type entity struct {
	kind, text, role string
}

// newFact reads an extract.Fact. It is the one place that knows
// extract's field names.
func newFact(f extract.Fact) fact {
	out := fact{
		extractID: f.ID,
		kind:      f.Kind,
		key:       f.Key,
		start:     f.Start,
		end:       f.End,
		sentence:  f.Sentence.Text,
		doc:       f.Doc,
		sentIndex: f.Sentence.Index,
		subject:   f.Subject,
		context:   f.Context,
		asOf:      f.AsOf,
		expansion: f.Expansion,
		row:       f.Row,
		column:    f.Column,
		predicate: f.Predicate,
		role:      f.Role,
		conflicts: f.Conflicts,
		value:     f.Value,
	}
	for _, e := range f.Entities {
		out.entities = append(out.entities, entity{kind: e.Kind, text: e.Text, role: e.Role})
	}
	out.narrowToExample()
	return out
}

// exampleOpen opens an example in brackets that is a claim of its own:
// "(例えば、トヨタ自動車はテキサス州に新工場を建設し、…)".
var exampleOpen = regexp.MustCompile(`\((?:例えば|たとえば|例:)、?`)

// narrowToExample makes a fact whose key lies in such an example cite the
// example alone. The sentence around it may lean on the one before
// ("日本側は…実績(例えば、…)を強調し"), while the example names its own
// subject and stands.
func (f *fact) narrowToExample() {
	if !keyStands(f) {
		return
	}
	for _, m := range exampleOpen.FindAllStringIndex(f.sentence, -1) {
		end := strings.Index(f.sentence[m[1]:], ")")
		if end < 0 {
			return
		}
		from, to := m[1], m[1]+end
		if f.start < from || f.end > to {
			continue
		}
		inner := f.sentence[from:to]
		if !hasSubject(inner) || utf8.RuneCountInString(inner) < minExampleRunes {
			return
		}
		f.sentence, f.start, f.end = inner, f.start-from, f.end-from
		return
	}
}

// minExampleRunes is the shortest example that can be a claim of its own.
const minExampleRunes = 15

// extractFacts runs extract's whole pipeline.
func extractFacts(docs []*corpus.Document) ([]extract.Fact, error) { return extract.Extract(docs) }

// sentenceRef names the fact's sentence across the corpus.
func (f *fact) sentenceRef() string { return f.doc.ID + "#" + strconv.Itoa(f.sentIndex) }

// deckFact is the fact as the deck stores it; conflicts are filled in once
// every fact has its deck id.
func (f *fact) deckFact() deck.Fact {
	return deck.Fact{ID: f.id, Source: f.doc.ID, Sentence: f.sentence, Kind: f.kind, Key: f.key,
		Date: f.doc.Sentences[f.sentIndex].Date}
}
