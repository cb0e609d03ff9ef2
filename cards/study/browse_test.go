package study_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
	"factdeck/cards/study"
)

func browseDeck() *deck.Deck {
	return &deck.Deck{
		Format: deck.Format, Title: "日米", Language: "ja",
		Sources: []deck.Source{
			{ID: "s1", File: "001_trade.txt", Title: "関税の行方"},
			{ID: "s2", File: "002_alliance.txt", Title: "Alliance Review"},
		},
		Facts: []deck.Fact{
			{ID: "f1", Source: "s1", Kind: deck.KindPercent, Key: "25%", Sentence: "トランプ政権は自動車に25%の関税を課した。"},
			{ID: "f2", Source: "s2", Kind: deck.KindAcronym, Key: "USTR", Sentence: "ＵＳＴＲは米国通商代表部の略称である。"},
			{ID: "f3", Source: "s2", Kind: deck.KindPerson, Key: "石破茂", Sentence: "石破茂首相はワシントンを訪れた。"},
		},
		Cards: []deck.Card{
			{ID: "c1", Fact: "f1", Type: deck.TypeCloze, Prompt: "トランプ政権は自動車に［＿＿＿］の関税を課した。", Answer: "25%", Tags: []string{"topic:trade-tariffs", "kind:percent"}},
			{ID: "c2", Fact: "f2", Type: deck.TypeBasic, Prompt: "「USTR」は何の略称か。", Answer: "米国通商代表部", Tags: []string{"topic:trade-tariffs", "kind:acronym"}},
			{ID: "c3", Fact: "f3", Type: deck.TypeMCQ, Prompt: "ワシントンを訪れた首相は誰か。", Answer: "石破茂", Choices: []string{"石破茂", "岸田文雄"}, Tags: []string{"topic:diplomacy"}},
			{ID: "c4", Fact: "f1", Type: deck.TypeTrueFalse, Prompt: "自動車の関税は10%である。", Answer: "false", Tags: []string{"topic:economy"}},
		},
	}
}

// ids returns the ids of the cards at the given indexes.
func ids(d *deck.Deck, idx []int) []string {
	out := []string{}
	for _, i := range idx {
		out = append(out, d.Cards[i].ID)
	}
	return out
}

func TestBrowseSearchText(t *testing.T) {
	d := browseDeck()
	b := study.NewBrowser(d)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"everything for an empty query", "", []string{"c1", "c2", "c3", "c4"}},
		// c4 is about c1's fact, whose sentence names him.
		{"katakana", "トランプ", []string{"c1", "c4"}},
		{"hiragana finds katakana", "とらんぷ", []string{"c1", "c4"}},
		{"half-width katakana", "ﾄﾗﾝﾌﾟ", []string{"c1", "c4"}},
		{"inside a word", "動車", []string{"c1", "c4"}},
		{"full-width Latin finds half-width", "ＵＳＴＲ", []string{"c2"}},
		{"any case finds full-width", "ustr", []string{"c2"}},
		{"the fact's sentence", "略称である", []string{"c2"}},
		{"a choice", "岸田", []string{"c3"}},
		{"the source title", "alliance", []string{"c2", "c3"}},
		{"every word must be found", "関税 10%", []string{"c4"}},
		{"not found", "ガザ", []string{}},
		{"no match across two texts", "false自動車", []string{}},
		{"a typed separator splits words as a space does", "false\x00自動車", []string{"c4"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ids(d, b.Search(nil, study.BrowseQuery{Text: tc.text}, t0)))
		})
	}
}

func TestBrowseCardWithoutItsFact(t *testing.T) {
	d := browseDeck()
	d.Cards = append(d.Cards, deck.Card{ID: "lost", Fact: "gone", Type: deck.TypeBasic, Prompt: "ガイコウとは", Answer: "外交"})
	b := study.NewBrowser(d)
	assert.Equal(t, []string{"lost"}, ids(d, b.Search(nil, study.BrowseQuery{Text: "がいこう"}, t0)))
	assert.Empty(t, b.Search(nil, study.BrowseQuery{Text: "がいこう", Kinds: []string{deck.KindDefinition}}, t0), "it has no kind")
}

func TestBrowseSearchFacts(t *testing.T) {
	d := browseDeck()
	d.Facts = append(d.Facts, deck.Fact{ID: "f4", Source: "s1", Kind: deck.KindNumber, Sentence: "カードのない事実。"})
	b := study.NewBrowser(d)
	assert.Equal(t, []int{3}, b.SearchFacts("かーど"), "a fact without cards")
	assert.Equal(t, []int{0, 3}, b.SearchFacts("関税の行方"), "by source title")
	assert.Equal(t, []int{1}, b.SearchFacts("ustr 略称"))
	assert.Len(t, b.SearchFacts(""), 4)
}

func TestBrowseFilters(t *testing.T) {
	d := browseDeck()
	b := study.NewBrowser(d)
	tests := []struct {
		name string
		q    study.BrowseQuery
		want []string
	}{
		{"whole tag", study.BrowseQuery{Tags: []string{"topic:trade-tariffs"}}, []string{"c1", "c2"}},
		{"tag without namespace", study.BrowseQuery{Tags: []string{"trade-tariffs"}}, []string{"c1", "c2"}},
		{"a word of a tag", study.BrowseQuery{Tags: []string{"Tariffs"}}, []string{"c1", "c2"}},
		{"a part of a word is not a tag", study.BrowseQuery{Tags: []string{"tariff"}}, []string{}},
		{"any of the tags", study.BrowseQuery{Tags: []string{"diplomacy", "economy"}}, []string{"c3", "c4"}},
		{"a word within the namespace named", study.BrowseQuery{Tags: []string{"topic:tariffs"}}, []string{"c1", "c2"}},
		{"a word in another namespace", study.BrowseQuery{Tags: []string{"kind:tariffs"}}, []string{}},
		{"a namespace alone is not a tag", study.BrowseQuery{Tags: []string{"topic"}}, []string{}},
		{"a tag typed full width", study.BrowseQuery{Tags: []string{"ＴＡＲＩＦＦＳ"}}, []string{"c1", "c2"}},
		{"card type", study.BrowseQuery{Types: []string{deck.TypeCloze, deck.TypeMCQ}}, []string{"c1", "c3"}},
		{"fact kind", study.BrowseQuery{Kinds: []string{deck.KindPercent}}, []string{"c1", "c4"}},
		{"source by id", study.BrowseQuery{Sources: []string{"s2"}}, []string{"c2", "c3"}},
		{"source by file", study.BrowseQuery{Sources: []string{"001_trade.txt"}}, []string{"c1", "c4"}},
		{"source by title", study.BrowseQuery{Sources: []string{"alliance review"}}, []string{"c2", "c3"}},
		{"filters and text together", study.BrowseQuery{Text: "関税", Tags: []string{"trade-tariffs"}, Types: []string{deck.TypeCloze}}, []string{"c1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ids(d, b.Search(nil, tc.q, t0)))
		})
	}
}

// browseProgress leaves c1 new, c2 learning, c3 due today and c4 due in
// a month, then suspends c4.
func browseProgress(t *testing.T) *study.Progress {
	t.Helper()
	p := study.NewProgress()
	_, err := p.Grade("c2", srs.Again, t0.Add(-time.Minute), 0)
	require.NoError(t, err)
	_, err = p.Grade("c3", srs.Easy, t0.Add(-20*day), 0)
	require.NoError(t, err)
	c3, _ := p.Card("c3")
	require.True(t, c3.Due.Before(t0.Add(day)), "c3 is due by now")
	_, err = p.Grade("c4", srs.Easy, t0, 0)
	require.NoError(t, err)
	p.Suspend("c4")
	return p
}

func TestBrowseStates(t *testing.T) {
	d := browseDeck()
	b := study.NewBrowser(d)
	p := browseProgress(t)
	for state, want := range map[study.CardState][]string{
		study.StateNew:       {"c1"},
		study.StateLearning:  {"c2"},
		study.StateDue:       {"c3"},
		study.StateSuspended: {"c4"},
	} {
		assert.Equal(t, want, ids(d, b.Search(p, study.BrowseQuery{States: []study.CardState{state}}, t0)), state)
	}
	// Unsuspended, c4 is due only when its day comes.
	p.Unsuspend("c4")
	due := study.BrowseQuery{States: []study.CardState{study.StateDue}}
	assert.Equal(t, []string{"c3"}, ids(d, b.Search(p, due, t0)))
	c4, _ := p.Card("c4")
	assert.Contains(t, ids(d, b.Search(p, due, c4.Due)), "c4")
	// Without a progress every card is new.
	assert.Len(t, b.Search(nil, study.BrowseQuery{States: []study.CardState{study.StateNew}}, t0), 4)
}

func TestBrowseSort(t *testing.T) {
	d := browseDeck()
	b := study.NewBrowser(d)
	p := browseProgress(t)
	tests := []struct {
		sort study.BrowseSort
		want []string
	}{
		{study.SortDeck, []string{"c1", "c2", "c3", "c4"}},
		// c2 is due in minutes, c3 today, c4 in weeks; c1 is new, last.
		{study.SortDue, []string{"c3", "c2", "c4", "c1"}},
		// "alliance review" sorts before "関税の行方".
		{study.SortSource, []string{"c2", "c3", "c1", "c4"}},
		// Folded prompts: 「 then ト(と) then ワ(わ) then 自.
		{study.SortText, []string{"c2", "c1", "c3", "c4"}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, ids(d, b.Search(p, study.BrowseQuery{Sort: tc.sort}, t0)), "sort %d", tc.sort)
	}
}

func TestExportFlags(t *testing.T) {
	d := browseDeck()
	p := study.NewProgress()
	require.NoError(t, p.FlagCard("c2", t0, "略称が違う"))
	require.NoError(t, p.FlagCard("gone", t0.Add(time.Hour), ""))
	data, err := study.ExportFlags(d, p)
	require.NoError(t, err)
	var got study.FlagExport
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, study.FlagExport{Deck: "日米", Flags: []study.FlaggedCard{
		{Card: "c2", Time: t0, Note: "略称が違う", Type: deck.TypeBasic, Prompt: "「USTR」は何の略称か。", Answer: "米国通商代表部",
			Sentence: "ＵＳＴＲは米国通商代表部の略称である。", Source: "Alliance Review", File: "002_alliance.txt"},
		{Card: "gone", Time: t0.Add(time.Hour)},
	}}, got)

	empty, err := study.ExportFlags(d, study.NewProgress())
	require.NoError(t, err)
	assert.JSONEq(t, `{"deck":"日米","flags":[]}`, string(empty))
}

// TestBrowseTheBuiltInDeck finds every card about tariffs in the deck
// the app ships, by tag word and by text.
func TestBrowseTheBuiltInDeck(t *testing.T) {
	d, err := deck.Read("../../assets/decks/corpus.json")
	require.NoError(t, err)
	b := study.NewBrowser(d)
	var tagged []string
	for _, c := range d.Cards {
		for _, tag := range c.Tags {
			if tag == "topic:trade-tariffs" {
				tagged = append(tagged, c.ID)
			}
		}
	}
	require.NotEmpty(t, tagged)
	assert.Equal(t, tagged, ids(d, b.Search(nil, study.BrowseQuery{Tags: []string{"tariffs"}}, t0)))

	// Kanji fold to themselves, so the raw texts tell which cards hold 関税.
	var want []string
	for _, c := range d.Cards {
		f, _ := d.Fact(c.Fact)
		s, _ := d.Source(f.Source)
		if strings.Contains(c.Prompt+c.Answer+c.Note+fmt.Sprint(c.Choices, c.Also, c.Accept, c.Items, c.Pairs)+f.Sentence+f.Key+s.Title, "関税") {
			want = append(want, c.ID)
		}
	}
	require.NotEmpty(t, want)
	assert.Equal(t, want, ids(d, b.Search(nil, study.BrowseQuery{Text: "関税"}, t0)))
}
