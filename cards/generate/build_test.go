package generate_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/generate"
)

// corpusDecks remembers the decks of assets/corpus by options: several
// tests read the same one, and a build takes a while under js/wasm.
var corpusDecks = map[string]*deck.Deck{}

// corpusDeck builds the deck of assets/corpus, as `make deck` does. The
// deck is shared: tests must not change it.
func corpusDeck(t testing.TB, opt generate.Options) *deck.Deck {
	t.Helper()
	if opt.Title == "" {
		opt.Title = "t"
	}
	key := fmt.Sprintf("%+v", opt)
	if d, ok := corpusDecks[key]; ok {
		return d
	}
	d, err := generate.Build(load(t, "../../assets/corpus/*.txt"), opt)
	require.NoError(t, err)
	require.NoError(t, d.Validate())
	corpusDecks[key] = d
	return d
}

func TestBuildSmall(t *testing.T) {
	d, err := generate.Build(load(t, "testdata/small.txt"), generate.Options{Title: "小"})
	require.NoError(t, err)
	require.NoError(t, d.Validate())
	clozes := map[string]string{}
	for _, c := range d.Cards {
		if c.Type == deck.TypeCloze {
			clozes[c.Answer] = c.Prompt
		}
		f, ok := d.Fact(c.Fact)
		require.True(t, ok)
		assert.NotContains(t, f.Sentence, "短い", "the short sentence gives no card")
		assert.NotContains(t, f.Sentence, "Photo", "the credit gives no card")
	}
	assert.Equal(t, "石破茂首相は［＿＿＿］にワシントンでトランプ大統領と会談した。", clozes["2025年2月7日"])
	assert.Equal(t, "【「日米首脳会談の記録」より】日本の防衛費はGDP比［＿＿＿］を目標とする。", clozes["2%"],
		"a figure's question names its source, which says when and where it was stated")
	sentences := map[string]int{}
	for _, f := range d.Facts {
		sentences[f.Sentence+"\x00"+f.Kind+"\x00"+f.Key]++
	}
	for k, n := range sentences {
		assert.Equal(t, 1, n, "the repeated sentence gives one fact: %q", k)
	}
	assert.Equal(t, "ja", d.Language)
	require.Len(t, d.Sources, 1)
	assert.Equal(t, "日米首脳会談の記録", d.Sources[0].Title)
}

// TestCorpusCardsAreGrounded checks the quality rules on the real corpus:
// every answer stands in its fact's sentence, no prompt shows its answer,
// every cloze keeps the rest of its sentence, and every fact sentence is a
// claim of its document (or a table's row), never noise or a repeat.
func TestCorpusCardsAreGrounded(t *testing.T) {
	docs := load(t, "../../assets/corpus/*.txt")
	d := corpusDeck(t, generate.Options{Seed: 1})
	require.Greater(t, len(d.Cards), 50)

	claims := map[string][]string{}
	for _, doc := range docs {
		for _, s := range doc.Sentences {
			if s.IsClaim() && s.DupOf == "" || s.Noise == corpus.NoiseTable {
				claims[doc.ID] = append(claims[doc.ID], s.Text)
			}
		}
	}
	for _, c := range d.Cards {
		f, ok := d.Fact(c.Fact)
		require.True(t, ok)
		// A claim, or an example in brackets inside one.
		assert.True(t, slices.ContainsFunc(claims[f.Source], func(s string) bool {
			return s == f.Sentence || strings.Contains(s, "(例えば、"+f.Sentence+")")
		}), "card %s: sentence is not a claim of %s: %q", c.ID, f.Source, f.Sentence)
		if f.Key != "" {
			assert.Contains(t, f.Sentence, f.Key, "fact %s: key stands in the sentence", f.ID)
		}
		switch c.Type {
		case deck.TypeCloze:
			filled := strings.ReplaceAll(c.Prompt, deck.Blank, c.Answer)
			if strings.HasPrefix(filled, "【") {
				_, filled, _ = strings.Cut(filled, "】") // a caveat: see TestCaveats
			}
			if _, rest, ok := strings.Cut(filled, "（文脈："); ok {
				_, filled, _ = strings.Cut(rest, "）")
			}
			shown := f.Sentence
			if !strings.Contains(filled, c.Answer+"(") && !strings.Contains(filled, c.Answer+" (") {
				shown = withoutEnglishGloss(f.Sentence, c.Answer) // the gloss is blanked too
			}
			if strings.Contains(shown, "(日本円で"+c.Answer) && !strings.Contains(shown, filled) {
				shown = withoutConvertedSum(shown, c.Answer) // the answer stands for the sum it converts
			}
			assertShows(t, shown, filled, c.ID)
		case deck.TypeMCQ:
			assert.True(t, f.Key == c.Answer || f.Kind == deck.KindAcronym, "card %s: the answer is the fact's key", c.ID)
		}
	}
}

// TestNoAnswerInPrompt checks every card of the corpus deck: its prompt
// does not hold its answer (after NFKC, without spaces and separators). A
// numeric answer is a number; its prompt must not hold it as a number.
func TestNoAnswerInPrompt(t *testing.T) {
	for _, lang := range []string{"ja", "en"} {
		d := corpusDeck(t, generate.Options{Seed: 1, Language: lang})
		for _, c := range d.Cards {
			switch c.Type {
			case deck.TypeTrueFalse:
				// The answer is a verdict, not a span.
			case deck.TypeNumeric:
				for _, n := range numbers(strip(c.Prompt)) {
					assert.NotEqual(t, c.Answer, n, "card %s: %q shows its answer %s", c.ID, c.Prompt, c.Answer)
				}
				assert.NotContains(t, strip(c.Prompt), strip(c.Answer+c.Unit))
			default:
				assert.NotContains(t, strip(c.Prompt), strip(c.Answer), "card %s (%s): prompt shows its answer", c.ID, c.Type)
			}
		}
	}
}

// numbers lists the numbers written in s.
func numbers(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
}

// TestPositionBalance checks, over the whole corpus deck, that the correct
// choice sits in each of the four positions between 15% and 35% of the
// time, and is not systematically the longest choice.
func TestPositionBalance(t *testing.T) {
	for _, seed := range []uint64{1, 2, 7} {
		d := corpusDeck(t, generate.Options{Seed: seed})
		var at [4]int
		n, longest := 0, 0
		for _, c := range d.Cards {
			if c.Type != deck.TypeMCQ {
				continue
			}
			n++
			for i, ch := range c.Choices {
				if ch == c.Answer {
					at[i]++
				}
			}
			if isLongest(c.Answer, c.Choices) {
				longest++
			}
		}
		require.Greater(t, n, 20)
		for i, k := range at {
			share := float64(k) / float64(n)
			assert.True(t, share >= 0.15 && share <= 0.35, "seed %d: the answer is choice %d in %.0f%% of %d cards", seed, i+1, 100*share, n)
		}
		assert.Less(t, float64(longest)/float64(n), 0.4, "seed %d: the answer is the longest choice in %d of %d cards", seed, longest, n)
	}
}

func isLongest(answer string, choices []string) bool {
	for _, ch := range choices {
		if ch != answer && len([]rune(ch)) >= len([]rune(answer)) {
			return false
		}
	}
	return true
}

// TestSeed checks that a build is byte-identical for one seed and that
// another seed changes the choices but not the ids of the cards.
func TestSeed(t *testing.T) {
	marshal := func(seed uint64) (*deck.Deck, []byte) {
		d, err := generate.Build(load(t, "../../assets/corpus/*.txt"), generate.Options{Title: "t", Seed: seed})
		require.NoError(t, err)
		b, err := deck.Marshal(d)
		require.NoError(t, err)
		return d, b
	}
	d1, a := marshal(1)
	_, b := marshal(1)
	assert.Equal(t, a, b, "the same seed gives the same bytes")
	d2, c := marshal(2)
	assert.NotEqual(t, a, c, "another seed gives another deck")
	// The seed picks distractors, positions and which statements are
	// false; which cards the deck holds, and so their ids, does not
	// depend on it.
	ids := func(d *deck.Deck) []string {
		var out []string
		for _, c := range d.Cards {
			if c.Type != deck.TypeTrueFalse {
				out = append(out, c.ID)
			}
		}
		return out
	}
	assert.Equal(t, ids(d1), ids(d2))
}

func TestIDsSurviveUnrelatedChanges(t *testing.T) {
	docs := load(t, "testdata/small.txt")
	before, err := generate.Build(docs, generate.Options{Title: "a", Seed: 1})
	require.NoError(t, err)
	after, err := generate.Build(docs, generate.Options{Title: "b", Seed: 1})
	require.NoError(t, err)
	require.Equal(t, len(before.Cards), len(after.Cards))
	for i := range before.Cards {
		assert.Equal(t, before.Cards[i].ID, after.Cards[i].ID, "ids depend on content, not on the title")
	}
}

func TestSourceTitleFallsBackToFirstClaim(t *testing.T) {
	doc, err := corpus.Parse("untitled.txt", []byte("日本は2025年に防衛費をGDP比2%へ引き上げる目標を掲げており、その達成に向けた計画を進めている。\n"))
	require.NoError(t, err)
	d, err := generate.Build([]*corpus.Document{doc}, generate.Options{Title: "t"})
	require.NoError(t, err)
	require.Len(t, d.Sources, 1)
	assert.True(t, strings.HasPrefix(d.Sources[0].Title, "日本は2025年に"), d.Sources[0].Title)
	assert.True(t, strings.HasSuffix(d.Sources[0].Title, "…"))
	require.NoError(t, d.Validate())
}

// TestOneStudyCardPerFact checks the study queue's share of the corpus
// deck: each fact, each blank of a sentence and each acronym has exactly
// one card without quiz_only, and every quiz-only card has a study
// sibling on its fact.
func TestOneStudyCardPerFact(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	facts := map[string]deck.Fact{}
	for _, f := range d.Facts {
		facts[f.ID] = f
	}
	studied := map[string]int{}
	blanks := map[string]int{}
	quizOnly := 0
	for _, c := range d.Cards {
		if c.QuizOnly {
			quizOnly++
			continue
		}
		if c.Type == deck.TypeOrder || c.Type == deck.TypeMatch {
			continue
		}
		studied[c.Fact]++
		if c.Type != deck.TypeTrueFalse {
			blanks[facts[c.Fact].Sentence+"\x00"+c.Answer]++
		}
	}
	require.Positive(t, quizOnly, "the corpus asks many facts more than one way")
	for id, n := range studied {
		assert.Equal(t, 1, n, "fact %s has %d study cards", id, n)
	}
	for k, n := range blanks {
		assert.Equal(t, 1, n, "blank %q is studied %d times", k, n)
	}
	for _, c := range d.Cards {
		if c.QuizOnly {
			assert.True(t, hasStudySibling(d, facts, c), "quiz-only card %s has no study sibling", c.ID)
		}
	}
}

// hasStudySibling reports a study card on c's fact, on c's sentence, or on
// the acronym pair c asks (its answer stands in the sibling's question or
// answer).
func hasStudySibling(d *deck.Deck, facts map[string]deck.Fact, c deck.Card) bool {
	asked := c.Answer
	if c.Type == deck.TypeTrueFalse {
		asked = facts[c.Fact].Key
	}
	for _, o := range d.Cards {
		if o.QuizOnly || o.ID == c.ID {
			continue
		}
		if o.Fact == c.Fact || facts[o.Fact].Sentence == facts[c.Fact].Sentence ||
			strings.Contains(o.Prompt+o.Answer, asked) {
			return true
		}
	}
	return false
}
