package formats

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// kept is what of a card survives a trip through a format.
type kept struct {
	ID, Type, Prompt, Answer string
	Choices, Also, Accept    []string
	Tags                     []string
	Unit                     string
	Tolerance                float64
	QuizOnly                 bool
	Note                     string
}

func keptOf(c deck.Card) kept {
	return kept{c.ID, c.Type, c.Prompt, c.Answer, c.Choices, c.Also, c.Accept, c.Tags, c.Unit, c.Tolerance, c.QuizOnly, c.Note}
}

// asBasic is a card read back as a question and its answer: order and
// match cards, whose lists these formats have no field for, keep their
// items in the question.
func asBasic(k kept, c deck.Card) kept {
	k.Type = deck.TypeBasic
	if len(c.Choices) > 0 {
		k.Prompt += "\n" + strings.Join(c.Choices, "\n")
	}
	k.Choices = nil
	return k
}

// The round trips, and for each format what it cannot carry, so the
// test says exactly what a teacher loses on the way.
var trips = []struct {
	name  string
	write func(*deck.Deck) ([]byte, []Warning, error)
	read  func([]byte) ([]ImportedCard, error)
	want  func(d *deck.Deck, c deck.Card) (kept, bool)
}{
	{"csv", WriteCSV, ReadCSV, func(_ *deck.Deck, c deck.Card) (kept, bool) {
		k := keptOf(c)
		if c.Type == deck.TypeOrder || c.Type == deck.TypeMatch {
			k = asBasic(k, c)
		}
		return k, true
	}},
	{"anki", WriteAnki, ReadAnki, func(_ *deck.Deck, c deck.Card) (kept, bool) {
		// The note, the accepted answers and the other names go to the
		// back as text.
		k := keptOf(c)
		k.Also, k.Accept, k.Note, k.Tolerance = nil, nil, "", 0
		// Anki separates tags by spaces.
		k.Tags = nil
		for _, tag := range c.Tags {
			k.Tags = append(k.Tags, strings.ReplaceAll(tag, " ", "_"))
		}
		if c.Type == deck.TypeOrder || c.Type == deck.TypeMatch {
			k = asBasic(k, c)
		}
		return k, true
	}},
	{"gift", WriteGIFT, ReadGIFT, func(_ *deck.Deck, c deck.Card) (kept, bool) {
		// Every accepted answer is a right one in GIFT; the note goes to
		// the general feedback.
		k := keptOf(c)
		k.Also, k.Accept, k.Note = slices.Concat(c.Also, c.Accept), nil, ""
		if len(k.Also) == 0 {
			k.Also = nil
		}
		return k, c.Type != deck.TypeOrder
	}},
	{"quizlet", WriteQuizlet, ReadQuizlet, func(d *deck.Deck, c deck.Card) (kept, bool) {
		// A term and a definition: cloze and basic cards come back, with
		// tabs and line breaks as spaces; ids are made anew.
		if c.Type != deck.TypeCloze && c.Type != deck.TypeBasic {
			return kept{}, false
		}
		k := kept{Type: c.Type, Prompt: oneLine(c.Prompt), Answer: oneLine(c.Answer)}
		return k, true
	}},
}

func TestExportThenImportGivesTheSameCards(t *testing.T) {
	d := sample(t)
	for _, trip := range trips {
		t.Run(trip.name, func(t *testing.T) {
			data, _, err := trip.write(d)
			require.NoError(t, err)
			cards, err := trip.read(data)
			require.NoError(t, err)
			back, err := NewDeck("quiz."+trip.name, d.Language, cards)
			require.NoError(t, err)
			require.NoError(t, back.Validate())
			var want, got []kept
			for _, c := range d.Cards {
				if k, ok := trip.want(d, c); ok {
					want = append(want, k)
				}
			}
			for i, c := range back.Cards {
				k := keptOf(c)
				if trip.name == "quizlet" {
					// Every card comes back, in order; those of the
					// types Quizlet can hold are compared.
					if orig := d.Cards[i]; orig.Type != deck.TypeCloze && orig.Type != deck.TypeBasic {
						continue
					}
					k = kept{Type: c.Type, Prompt: c.Prompt, Answer: c.Answer}
				}
				got = append(got, k)
			}
			assert.Equal(t, want, got)
			assert.Equal(t, "quiz."+trip.name, back.Sources[0].File, "the source is the imported file")
		})
	}
}
