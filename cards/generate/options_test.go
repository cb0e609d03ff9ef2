package generate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/generate"
)

func TestTypesAndKindsFilter(t *testing.T) {
	d := claimDeck(t, generate.Options{Types: []string{deck.TypeMCQ, deck.TypeNumeric}, Kinds: []string{deck.KindPercent}})
	require.NotEmpty(t, d.Cards)
	for _, c := range d.Cards {
		assert.Contains(t, []string{deck.TypeMCQ, deck.TypeNumeric}, c.Type)
		f, _ := d.Fact(c.Fact)
		assert.Equal(t, deck.KindPercent, f.Kind)
	}
}

func TestMinQualityDropsCards(t *testing.T) {
	all := claimDeck(t, generate.Options{})
	some := claimDeck(t, generate.Options{MinQuality: 0.9})
	none := claimDeck(t, generate.Options{MinQuality: 1})
	assert.Less(t, len(some.Cards), len(all.Cards))
	assert.LessOrEqual(t, len(none.Cards), len(some.Cards))
	for _, c := range some.Cards {
		f, _ := some.Fact(c.Fact)
		assert.Empty(t, f.Conflicts, "a card whose sources disagree scores under 0.9")
	}
}

func TestEnglishWording(t *testing.T) {
	d := claimDeck(t, generate.Options{Language: "en"})
	assert.Equal(t, "en", d.Language)
	want := map[string]bool{
		"According to 米キニピアック大学が1月29日に発表した全国世論調査, What percentage: トランプ大統領の支持率?": false,
		"Fill in the blank: how many 億ドル (about)? Answer with a number. 「2026年3月の首脳会談では、日米間の年間貿易額［＿＿＿］(2025年実績)のうち、日本側の対米黒字が依然として大きい点に焦点が当てられ、米国の自動車メーカーや農業団体からのロビー活動も活発化しています。」": false,
		"What does DOGE stand for?":   false,
		"In what year: 日米安保条約が締結された?": false,
	}
	for _, c := range d.Cards {
		p := c.Prompt
		if strings.HasPrefix(p, "[") { // the source or a caveat, in English too
			_, p, _ = strings.Cut(p, "] ")
		}
		if _, ok := want[p]; ok {
			want[p] = true
		}
		if c.Type == deck.TypeTrueFalse {
			assert.True(t, strings.HasPrefix(p, "Correct or incorrect"), c.Prompt)
		}
	}
	for p, found := range want {
		assert.True(t, found, "no card asks %q", p)
	}
	events, err := generate.Build(load(t, "testdata/events.txt"), generate.Options{Language: "en", Title: "events"})
	require.NoError(t, err)
	assert.True(t, slices.ContainsFunc(events.Cards, func(c deck.Card) bool { return c.Prompt == "Put these events in order, oldest first." }))
}

func TestBadOptions(t *testing.T) {
	docs, facts := claims(t)
	for _, opt := range []generate.Options{
		{Types: []string{"essay"}},
		{Kinds: []string{"rumour"}},
		{Language: "fr"},
		{MinQuality: 1.5},
	} {
		_, err := generate.BuildFacts(docs, facts, opt)
		assert.Error(t, err, "%+v", opt)
	}
}

func TestTags(t *testing.T) {
	d := claimDeck(t, generate.Options{})
	for _, c := range d.Cards {
		f, _ := d.Fact(c.Fact)
		assert.Contains(t, c.Tags, "kind:"+f.Kind)
		assert.Contains(t, c.Tags, "source:"+f.Source)
		assert.Contains(t, c.Tags, "type:"+c.Type)
	}
	poll := cardsOf(d, deck.TypeMCQ, "46%")
	require.Len(t, poll, 1)
	assert.True(t, slices.Contains(poll[0].Tags, "topic:polls"), "%v", poll[0].Tags)
	treaty := cardsOf(d, deck.TypeMCQ, "1951年")
	require.Len(t, treaty, 1)
	assert.Contains(t, treaty[0].Tags, "topic:security")
	tariff := cardsOf(d, deck.TypeMCQ, "10%以下")
	require.Len(t, tariff, 1)
	assert.Contains(t, tariff[0].Tags, "topic:trade-tariffs")
}
