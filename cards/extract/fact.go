// Package extract finds the facts a corpus states: dates, numbers with
// units, percentages, amounts of money, people with their roles,
// organizations, places, acronyms and definitions, table cells, and the
// relations and events its sentences report (who demanded or agreed what,
// why a measure was taken, what a summit confirmed). Every fact keeps the
// sentence and document it comes from and the byte span of its answer in
// that sentence, so a card can cite its source word for word; facts that
// contradict each other across the corpus are linked.
//
// Morphology comes from kagome with the IPA dictionary and a small user
// dictionary of the corpus' own entities (userdict.txt). The package belongs
// to the build half of factdeck: the study app must never import it.
package extract

import (
	"crypto/sha256"
	"encoding/hex"

	"factdeck/cards/corpus"
)

// Fact is one claim found in a sentence, or one cell of a table.
type Fact struct {
	// Kind is a deck kind: date number percent money person organization
	// place acronym definition table event relation.
	Kind string
	// Key is the answer span exactly as it stands in Sentence.Text.
	Key string
	// Start and End are Key's byte offsets in Sentence.Text.
	Start, End int
	Sentence   corpus.Sentence
	Doc        *corpus.Document
	// ID is stable and derived from content: "f" and 12 hex digits of the
	// SHA-256 of the document's file, the sentence text, the kind and the key.
	ID string

	// Subject is what the value is about, a noun phrase from the text
	// ("トランプ大統領の支持率"); "" if unknown. For a relation it is the
	// agent (who demanded, who agreed); for a date, the event it dates.
	Subject string
	// Context is what the sentence needs but lacks, from earlier sentences
	// of its paragraph: the survey a percentage comes from, the sentence a
	// demonstrative points back to, the year of a month and day.
	Context string
	// AsOf is the date a claim marked 現在 holds at ("2025年2月10日"), else "".
	AsOf string
	// Unit is the unit or counter as written, for numbers, percentages and
	// money ("%", "億ドル", "人", "割").
	Unit string
	// Value is the number (2,400 → 2400; 約 is ignored; 2割 → 2 with Unit
	// 割). A date's Value is its day as YYYYMMDD, with 0 for a month or day
	// the text leaves out and the year inferred where the text gives only
	// month and day, so that dates sort. 0 if none.
	Value float64
	// Entities are the people, organizations, places and acronyms of the
	// sentence.
	Entities []Entity
	// Expansion is the other side of an acronym or definition: for Key
	// "IPEF", "インド太平洋経済枠組み"; for Key "インド太平洋経済枠組み", "IPEF".
	Expansion string
	// Row and Column are a table cell's row and column headers (Key is the
	// cell text).
	Row, Column string
	// Predicate is the verb phrase of a relation or event ("求めた",
	// "合意した", "確認された"); for a date or place, the verb it modifies.
	Predicate string
	// Role is a person's role ("首相", "国防長官"); Key is the name.
	Role string
	// Conflicts are the IDs of facts that contradict this one; the link
	// goes both ways.
	Conflicts []string

	nation string // a person fact's country, when the text shows it: 日本, 米国
}

// Entity is a named thing in a sentence.
type Entity struct {
	Kind       string // person, organization, place or acronym
	Text       string // as it stands in the sentence
	Role       string // a person's role, if the sentence gives one
	Start, End int    // byte offsets in Sentence.Text
}

// The entity kinds.
const (
	EntityPerson       = "person"
	EntityOrganization = "organization"
	EntityPlace        = "place"
	EntityAcronym      = "acronym"
)

// factID derives a fact's id from its content, so that it survives a
// rebuild of the same input and saved progress keeps pointing at it.
func factID(file, sentence, kind, key string) string {
	h := sha256.New()
	for _, p := range []string{file, sentence, kind, key} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return "f" + hex.EncodeToString(h.Sum(nil))[:12]
}
