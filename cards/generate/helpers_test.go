package generate_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
	"factdeck/cards/generate"
)

func load(t testing.TB, pattern string) []*corpus.Document {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	docs, err := corpus.LoadAll(paths)
	require.NoError(t, err)
	return docs
}

// spec describes a fact of testdata/claims.txt, whose sentences are the
// corpus's own: its key, and what extract would have found about it.
type spec struct {
	kind, key string
	in        string // words of the sentence, when several hold the key
	id        string
	subject   string
	context   string
	asOf      string
	expansion string
	row       string
	column    string
	role      string
	predicate string
	value     float64
	conflicts []string
}

// factOf builds the extract.Fact that s describes, in the first sentence of
// doc holding both s.in and s.key (for a table cell, the row).
func factOf(t testing.TB, doc *corpus.Document, s spec) extract.Fact {
	t.Helper()
	in := s.in
	if s.kind == deck.KindTable {
		in = s.row + " "
	}
	for _, sent := range doc.Sentences {
		if !strings.Contains(sent.Text, in) {
			continue
		}
		i := strings.Index(sent.Text, s.key)
		if i < 0 || s.kind == deck.KindTable && !strings.HasPrefix(sent.Text, s.row+" ") {
			continue
		}
		return extract.Fact{
			Kind: s.kind, Key: s.key, Start: i, End: i + len(s.key), Sentence: sent, Doc: doc,
			ID: s.id, Subject: s.subject, Context: s.context, AsOf: s.asOf, Expansion: s.expansion,
			Row: s.row, Column: s.column, Role: s.role, Predicate: s.predicate, Value: s.value, Conflicts: s.conflicts,
		}
	}
	t.Fatalf("no sentence of %s holds %q and %q", doc.File, in, s.key)
	return extract.Fact{}
}

// claimSpecs are the facts of testdata/claims.txt.
var claimSpecs = []spec{
	{kind: "percent", key: "46%", subject: "トランプ大統領の支持率"},
	{kind: "percent", key: "43%", subject: "不支持率"},
	{kind: "percent", key: "36%", subject: "2017年1月の第1期政権発足時の支持率"},
	{kind: "percent", key: "44%", in: "2017年", subject: "不支持率", context: "米キニピアック大学の全国世論調査"},
	{kind: "percent", key: "91%", context: "米キニピアック大学の全国世論調査"},
	{kind: "percent", key: "81%", context: "米キニピアック大学の全国世論調査"},
	{kind: "percent", key: "83%"},
	{kind: "percent", key: "77%", subject: "アメリカ人", context: "ギャラップ社が2024年2月に実施した世論調査"},
	{kind: "percent", key: "5%", subject: "防衛費", context: "2025年"},
	{kind: "percent", key: "3%", subject: "日本の防衛費の急速のGDP比"},
	{kind: "percent", key: "2%", subject: "日本政府の防衛費増額方針のGDP比"},
	{kind: "money", key: "約2,400億ドル", subject: "日米間の年間貿易額"},
	{kind: "money", key: "約50億ドル", subject: "在日米軍の年間維持費"},
	{kind: "money", key: "約7,500億円"},
	{kind: "money", key: "約2,000億円", subject: "年間"},
	{kind: "money", key: "1000億ドル", subject: "年間超"},
	{kind: "number", key: "2200人"},
	{kind: "number", key: "2カ国"},
	{kind: "date", key: "2025年2月7日", in: "石破茂", id: "fishiba", subject: "日本の石破茂首相", conflicts: []string{"fkishida"}},
	{kind: "date", key: "2026年3月", id: "fkishida", subject: "日本の岸田文雄首相", conflicts: []string{"fishiba"}},
	{kind: "date", key: "2025年1月20日", predicate: "発足した"},
	{kind: "date", key: "2025年2月7日", in: "連邦地裁", subject: "ワシントンの連邦地裁", predicate: "下した"},
	{kind: "date", key: "1951年", subject: "日米安保条約", predicate: "締結され"},
	{kind: "date", key: "1960年", subject: "日米安保条約", predicate: "改定された"},
	{kind: "date", key: "2023年", subject: "岸田元首相", predicate: "発表し"},
	{kind: "date", key: "2024年2月", subject: "世論調査", predicate: "実施した"},
	{kind: "date", key: "1月23日", value: 20250123, subject: "トランプ大統領", predicate: "発言した", context: "2025年"},
	{kind: "person", key: "石破茂", role: "首相"},
	{kind: "person", key: "岸田文雄", role: "首相"},
	{kind: "person", key: "中谷元", role: "防衛相"},
	{kind: "person", key: "菅義偉", role: "官房長官"},
	{kind: "person", key: "林", in: "全幅の信頼", role: "官房長官"},
	{kind: "person", key: "イーロン・マスク"},
	{kind: "person", key: "エルブリッジ・コルビー", role: "米国防次官候補"},
	{kind: "person", key: "マイケル・グリーン"},
	{kind: "person", key: "ドナルド・トランプ", role: "大統領"},
	{kind: "acronym", key: "USAID", in: "統合する方針", expansion: "米国際開発庁"},
	{kind: "acronym", key: "DOGE", expansion: "政府効率化省"},
	{kind: "acronym", key: "USTR", expansion: "米国通商代表部"},
	{kind: "acronym", key: "JBIC", expansion: "国際協力銀行"},
	{kind: "acronym", key: "CSIS", expansion: "戦略国際問題研究所"},
	{kind: "acronym", key: "WEF", expansion: "世界経済フォーラム"},
	{kind: "table", key: "数日から数週間", row: "交渉手段", column: "期間"},
	{kind: "table", key: "数年間", row: "保護", column: "期間"},
	{kind: "table", key: "恒久的", row: "財政収入", column: "期間"},
	{kind: "table", key: "恒久的", row: "貿易収支改善", column: "期間"},
	{kind: "table", key: "25%以上、増加傾向", row: "交渉手段", column: "税率"},
	{kind: "table", key: "25%—50%、安定または減少", row: "保護", column: "税率"},
	{kind: "table", key: "10%以下", row: "財政収入", column: "税率"},
	{kind: "table", key: "10%—25%", row: "貿易収支改善", column: "税率"},
	{kind: "table", key: "コロンビア、メキシコ、カナダ", row: "交渉手段", column: "具体例"},
	{kind: "table", key: "鉄鋼、ソーラー製品、洗濯機", row: "保護", column: "具体例"},
	{kind: "table", key: "普遍的", row: "財政収入", column: "具体例"},
	{kind: "table", key: "中国(第1期政権)", row: "貿易収支改善", column: "具体例"},
}

// claims loads testdata/claims.txt and builds its facts.
func claims(t testing.TB) ([]*corpus.Document, []extract.Fact) {
	t.Helper()
	docs := load(t, "testdata/claims.txt")
	facts := make([]extract.Fact, 0, len(claimSpecs))
	for _, s := range claimSpecs {
		facts = append(facts, factOf(t, docs[0], s))
	}
	return docs, facts
}

// claimDeck builds the deck of testdata/claims.txt.
func claimDeck(t testing.TB, opt generate.Options) *deck.Deck {
	t.Helper()
	docs, facts := claims(t)
	if opt.Title == "" {
		opt.Title = "claims"
	}
	d, err := generate.BuildFacts(docs, facts, opt)
	require.NoError(t, err)
	require.NoError(t, d.Validate())
	return d
}

// cardsOf returns the cards of a type on the fact whose key is key.
func cardsOf(d *deck.Deck, cardType, key string) []deck.Card {
	var out []deck.Card
	for _, c := range d.Cards {
		f, _ := d.Fact(c.Fact)
		if c.Type == cardType && f.Key == key {
			out = append(out, c)
		}
	}
	return out
}

// strip is the comparison the quality rules prescribe: NFKC, without
// spaces and thousands separators.
func strip(s string) string {
	return strings.NewReplacer(",", "", " ", "").Replace(corpus.Normalize(s))
}

// assertShows checks that a card shows a sentence as it stands, or
// without the connective that opens it (また、しかし、…), which the card
// drops so that the sentence reads on its own.
func assertShows(t *testing.T, sentence, shown, card string) {
	t.Helper()
	dropped, ok := strings.CutSuffix(sentence, shown)
	bare := []string{"また", "さらに", "特に", "なお", "そして", "しかし", "例えば", "たとえば", "別の事例として"}
	rest := dropped
	for cut := true; cut; {
		cut = false
		for _, b := range bare {
			if r, found := strings.CutPrefix(rest, b); found {
				rest, cut = r, true
			}
		}
	}
	ok = ok && utf8.RuneCountInString(dropped) <= 12 && (strings.HasSuffix(dropped, "、") || rest == "")
	assert.True(t, ok, "card %s: %q shows %q", card, sentence, shown)
}

// withoutEnglishGloss drops the gloss in brackets after answer
// ("ギャラップ社 (Gallup)", "電気自動車(EV)"), which a cloze blanks with its
// answer.
func withoutEnglishGloss(sentence, answer string) string {
	i := strings.Index(sentence, answer)
	if i < 0 {
		return sentence
	}
	rest := strings.TrimLeft(sentence[i+len(answer):], " ")
	gloss, tail, ok := strings.Cut(rest, ")")
	if !ok || !strings.HasPrefix(gloss, "(") {
		return sentence
	}
	return sentence[:i+len(answer)] + tail
}

// convertedSum finds the sum before "(日本円で" that a converted answer
// repeats in another currency.
var convertedSum = regexp.MustCompile(`約?[\d,.]+(?:億|兆|万)?ドル\(日本円で`)

// withoutConvertedSum is the sentence as a cloze on a converted sum shows
// it: the answer in the place of the sum it converts.
func withoutConvertedSum(sentence, answer string) string {
	i := strings.Index(sentence, "(日本円で"+answer)
	if i < 0 {
		return sentence
	}
	loc := convertedSum.FindStringIndex(sentence[:i+len("(日本円で")])
	if loc == nil {
		return sentence
	}
	rest := sentence[i+len("(日本円で"+answer):]
	if r, ok := strings.CutPrefix(rest, "、"); ok {
		rest = "(" + r
	} else {
		rest = strings.TrimPrefix(rest, ")")
	}
	return sentence[:loc[0]] + answer + rest
}
