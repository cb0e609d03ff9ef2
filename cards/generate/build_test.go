package generate_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/generate"
)

func load(t *testing.T, pattern string) []*corpus.Document {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	docs, err := corpus.LoadAll(paths)
	require.NoError(t, err)
	return docs
}

func TestBuildSmall(t *testing.T) {
	d := generate.Build(load(t, "testdata/small.txt"), generate.Options{Title: "小"})
	require.NoError(t, d.Validate())
	answers := map[string]string{}
	for _, c := range d.Cards {
		answers[c.Answer] = c.Prompt
	}
	assert.Equal(t, "石破茂首相は［＿＿＿］にワシントンでトランプ大統領と会談した。", answers["2025年2月7日"])
	assert.Equal(t, "日本の防衛費はGDP比［＿＿＿］を目標とする。", answers["2%"])
	assert.Len(t, d.Cards, 2, "the repeated sentence gives no second card; the short one and the credit none")
	assert.Equal(t, "ja", d.Language)
	require.Len(t, d.Sources, 1)
	assert.Equal(t, "日米首脳会談の記録", d.Sources[0].Title)
}

// TestCorpusCardsAreGrounded checks the quality rules on the real corpus:
// every answer stands in its fact's sentence, no prompt shows its answer,
// and every fact sentence is a claim of its document, never noise or a repeat.
func TestCorpusCardsAreGrounded(t *testing.T) {
	docs := load(t, "../../assets/corpus/*.txt")
	d := generate.Build(docs, generate.Options{Title: "t"})
	require.NoError(t, d.Validate())
	require.Greater(t, len(d.Cards), 50)

	claims := map[string]bool{}
	other := map[string]bool{}
	for _, doc := range docs {
		for _, s := range doc.Sentences {
			if s.IsClaim() && s.DupOf == "" {
				claims[doc.ID+"\x00"+s.Text] = true
			} else {
				other[doc.ID+"\x00"+s.Text] = true
			}
		}
	}
	for _, c := range d.Cards {
		f, ok := d.Fact(c.Fact)
		require.True(t, ok)
		key := f.Source + "\x00" + f.Sentence
		assert.True(t, claims[key], "card %s: sentence is not a claim of %s: %q", c.ID, f.Source, f.Sentence)
		assert.False(t, other[key] && !claims[key], "card %s comes from noise or a repeat", c.ID)
		assert.Contains(t, f.Sentence, c.Answer, "card %s: answer stands in the sentence", c.ID)
		assert.NotContains(t, strip(c.Prompt), strip(c.Answer), "card %s: prompt shows its answer", c.ID)
		assert.Equal(t, f.Sentence, strings.Replace(c.Prompt, deck.Blank, c.Answer, 1), "card %s: the cloze keeps the rest of the sentence", c.ID)
	}
}

func strip(s string) string {
	return strings.NewReplacer(",", "", " ", "").Replace(corpus.Normalize(s))
}

func TestBuildIsDeterministic(t *testing.T) {
	a, err := deck.Marshal(generate.Build(load(t, "../../assets/corpus/*.txt"), generate.Options{Title: "t"}))
	require.NoError(t, err)
	b, err := deck.Marshal(generate.Build(load(t, "../../assets/corpus/*.txt"), generate.Options{Title: "t"}))
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestIDsSurviveUnrelatedChanges(t *testing.T) {
	docs := load(t, "testdata/small.txt")
	before := generate.Build(docs, generate.Options{Title: "a"})
	after := generate.Build(docs, generate.Options{Title: "b"})
	require.Equal(t, len(before.Cards), len(after.Cards))
	for i := range before.Cards {
		assert.Equal(t, before.Cards[i].ID, after.Cards[i].ID, "ids depend on content, not on the title")
	}
}

func TestSourceTitleFallsBackToFirstClaim(t *testing.T) {
	doc, err := corpus.Parse("untitled.txt", []byte("日本は2025年に防衛費をGDP比2%へ引き上げる目標を掲げており、その達成に向けた計画を進めている。\n"))
	require.NoError(t, err)
	d := generate.Build([]*corpus.Document{doc}, generate.Options{Title: "t"})
	require.Len(t, d.Sources, 1)
	assert.True(t, strings.HasPrefix(d.Sources[0].Title, "日本は2025年に"), d.Sources[0].Title)
	assert.True(t, strings.HasSuffix(d.Sources[0].Title, "…"))
	require.NoError(t, d.Validate())
}
