package quality

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// Sentences of testdata/news.txt and testdata/retell.txt, as normalized.
const (
	meeting  = "2025年2月7日、石破茂首相はホワイトハウスでトランプ大統領と会談した。"
	treaty   = "日米安保条約は1951年に締結され、1960年に改定された。"
	trade    = "会談では、日米間の年間貿易額約2,400億ドルが話題となった。"
	credit   = "Photo by Jane Doe on Unsplash"
	tableRow = "保護 数年間 25%—50%"
)

// fixtureDocs loads the test documents; retell.txt repeats a sentence of
// news.txt, so there it is a repeat.
func fixtureDocs(t *testing.T) []*corpus.Document {
	t.Helper()
	docs, err := corpus.LoadAll([]string{"testdata/news.txt", "testdata/retell.txt"})
	require.NoError(t, err)
	return docs
}

// fixtureDeck is a deck on the test documents with the given facts and cards.
func fixtureDeck(facts []deck.Fact, cards []deck.Card) *deck.Deck {
	return &deck.Deck{
		Format: deck.Format, Title: "テスト", Language: "ja",
		Sources: []deck.Source{
			{ID: "news", File: "news.txt", Title: "日米首脳会談の記録"},
			{ID: "retell", File: "retell.txt", Title: "会談の再録"},
		},
		Facts: facts,
		Cards: cards,
	}
}

func fact(id, sentence, kind, key string) deck.Fact {
	return deck.Fact{ID: id, Source: "news", Sentence: sentence, Kind: kind, Key: key}
}

func rules(vs []Violation) []string {
	out := []string{}
	for _, v := range vs {
		out = append(out, v.Rule)
	}
	sort.Strings(out)
	return out
}

func TestCheckCards(t *testing.T) {
	date := fact("f1", meeting, deck.KindDate, "2025年2月7日")
	money := fact("f2", trade, deck.KindMoney, "約2,400億ドル")
	year := fact("f3", treaty, deck.KindDate, "1951年")
	table := fact("f4", tableRow, deck.KindTable, "25%—50%")
	tests := []struct {
		name string
		fact deck.Fact
		card deck.Card
		want []string
	}{
		{"good cloze", date, deck.Card{Type: deck.TypeCloze, Prompt: "［＿＿＿］、石破茂首相はホワイトハウスでトランプ大統領と会談した。", Answer: "2025年2月7日"}, nil},
		{"good cloze on a clause", date, deck.Card{Type: deck.TypeCloze, Prompt: "［＿＿＿］、石破茂首相はホワイトハウスでトランプ大統領と会談した", Answer: "2025年2月7日"}, nil},
		{"good mcq", date, deck.Card{Type: deck.TypeMCQ, Prompt: "石破茂首相がホワイトハウスでトランプ大統領と会談したのはいつか。", Answer: "2025年2月7日",
			Choices: []string{"2025年3月7日", "2025年2月7日", "2024年2月7日", "2025年2月17日"}}, nil},
		{"good numeric with thousands separator", money, deck.Card{Type: deck.TypeNumeric, Prompt: "会談で話題となった日米間の年間貿易額は約何億ドルか。", Answer: "2400"}, nil},
		{"good basic", year, deck.Card{Type: deck.TypeBasic, Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951年"}, nil},
		{"good true statement", year, deck.Card{Type: deck.TypeTrueFalse, Prompt: "日米安保条約は1951年に締結された。", Answer: "true"}, nil},
		{"good false statement", year, deck.Card{Type: deck.TypeTrueFalse, Prompt: "日米安保条約は1952年に締結された。", Answer: "false"}, nil},
		{"good table fact on its row", table, deck.Card{Type: deck.TypeBasic, Prompt: "第1表で、保護目的の関税の税率は。", Answer: "25%—50%"}, nil},
		{"a smaller number inside a bigger one is not the answer", year, deck.Card{Type: deck.TypeBasic, Prompt: "日米安保条約は、21951年ではなく何年に締結されたか。", Answer: "1951年"}, nil},

		{"unknown source", deck.Fact{ID: "f9", Source: "nope", Sentence: treaty, Kind: deck.KindDate, Key: "1951年"},
			deck.Card{Type: deck.TypeBasic, Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951年"}, []string{RuleGrounding}},
		{"paraphrased sentence", fact("f9", "日米安保条約は1951年に結ばれた。", deck.KindDate, "1951年"),
			deck.Card{Type: deck.TypeBasic, Prompt: "日米安保条約が結ばれたのは何年か。", Answer: "1951年"}, []string{RuleGrounding}},
		{"key not in the sentence", fact("f9", treaty, deck.KindDate, "1952年"),
			deck.Card{Type: deck.TypeBasic, Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951年"}, []string{RuleGrounding}},
		{"answer not in the sentence", year, deck.Card{Type: deck.TypeBasic, Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1952年"}, []string{RuleGrounding}},
		{"cloze that rewords its sentence", year, deck.Card{Type: deck.TypeCloze, Prompt: "日米安保条約は［＿＿＿］に結ばれた。", Answer: "1951年"}, []string{RuleGrounding}},
		{"number not in the sentence", money, deck.Card{Type: deck.TypeNumeric, Prompt: "会談で話題となった日米間の年間貿易額は約何億ドルか。", Answer: "240"}, []string{RuleGrounding}},

		{"photo credit", fact("f9", credit, deck.KindPerson, "Jane Doe"),
			deck.Card{Type: deck.TypeCloze, Prompt: "Photo by ［＿＿＿］ on Unsplash", Answer: "Jane Doe"}, []string{RuleNoNoise}},
		{"table row cited by a fact that is no table fact", fact("f9", tableRow, deck.KindPercent, "25%—50%"),
			deck.Card{Type: deck.TypeBasic, Prompt: "第1表で、保護目的の関税の税率は。", Answer: "25%—50%"}, []string{RuleNoNoise}},
		{"a retelling's repeat of an earlier document", deck.Fact{ID: "f9", Source: "retell", Sentence: treaty, Kind: deck.KindDate, Key: "1951年"},
			deck.Card{Type: deck.TypeBasic, Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951年"}, []string{RuleNoNoise}},

		{"basic prompt that states its answer", year, deck.Card{Type: deck.TypeBasic, Prompt: "1951年に締結された日米安保条約は何年に締結されたか。", Answer: "1951年"}, []string{RuleAnswerInPrompt}},
		{"numeric prompt that states its answer with a separator", money, deck.Card{Type: deck.TypeNumeric, Prompt: "約2,400億ドルと話題になった年間貿易額は約何億ドルか。", Answer: "2400"}, []string{RuleAnswerInPrompt}},

		{"three choices", date, deck.Card{Type: deck.TypeMCQ, Prompt: "石破茂首相がホワイトハウスでトランプ大統領と会談したのはいつか。", Answer: "2025年2月7日",
			Choices: []string{"2025年3月7日", "2025年2月7日", "2024年2月7日"}}, []string{RuleMCQ}},
		{"choices equal once normalized", date, deck.Card{Type: deck.TypeMCQ, Prompt: "石破茂首相がホワイトハウスでトランプ大統領と会談したのはいつか。", Answer: "2025年2月7日",
			Choices: []string{"2025年3月7日", "2025年2月7日", "２０２５年３月７日", "2025年2月17日"}}, []string{RuleMCQ}},
		{"a distractor that is also the answer", date, deck.Card{Type: deck.TypeMCQ, Prompt: "石破茂首相がホワイトハウスでトランプ大統領と会談したのはいつか。", Answer: "2025年2月7日",
			Choices: []string{"2025年3月7日", "2025年2月7日", "２０２５年２月７日", "2025年2月17日"}}, []string{RuleMCQ, RuleMCQ}},

		{"answer neither true nor false", year, deck.Card{Type: deck.TypeTrueFalse, Prompt: "日米安保条約は1951年に締結された。", Answer: "yes"}, []string{RuleTrueFalse}},
		{"true statement without the key", year, deck.Card{Type: deck.TypeTrueFalse, Prompt: "日米安保条約は1960年に改定された。", Answer: "true"}, []string{RuleTrueFalse}},
		{"false statement that keeps the key", year, deck.Card{Type: deck.TypeTrueFalse, Prompt: "日米安保条約は1951年に改定された。", Answer: "false"}, []string{RuleTrueFalse}},
		{"true/false on a fact without key", fact("f9", treaty, deck.KindEvent, ""),
			deck.Card{Type: deck.TypeTrueFalse, Prompt: "日米安保条約は1951年に締結された。", Answer: "true"}, []string{RuleTrueFalse}},

		{"bare cloze", table, deck.Card{Type: deck.TypeCloze, Prompt: "［＿＿＿］—50%", Answer: "25%"}, []string{RuleContext}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.card.ID, tt.card.Fact = "c1", tt.fact.ID
			d := fixtureDeck([]deck.Fact{tt.fact}, []deck.Card{tt.card})
			vs := Check(d, fixtureDocs(t))
			want := append([]string{}, tt.want...)
			sort.Strings(want)
			if want == nil {
				want = []string{}
			}
			assert.Equal(t, want, rules(vs), "%v", vs)
			for _, v := range vs {
				assert.Equal(t, "c1", v.Card)
				assert.Equal(t, tt.fact.ID, v.Fact)
			}
		})
	}
}

func TestCheckMissingDocument(t *testing.T) {
	d := fixtureDeck([]deck.Fact{fact("f1", treaty, deck.KindDate, "1951年")},
		[]deck.Card{{ID: "c1", Fact: "f1", Type: deck.TypeBasic, Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951年"}})
	vs := Check(d, fixtureDocs(t)[1:])
	require.Len(t, vs, 1)
	assert.Equal(t, "card c1: rule grounding: source document news.txt is not among the documents checked against", vs[0].String())
}

func TestCheckUnknownFact(t *testing.T) {
	d := fixtureDeck(nil, []deck.Card{{ID: "c1", Fact: "f404", Type: deck.TypeBasic, Prompt: "日米安保条約が締結されたのは何年か。", Answer: "1951年"}})
	vs := Check(d, fixtureDocs(t))
	require.Len(t, vs, 1)
	assert.Equal(t, RuleGrounding, vs[0].Rule)
	assert.Contains(t, vs[0].Msg, "f404")
}

func TestCheckFactsWithoutCards(t *testing.T) {
	d := fixtureDeck([]deck.Fact{
		fact("f1", treaty, deck.KindDate, "1951年"),
		fact("f2", credit, deck.KindPerson, "Jane Doe"),
	}, nil)
	vs := Check(d, fixtureDocs(t))
	require.Len(t, vs, 1)
	assert.Equal(t, Violation{Fact: "f2", Rule: RuleNoNoise, Msg: "sentence is noise (photo-credit) in news.txt"}, vs[0])
	assert.Equal(t, "fact f2: rule no-noise: sentence is noise (photo-credit) in news.txt", vs[0].String())
}

func TestCheckDuplicateFacts(t *testing.T) {
	d := fixtureDeck([]deck.Fact{
		fact("f1", treaty, deck.KindDate, "1951年"),
		fact("f2", treaty, deck.KindDate, "1960年"),
		fact("f3", treaty, deck.KindNumber, "1951年"),
	}, nil)
	vs := Check(d, fixtureDocs(t))
	require.Len(t, vs, 1)
	assert.Equal(t, "fact f3: rule duplicate-fact: same sentence and key \"1951年\" as fact f1", vs[0].String())
}

func TestViolationString(t *testing.T) {
	tests := []struct {
		v    Violation
		want string
	}{
		{Violation{Card: "c123", Fact: "f1", Rule: RuleGrounding, Msg: "answer missing"}, "card c123: rule grounding: answer missing"},
		{Violation{Fact: "f1", Rule: RuleDuplicateFact, Msg: "same"}, "fact f1: rule duplicate-fact: same"},
		{Violation{Rule: RuleBalance, Msg: "skewed"}, "deck: rule balance: skewed"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.v.String())
	}
}

// A cloze on a converted sum may leave out the sum it converts; it may
// not leave out anything else.
func TestClozeWithoutTheConvertedSum(t *testing.T) {
	f := deck.Fact{ID: "f1", Sentence: "維持費約50億ドル(日本円で約7,500億円)のうち、日本が負担する。", Key: "約7,500億円"}
	ok := deck.Card{Type: deck.TypeCloze, Prompt: "維持費［＿＿＿］のうち、日本が負担する。", Answer: "約7,500億円"}
	assert.Empty(t, checkClozeIntact(ok, f))
	noted := deck.Fact{ID: "f3", Sentence: "維持費約50億ドル(日本円で約7,500億円、2025年実績)のうち、日本が負担する。", Key: "約7,500億円"}
	kept := deck.Card{Type: deck.TypeCloze, Prompt: "維持費［＿＿＿］(2025年実績)のうち、日本が負担する。", Answer: "約7,500億円"}
	assert.Empty(t, checkClozeIntact(kept, noted), "what else the bracket said stays")
	cut := deck.Card{Type: deck.TypeCloze, Prompt: "維持費［＿＿＿］のうち、負担する。", Answer: "約7,500億円"}
	assert.NotEmpty(t, checkClozeIntact(cut, f))
	g := deck.Fact{ID: "f2", Sentence: "維持費約50億ドル(2025年実績)のうち、日本が負担する。", Key: "2025年"}
	year := deck.Card{Type: deck.TypeCloze, Prompt: "維持費(［＿＿＿］実績)のうち、日本が負担する。", Answer: "2025年"}
	assert.NotEmpty(t, checkClozeIntact(year, g), "a year converts no sum")
}
