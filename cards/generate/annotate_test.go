package generate_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/generate"
)

// TestAnnotationsCoverShownTexts checks that every prompt, answer, choice
// and fact sentence with a phrase break or a word in kanji is annotated,
// and that nothing else is.
func TestAnnotationsCoverShownTexts(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	shown := map[string]bool{}
	for _, c := range d.Cards {
		shown[c.Prompt] = true
		if c.Type != deck.TypeTrueFalse {
			shown[c.Answer] = true
		}
		for _, ch := range c.Choices {
			shown[ch] = true
		}
	}
	carded := map[string]bool{}
	for _, c := range d.Cards {
		carded[c.Fact] = true
	}
	for _, f := range d.Facts {
		if !carded[f.ID] {
			continue // named only as another fact's conflict, quoted as plain text
		}
		shown[f.Sentence] = true
		_, ok := d.Annotations[f.Sentence]
		assert.True(t, ok, "fact sentence %q is annotated", f.Sentence)
	}
	for _, c := range d.Cards {
		_, ok := d.Annotations[c.Prompt]
		assert.True(t, ok, "prompt %q is annotated", c.Prompt)
	}
	for text, a := range d.Annotations {
		assert.True(t, shown[text], "%q is annotated but never shown", text)
		assert.True(t, len(a.Breaks) > 0 || len(a.Ruby) > 0, "%q has an empty annotation", text)
	}
}

// TestAnnotationsKeepUnitsWhole checks, on every annotated text of the
// corpus deck, that no phrase starts inside 年間, ドル or a number with its
// unit.
func TestAnnotationsKeepUnitsWhole(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	checked := 0
	for text, a := range d.Annotations {
		for _, whole := range []string{"年間", "ドル", "2,400億ドル", "約7,500億円", "2200人"} {
			for off := 0; ; {
				i := strings.Index(text[off:], whole)
				if i < 0 {
					break
				}
				start := utf8.RuneCountInString(text[:off+i])
				end := start + utf8.RuneCountInString(whole)
				for _, b := range a.Breaks {
					assert.False(t, b > start && b < end, "%q: a phrase starts inside %q", text, whole)
				}
				checked++
				off += i + len(whole)
			}
		}
	}
	assert.Greater(t, checked, 10)
}

// TestAnnotationReadings checks the furigana the deck carries for a
// sentence with 日米安全保障条約: only over kanji beyond primary school.
func TestAnnotationReadings(t *testing.T) {
	d := claimDeck(t, generate.Options{Seed: 1})
	text := "林官房長官は、トランプ大統領の発言に対し、米国が核を含むあらゆる能力を用いて日米安全保障条約の対日防衛義務を果たすことに「全幅の信頼」を表明しました。"
	a, ok := d.Annotations[text]
	require.True(t, ok)
	runes := []rune(text)
	got := map[string]string{}
	for _, r := range a.Ruby {
		got[string(runes[r.Start:r.End])] = r.Reading
	}
	assert.NotContains(t, got, "林", "a name gets no reading: the dictionary guesses it")
	for _, word := range []string{"長官", "大統領", "米国", "条約", "防衛", "果"} {
		assert.NotContains(t, got, word, "primary-school kanji get no reading")
	}
	assert.Equal(t, "かんぼう", got["官房"])
}
