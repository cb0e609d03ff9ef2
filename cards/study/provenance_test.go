package study_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
	"factdeck/cards/study"
)

// The passage is the paragraph with the sentence's place in it, or the
// sentence alone for a deck that keeps no paragraph.
func TestPassage(t *testing.T) {
	f := deck.Fact{Sentence: "首脳会談は約1時間にわたった。", Paragraph: "首相は米国を訪れた。首脳会談は約1時間にわたった。両首脳は握手した。"}
	text, i, j := study.Passage(f)
	assert.Equal(t, f.Paragraph, text)
	assert.Equal(t, f.Sentence, text[i:j])
	assert.Equal(t, "首相は米国を訪れた。", text[:i])

	f.Paragraph = ""
	text, i, j = study.Passage(f)
	assert.Equal(t, f.Sentence, text)
	assert.Equal(t, [2]int{0, len(f.Sentence)}, [2]int{i, j})

	// A paragraph that lost its sentence (a hand-edited deck that was not
	// validated) falls back to the sentence.
	f.Paragraph = "別の段落。"
	text, _, _ = study.Passage(f)
	assert.Equal(t, f.Sentence, text)
}
