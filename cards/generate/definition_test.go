package generate_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/generate"
)

func buildText(t *testing.T, text string) *deck.Deck {
	t.Helper()
	doc, err := corpus.Parse("own.txt", []byte(text))
	require.NoError(t, err)
	d, err := generate.Build([]*corpus.Document{doc}, generate.Options{Title: "t"})
	require.NoError(t, err)
	return d
}

// A term a sentence defines is asked from its description, as a teacher
// asks it, and never as a cloze that shows the description beside the
// blank.
func TestDefinedTermIsAskedFromItsDescription(t *testing.T) {
	d := buildText(t, "製糸の歴史\n\n繰糸とは、繭から糸を引き出して何本かを合わせ、1本の生糸にする作業のことである。\n")
	var basic []deck.Card
	for _, c := range d.Cards {
		assert.NotEqual(t, deck.TypeCloze, c.Type, c.Prompt)
		if c.Type == deck.TypeBasic {
			basic = append(basic, c)
		}
	}
	require.Len(t, basic, 1, d.Cards)
	assert.Equal(t, "繰糸", basic[0].Answer)
	assert.Contains(t, basic[0].Prompt, "繭から糸を引き出して何本かを合わせ、1本の生糸にする作業")
	assert.NotContains(t, basic[0].Prompt, "繰糸")
}

// A year glossed with its era (1872年(明治5年)) is blanked with the gloss:
// the era would give the year away, and a statement keeps only the year.
func TestEraGlossIsBlankedWithItsYear(t *testing.T) {
	d := buildText(t, "製糸の歴史\n\n官営の製糸場は1872年(明治5年)に操業を始めた。\n")
	years := 0
	for _, c := range d.Cards {
		assert.NotContains(t, c.Prompt, "明治5年", c.Type)
		if strings.Contains(c.Answer, "1872") {
			years++
		}
	}
	assert.Positive(t, years, d.Cards)
}

// A so-called name is asked for what it refers to, not as another name
// of the thing: the documents may use it for a part of it.
func TestPopularNameAskedForWhatItRefersTo(t *testing.T) {
	d := buildText(t, "防衛の費用\n\n政府は、在日米軍駐留経費(いわゆる「思いやり予算」)の負担増を求められた。\n")
	var asked []string
	for _, c := range d.Cards {
		if c.Type == deck.TypeBasic {
			asked = append(asked, c.Prompt+" → "+c.Answer)
		}
	}
	assert.Contains(t, asked, "いわゆる「思いやり予算」は、何を指すか。 → 在日米軍駐留経費")
	for _, a := range asked {
		assert.NotContains(t, a, "ほかに何と呼ばれるか", a)
	}
}
