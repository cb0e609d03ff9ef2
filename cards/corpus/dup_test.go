package corpus

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// 004 holds its seven paragraphs twice; the second copy gives no new fact.
func TestDuplicatesWithinDocument(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc004)
	first := sentencesWith(d, "日本は、第2次トランプ政権との早期会談を実現し")
	require.Len(t, first, 2)
	a, b := first[0].Index, first[1].Index
	n := b - a
	require.Equal(t, len(d.Sentences), b+n, "the copy runs to the end")
	for i := a; i < b; i++ {
		orig, again := d.Sentences[i], d.Sentences[i+n]
		assert.Equal(t, "", orig.DupOf, orig.Text)
		assert.Equal(t, orig.Text, again.Text)
		assert.Equal(t, orig.Ref(d.ID), again.DupOf)
	}
	assert.Len(t, d.Claims(), n)
}

func TestDuplicatesWithinDocumentMarkedByParse(t *testing.T) {
	d, err := Parse("t.txt", []byte("同じ文である。別の文である。\n同じ文である。\n同じ　文である。"))
	require.NoError(t, err)
	assert.Equal(t, []string{"", "", "t#0", "t#0"}, dupOfs(d.Sentences))
}

func TestDuplicateQuestionIn000(t *testing.T) {
	d := docOf(t, loadCorpus(t), doc000)
	ss := sentencesWith(d, "トランプ再選で日米関係はどうなる?")
	require.Len(t, ss, 2)
	assert.Equal(t, NoiseQuestionHeading, ss[0].Noise)
	assert.Equal(t, "", ss[0].DupOf)
	assert.Equal(t, ss[0].Ref(d.ID), ss[1].DupOf)
}

// testdata/retell.txt retells sentences of the built-in documents, with
// full-width digits and without the stray space of 004's "ファースト 」".
func TestDuplicatesAcrossDocuments(t *testing.T) {
	paths := append(corpusPaths(t), filepath.Join("testdata", "retell.txt"))
	docs, err := LoadAll(paths)
	require.NoError(t, err)
	retell := docOf(t, docs, "retell")
	tests := []struct {
		name   string
		text   string // in retell
		origin string // document it repeats, "" for none
		orig   string // the original's text there
	}{
		{"width and spacing differ", "日本は、第2次トランプ政権との早期会談を実現し", doc004, "日本は、第2次トランプ政権との早期会談を実現し"},
		{"original was rejoined across a page break", "トランプ大統領の「アメリカ第一主義」に基づく外交スタイルは", doc003, "トランプ大統領の「アメリカ第一主義」に基づく外交スタイルは"},
		{"full-width digits", "日米安保条約は1951年に締結され", doc003, "日米安保条約は1951年に締結され"},
		{"a heading repeats a heading", "まとめ", doc001, "まとめ"},
		{"first claim of a text that was only a teaser before", "ウクライナ停戦と北朝鮮との合意。", "", ""},
		{"new sentence", "この覚え書きだけにある文である。", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentenceWith(t, retell, tt.text)
			if tt.origin == "" {
				assert.Equal(t, "", s.DupOf)
				return
			}
			o := sentenceWith(t, docOf(t, docs, tt.origin), tt.orig)
			assert.Equal(t, o.Ref(tt.origin), s.DupOf)
		})
	}
	teaser := sentenceWith(t, docOf(t, docs, doc000), "ウクライナ停戦と北朝鮮との合意。")
	assert.Equal(t, NoiseTeaser, teaser.Noise)
	assert.True(t, sentenceWith(t, retell, "ウクライナ停戦と北朝鮮との合意。").IsClaim())
}

// Whichever document comes first in LoadAll's order holds the original.
func TestLoadAllOrderDecidesOriginal(t *testing.T) {
	docs, err := LoadAll([]string{filepath.Join("testdata", "retell.txt"), corpusPaths(t)[4]})
	require.NoError(t, err)
	orig := sentenceWith(t, docs[0], "日本は、第2次トランプ政権との早期会談を実現し")
	ss := sentencesWith(docs[1], "日本は、第2次トランプ政権との早期会談を実現し")
	require.Len(t, ss, 2)
	for _, s := range ss {
		assert.Equal(t, orig.Ref("retell"), s.DupOf)
	}
}

// The five built-in documents share no sentence with each other; their
// repeats are all within one document (000's question, 002's 公開日 date,
// 004's second copy).
func TestBuiltInDuplicatesStayWithinDocuments(t *testing.T) {
	perDoc := map[string]int{}
	for _, d := range loadCorpus(t) {
		for _, s := range d.Sentences {
			if s.DupOf == "" {
				continue
			}
			assert.True(t, strings.HasPrefix(s.DupOf, d.ID+"#"), "%s dup of %s", s.Ref(d.ID), s.DupOf)
			perDoc[d.ID]++
		}
	}
	// 002's second is the summary bullet that misspells ヘグセス.
	assert.Equal(t, map[string]int{doc000: 1, doc002: 2, doc004: 37}, perDoc)
}

// A claim never points at noise: exactly one claim per text stays the fact.
func TestClaimDuplicatesPointAtClaims(t *testing.T) {
	docs, err := LoadAll(append(corpusPaths(t), filepath.Join("testdata", "retell.txt")))
	require.NoError(t, err)
	byRef := map[string]Sentence{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			byRef[s.Ref(d.ID)] = s
		}
	}
	facts := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			if !s.IsClaim() {
				continue
			}
			if s.DupOf == "" {
				assert.False(t, facts[dupKey(s.Text)], "two facts with text %q", s.Text)
				facts[dupKey(s.Text)] = true
				continue
			}
			o, ok := byRef[s.DupOf]
			require.True(t, ok, s.DupOf)
			assert.True(t, o.IsClaim(), "%s points at noise %s", s.Ref(d.ID), s.DupOf)
			if s.Mark != "" && dupKey(o.Text) != dupKey(s.Text) {
				assert.GreaterOrEqual(t, dice(bigrams(s.Text), bigrams(o.Text)), restatesAt, "%s retells %s", s.Ref(d.ID), s.DupOf)
				continue
			}
			assert.Equal(t, dupKey(o.Text), dupKey(s.Text))
		}
	}
}

func dupOfs(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.DupOf
	}
	return out
}

// A summary bullet that retells a sentence of the running text, with a
// name spelt otherwise, gives no facts of its own; a bullet that only
// shares the topic keeps its facts.
func TestSummaryBulletRetellingTheText(t *testing.T) {
	d, err := Parse("t.txt", []byte("✅ 北村外相も、スミス国務長官との電話会談などを通じて、漁業協定の延長を確認してきたと述べています。\n"+
		"✅ 漁業協定は2030年まで延長される見込みである。\n"+
		"北村外相も、スミッツ国務長官との電話会談などを通じ、漁業協定の延長の確認を行っています。\n"))
	require.NoError(t, err)
	require.Len(t, d.Sentences, 3)
	assert.Equal(t, d.Sentences[2].Ref(d.ID), d.Sentences[0].DupOf, "the bullet retells the third sentence")
	assert.Equal(t, "", d.Sentences[1].DupOf, "the second bullet says something of its own")
	assert.Equal(t, "", d.Sentences[2].DupOf)
}
