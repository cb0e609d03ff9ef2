package study

import (
	"encoding/json"
	"time"

	"factdeck/cards/deck"
)

// FlagExport is the list of cards a student flagged as wrong, in the form
// a teacher reads: each card as the student saw it, with where its fact
// comes from.
type FlagExport struct {
	Deck  string        `json:"deck"`
	Flags []FlaggedCard `json:"flags"`
}

// FlaggedCard is one flagged card. A card the deck no longer has keeps
// its id, time and note only.
type FlaggedCard struct {
	Card     string    `json:"card"`
	Time     time.Time `json:"time"`
	Note     string    `json:"note,omitempty"`
	Type     string    `json:"type,omitempty"`
	Prompt   string    `json:"prompt,omitempty"`
	Answer   string    `json:"answer,omitempty"`
	Sentence string    `json:"sentence,omitempty"`
	Source   string    `json:"source,omitempty"` // the source's title
	File     string    `json:"file,omitempty"`   // the source's file
}

// ExportFlags lists the progress's flags on the cards of d, in the
// order the cards were first flagged, as indented JSON.
func ExportFlags(d *deck.Deck, p *Progress) ([]byte, error) {
	cards := make(map[string]*deck.Card, len(d.Cards))
	for i := range d.Cards {
		cards[d.Cards[i].ID] = &d.Cards[i]
	}
	out := FlagExport{Deck: d.Title, Flags: []FlaggedCard{}}
	for _, f := range p.flags {
		fc := FlaggedCard{Card: f.Card, Time: f.Time, Note: f.Note}
		if c := cards[f.Card]; c != nil {
			fc.Type, fc.Prompt, fc.Answer = c.Type, c.Prompt, c.Answer
			if fact, ok := d.Fact(c.Fact); ok {
				fc.Sentence = fact.Sentence
				if s, ok := d.Source(fact.Source); ok {
					fc.Source, fc.File = s.Title, s.File
				}
			}
		}
		out.Flags = append(out.Flags, fc)
	}
	return json.MarshalIndent(out, "", "  ")
}
