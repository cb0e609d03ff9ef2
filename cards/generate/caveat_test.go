package generate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/generate"
)

// The fixture testdata/caveats holds five short documents: three name 石破
// as prime minister, one (c.txt) names 岸田 at a later, different summit;
// d.txt quotes a 2019 article under its own date line and ends with a
// forecast.
func caveatDeck(t *testing.T, opt generate.Options) *deck.Deck {
	t.Helper()
	opt.Title = "caveats"
	d, err := generate.Build(load(t, "testdata/caveats/*.txt"), opt)
	require.NoError(t, err)
	return d
}

func caveatOf(c deck.Card) string {
	for _, tag := range c.Tags {
		if k, ok := strings.CutPrefix(tag, "caveat:"); ok {
			return k
		}
	}
	return ""
}

func TestCaveats(t *testing.T) {
	d := caveatDeck(t, generate.Options{Seed: 1})
	facts := map[string]deck.Fact{}
	for _, f := range d.Facts {
		facts[f.ID] = f
	}
	var minority, majority, dated, forecast, contestedShown int
	for _, c := range d.Cards {
		f := facts[c.Fact]
		switch {
		case c.Type == deck.TypeCloze && c.Answer == "岸田文雄":
			minority++
			assert.True(t, strings.HasPrefix(c.Prompt, "【出典によって異なる：「首相訪米」"), "the label names whose account is asked: %s", c.Prompt)
			assert.Contains(t, c.Accept, "石破茂", "the other sources' answer is accepted")
			assert.Contains(t, c.Note, "「首相訪米」では岸田文雄")
			assert.Contains(t, c.Note, "石破")
		case c.Type == deck.TypeCloze && c.Answer == "石破茂":
			majority++
			assert.False(t, strings.HasPrefix(c.Prompt, "【"), "what most sources state is taught: %s", c.Prompt)
			assert.Empty(t, c.Accept, "the contested source's answer is not accepted where it says nothing of this claim")
		case strings.Contains(f.Sentence, "貿易交渉の基本合意"):
			dated++
			assert.Equal(t, "2019-08-26", f.Date, "the excerpt's own date")
			assert.True(t, strings.HasPrefix(c.Prompt, "【2019年8月26日の記事によると】"), c.Prompt)
		case strings.Contains(f.Sentence, "再選された場合"):
			forecast++
			assert.True(t, strings.HasPrefix(c.Prompt, "【執筆時点の見通し】"), c.Prompt)
			assert.NotEqual(t, deck.TypeTrueFalse, c.Type, "a forecast is not stated true or false")
		}
		if f.Source == "c" {
			assert.Contains(t, []string{"contested", "disputed"}, caveatOf(c), "card %s of the contested source: %s", c.ID, c.Prompt)
			assert.True(t, strings.HasPrefix(c.Prompt, "【"), c.Prompt)
		}
		if f.Source == "c" && strings.Contains(f.Sentence, "岸田") {
			contestedShown++
			assert.True(t, strings.HasPrefix(c.Prompt, "【出典によって異なる："), "a sentence stating the disputed claim says so: %s", c.Prompt)
			assert.NotEqual(t, deck.TypeTrueFalse, c.Type, "no statement true by one source and false by the others: %s", c.Prompt)
		}
		if caveatOf(c) == "disputed" && strings.HasPrefix(c.Prompt, "【") {
			assert.NotContains(t, []string{deck.TypeTrueFalse, deck.TypeNumeric}, c.Type, "no answer settles %s", c.Prompt)
		}
		if c.Type == deck.TypeOrder {
			for _, item := range c.Items {
				assert.NotContains(t, item, "岸田", "an ordering card sets only undisputed events side by side")
			}
			assert.False(t, slices.ContainsFunc(c.Choices, func(s string) bool { return strings.Contains(s, "基本合意") }))
		}
	}
	assert.Positive(t, minority)
	assert.Positive(t, majority)
	assert.Positive(t, dated)
	assert.Positive(t, forecast)
	assert.Positive(t, contestedShown)
}

func TestSkipCaveated(t *testing.T) {
	all := caveatDeck(t, generate.Options{Seed: 1})
	plain := caveatDeck(t, generate.Options{Seed: 1, SkipCaveated: true})
	require.NotEmpty(t, plain.Cards)
	assert.Less(t, len(plain.Cards), len(all.Cards))
	for _, c := range plain.Cards {
		assert.Empty(t, caveatOf(c), c.Prompt)
		assert.Empty(t, c.Note, c.Prompt)
	}
}

// A figure's question that states no year names its source and date
// first, and so do one on a claim a contested source states otherwise,
// one on who held a post, and one on a sentence dated by its month
// alone; a date's does not (its answer is the date).
func TestFrame(t *testing.T) {
	d := caveatDeck(t, generate.Options{Seed: 1})
	facts := map[string]deck.Fact{}
	for _, f := range d.Facts {
		facts[f.ID] = f
	}
	framed := 0
	for _, c := range d.Cards {
		f := facts[c.Fact]
		isFrame := strings.HasPrefix(c.Prompt, "【「") && strings.Contains(c.Prompt, "より】")
		if isFrame {
			framed++
			if len(f.Conflicts) == 0 && f.Kind != deck.KindDate && !strings.Contains(f.Sentence, "月") {
				// A holder of a post hangs on when, as a figure does.
				assert.Contains(t, []string{deck.KindNumber, deck.KindPercent, deck.KindMoney, deck.KindPerson}, f.Kind, c.Prompt)
			}
			assert.NotContains(t, c.Prompt[:strings.Index(c.Prompt, "】")], c.Answer, "the frame gives nothing away")
		}
		if f.Kind == deck.KindDate && len(f.Conflicts) == 0 && strings.Contains(f.Key, "年") {
			assert.False(t, isFrame, "a year is the answer: %s", c.Prompt)
		}
	}
	assert.Positive(t, framed)
}

// A holder of a post that a later-dated source gives to someone else is
// taught as of its writing, with the later holder in the note.
func TestSupersededHolder(t *testing.T) {
	old, err := corpus.Parse("a.txt", []byte("同盟の記録\n2019年8月26日\n\n山田一郎官房長官は、日米同盟の重要性を会見で強調しました。\n"))
	newer, err2 := corpus.Parse("b.txt", []byte("2025年3月7日\n\n鈴木次郎官房長官は、記者会見で米国への全幅の信頼を表明しました。\n"))
	require.NoError(t, err)
	require.NoError(t, err2)
	d, err := generate.Build([]*corpus.Document{old, newer}, generate.Options{Seed: 1, Title: "t"})
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, c := range d.Cards {
		switch c.Answer {
		case "山田一郎":
			seen[c.Answer] = true
			assert.True(t, strings.HasPrefix(c.Prompt, "【2019年8月26日時点の記述】"), c.Prompt)
			assert.Contains(t, c.Note, "鈴木次郎")
		case "鈴木次郎":
			seen[c.Answer] = true
			assert.NotContains(t, c.Prompt, "執筆時点の記述", c.Prompt)
		}
	}
	assert.Len(t, seen, 2, "both holders are asked")

	// Undated, the earlier holder is placed by the later source.
	undated, err := corpus.Parse("a.txt", []byte("同盟の記録\n\n山田一郎官房長官は、日米同盟の重要性を会見で強調しました。\n"))
	require.NoError(t, err)
	d, err = generate.Build([]*corpus.Document{undated, newer}, generate.Options{Seed: 1, Title: "t"})
	require.NoError(t, err)
	asked := 0
	for _, c := range d.Cards {
		if c.Answer == "山田一郎" {
			asked++
			assert.True(t, strings.HasPrefix(c.Prompt, "【以前の記述："), c.Prompt)
			assert.Contains(t, c.Prompt, "（2025年3月7日）では鈴木次郎】", "the later source and its holder")
		}
	}
	assert.Positive(t, asked)
}

// A contested source's claim that its event was the first of its kind
// gives no card: the other sources date an earlier one.
func TestContestedFirstGivesNoCard(t *testing.T) {
	d := caveatDeck(t, generate.Options{Seed: 1})
	for _, c := range d.Cards {
		f, ok := d.Fact(c.Fact)
		require.True(t, ok)
		assert.False(t, strings.Contains(f.Sentence, "初めての本格的な"), "card %s: %s", c.ID, c.Prompt)
	}
}

// A figure whose source title shows the answer is framed by the date
// alone: the day without a month still gets its month and year.
func TestFrameByDateWhereTheTitleTells(t *testing.T) {
	doc, err := corpus.Parse("news.txt", []byte("川浜鉄道、大雨から3年ぶりに再開\n2026年4月18日 11:32\n\n運休が続いていた川浜鉄道は17日、3年ぶりに全線で運転を再開した。\n"))
	require.NoError(t, err)
	d, err := generate.Build([]*corpus.Document{doc}, generate.Options{Title: "t"})
	require.NoError(t, err)
	asked := 0
	for _, c := range d.Cards {
		if c.Answer != "3年ぶり" && c.Answer != "3" {
			continue
		}
		asked++
		assert.True(t, strings.HasPrefix(c.Prompt, "【2026年4月18日の記事によると】"), c.Prompt)
		assert.NotContains(t, c.Prompt, "川浜鉄道、大雨から", "the title would tell the answer")
	}
	assert.Positive(t, asked)
}
