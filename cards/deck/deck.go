// Package deck holds the factdeck/v1 deck model: sources, the facts drawn
// from them and the cards generated from the facts. It is the contract
// between the build half (deckgen) and the study half (the app), so it
// depends on the standard library only.
package deck

// Format is the value of the "format" field that this package reads and writes.
const Format = "factdeck/v1"

// Blank marks the gap in a cloze prompt.
const Blank = "［＿＿＿］"

// Card types.
const (
	TypeCloze     = "cloze"
	TypeMCQ       = "mcq"
	TypeTrueFalse = "truefalse"
	TypeNumeric   = "numeric"
	TypeBasic     = "basic"
	TypeOrder     = "order"
	TypeMatch     = "match"
)

// Fact kinds.
const (
	KindDate         = "date"
	KindNumber       = "number"
	KindPercent      = "percent"
	KindMoney        = "money"
	KindPerson       = "person"
	KindOrganization = "organization"
	KindPlace        = "place"
	KindAcronym      = "acronym"
	KindDefinition   = "definition"
	KindTable        = "table"
	KindEvent        = "event"
	KindRelation     = "relation"
)

// Types lists every card type a deck may hold.
var Types = []string{TypeCloze, TypeMCQ, TypeTrueFalse, TypeNumeric, TypeBasic, TypeOrder, TypeMatch}

// Kinds lists every fact kind a deck may hold.
var Kinds = []string{
	KindDate, KindNumber, KindPercent, KindMoney, KindPerson, KindOrganization,
	KindPlace, KindAcronym, KindDefinition, KindTable, KindEvent, KindRelation,
}

// Deck is a whole deck file.
type Deck struct {
	Format   string   `json:"format"`
	Title    string   `json:"title"`
	Language string   `json:"language"`
	Sources  []Source `json:"sources"`
	Facts    []Fact   `json:"facts"`
	Cards    []Card   `json:"cards"`
	// Annotations holds line-break opportunities and readings for the texts
	// the app shows (prompts, answers, choices, sentences), keyed by the
	// text itself so a sentence shared by many cards is annotated once.
	Annotations map[string]Annotation `json:"annotations,omitempty"`
}

// Annotation is what the app needs to set one text well: where Japanese
// may wrap between phrases, and the readings of words in kanji (furigana).
type Annotation struct {
	// Breaks are rune offsets where a phrase (bunsetsu) starts; the app
	// prefers to wrap there rather than inside a word.
	Breaks []int  `json:"breaks,omitempty"`
	Ruby   []Ruby `json:"ruby,omitempty"`
}

// Ruby is the reading of the runes [Start, End) of a text, in hiragana.
type Ruby struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Reading string `json:"reading"`
}

// Source is one document the facts come from.
type Source struct {
	ID    string `json:"id"`
	File  string `json:"file"`
	Title string `json:"title"`
	Date  string `json:"date,omitempty"`
}

// Fact is one claim of a source, kept with its verbatim sentence so every
// card can show where it comes from.
type Fact struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Sentence string `json:"sentence"`
	Kind     string `json:"kind"`
	// Key is the span of the sentence the fact is about (a date, a number…).
	Key       string   `json:"key,omitempty"`
	Conflicts []string `json:"conflicts,omitempty"`
	// Date is when the fact was stated, where it differs from its source's
	// date or the source has none: an older article quoted inside a newer
	// page carries its own publication date ("2019-05"). Same forms as
	// Source.Date.
	Date string `json:"date,omitempty"`
	// Paragraph is the passage of the source around Sentence, which it
	// holds word for word, so the app's source viewer can show the
	// sentence in its place: the paragraph it stands in (as normalized as
	// Sentence is), or as much of it as MaxParagraphRunes allows, centred
	// on the sentence. Empty where the paragraph is the sentence alone, or
	// the deck was made without it; a tool that does not know the field
	// loses nothing a card needs. Facts of one paragraph share its text,
	// which a snapshot stores once.
	Paragraph string `json:"paragraph,omitempty"`
}

// MaxParagraphRunes is the longest Fact.Paragraph a deck may hold, in
// characters: a screen's worth of text, so a document of one endless
// line does not weigh on the deck.
const MaxParagraphRunes = 600

// Card is one question about a fact.
type Card struct {
	ID      string   `json:"id"`
	Fact    string   `json:"fact"`
	Type    string   `json:"type"`
	Prompt  string   `json:"prompt"`
	Answer  string   `json:"answer"`
	Choices []string `json:"choices,omitempty"`
	Tags    []string `json:"tags,omitempty"`
	// Tolerance is how far a numeric answer may be from Answer and still
	// count as right, in the answer's own units: a figure the source gives
	// as 約 (about) is not asked to the last digit.
	Tolerance float64 `json:"tolerance,omitempty"`
	// Unit follows a numeric answer ("%", "億ドル", "年"), so the student
	// types the plain number.
	Unit string `json:"unit,omitempty"`
	// QuizOnly marks a sibling card: another way to ask a fact that a
	// study card already asks. A study session shows only the fact's
	// study card (as Anki shows one card of a note a day); quizzes may
	// pick any of them. Exports keep the flag as a tag.
	QuizOnly bool `json:"quiz_only,omitempty"`
	// Items are an order card's items in the right order, and Pairs a
	// match card's pairs: lists, so that no separator inside an item can
	// split it. Answer still spells them out for tools that read only
	// text; Choices holds the items in the order they are shown.
	Items []string `json:"items,omitempty"`
	Pairs []Pair   `json:"pairs,omitempty"`
	// Accept lists other answers that a linked, conflicting source states
	// (one document names a different prime minister). They are graded
	// as not wrong, and shown with the disagreement.
	Accept []string `json:"accept,omitempty"`
	// Also lists other names the documents give the answer (the
	// acronym of an expansion, or the expansion of an acronym: 経団連 for
	// 日本経済団体連合会). A typed answer equal to one is right.
	Also []string `json:"also,omitempty"`
	// Note says what a student should know about the card's claim: that
	// the sources disagree (出典によって異なる, with each source and date)
	// or that it was stated at a given date. Shown with the answer.
	Note string `json:"note,omitempty"`
}

// Pair is one pair of a match card: a left item and the right one it goes with.
type Pair struct {
	Left  string `json:"left"`
	Right string `json:"right"`
}

// Source returns the source with the given id.
func (d *Deck) Source(id string) (Source, bool) {
	for _, s := range d.Sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Fact returns the fact with the given id.
func (d *Deck) Fact(id string) (Fact, bool) {
	for _, f := range d.Facts {
		if f.ID == id {
			return f, true
		}
	}
	return Fact{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
