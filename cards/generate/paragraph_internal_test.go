package generate

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// sentenceAt is the index in doc.Sentences of the sentence whose text
// starts with prefix.
func sentenceAt(t *testing.T, doc *corpus.Document, prefix string) int {
	t.Helper()
	for i, s := range doc.Sentences {
		if strings.HasPrefix(s.Text, prefix) {
			return i
		}
	}
	t.Fatalf("no sentence starts with %q", prefix)
	return -1
}

func TestParagraphAroundASentence(t *testing.T) {
	data, err := os.ReadFile("testdata/paragraphs.txt")
	require.NoError(t, err)
	doc, err := corpus.Parse("paragraphs.txt", data)
	require.NoError(t, err)

	i := sentenceAt(t, doc, "首脳会談は")
	assert.Equal(t, "石破茂首相は2025年2月7日にワシントンを訪れた。首脳会談は約1時間にわたった。両首脳は同盟の強化を確認した。",
		paragraph(doc, i, doc.Sentences[i].Text))
	assert.Equal(t, paragraph(doc, i, doc.Sentences[i].Text), paragraph(doc, i, "約1時間"), "a part of the sentence stands in it too")

	i = sentenceAt(t, doc, "日本の防衛費")
	assert.Empty(t, paragraph(doc, i, doc.Sentences[i].Text), "a paragraph of one sentence adds nothing")

	i = sentenceAt(t, doc, "首脳会談は")
	assert.Empty(t, paragraph(doc, i, "表の行から作った文。"), "a sentence the generator made itself")
	assert.Empty(t, paragraph(doc, len(doc.Sentences), ""))
}

// A long paragraph keeps the sentences nearest the fact's that fit.
func TestParagraphLongKeepsTheNearest(t *testing.T) {
	var raw strings.Builder
	raw.WriteString("長い段落\n\n")
	for n := range 40 {
		raw.WriteString(strings.Repeat("あ", 20) + "第" + string(rune('A'+n)) + "文。")
	}
	doc, err := corpus.Parse("long.txt", []byte(raw.String()+"\n"))
	require.NoError(t, err)
	i := sentenceAt(t, doc, strings.Repeat("あ", 20)+"第T文")
	p := paragraph(doc, i, doc.Sentences[i].Text)
	require.NotEmpty(t, p)
	assert.LessOrEqual(t, utf8.RuneCountInString(p), deck.MaxParagraphRunes)
	assert.Contains(t, p, "第S文。")
	assert.Contains(t, p, "第U文。")
	assert.NotContains(t, p, "第A文。", "the far ends are left out")
	before, after, _ := strings.Cut(p, doc.Sentences[i].Text)
	assert.InDelta(t, utf8.RuneCountInString(before), utf8.RuneCountInString(after), 30, "as much before as after")
}
