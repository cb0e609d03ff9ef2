package generate_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/generate"
)

// TestCardOfEachType checks, for facts built from the corpus's sentences,
// the card each type makes of them.
func TestCardOfEachType(t *testing.T) {
	d := claimDeck(t, generate.Options{Seed: 1})
	tests := []struct {
		name     string
		cardType string
		key      string
		prompt   string // the whole prompt, or
		contains string // a part of it
		answer   string
		unit     string
		tol      float64
	}{
		{name: "cloze keeps the sentence", cardType: deck.TypeCloze, key: "46%",
			prompt: "米キニピアック大学が1月29日に発表した全国世論調査によれば、トランプ大統領の支持率は［＿＿＿］であり、不支持率の43%を上回った。", answer: "46%"},
		{name: "mcq asks a poll's figure with its poll", cardType: deck.TypeMCQ, key: "46%",
			prompt: "米キニピアック大学が1月29日に発表した全国世論調査によると、トランプ大統領の支持率は何％か。", answer: "46%"},
		{name: "mcq asks when of an event", cardType: deck.TypeMCQ, key: "2025年2月7日",
			prompt: "ワシントンの連邦地裁がUSAID職員2200人の有給休暇命令を一時差し止める判決を下したのはいつか。", answer: "2025年2月7日"},
		{name: "mcq asks what an event's sentence leaves to the blank", cardType: deck.TypeMCQ, key: "2025年1月20日",
			prompt: "次の文の［＿＿＿］に入るのはいつか。「［＿＿＿］に発足した第2期トランプ政権と前年10月に成立した石破政権の誕生は、初会談を早々にこなすことで、一定の軌道に乗ったように見える。」", answer: "2025年1月20日"},
		{name: "mcq asks the year of what an agent did", cardType: deck.TypeMCQ, key: "2023年",
			prompt: "岸田元首相が「FOIP2.0」を発表したのは何年か。", answer: "2023年"},
		{name: "mcq asks the year", cardType: deck.TypeMCQ, key: "1951年",
			prompt: "日米安保条約が締結されたのは何年か。", answer: "1951年"},
		{name: "mcq asks how much, in its sentence, which gives the year the figure holds for", cardType: deck.TypeMCQ, key: "約2,400億ドル",
			prompt: "次の文の［＿＿＿］に入るのはいくらか。「2026年3月の首脳会談では、日米間の年間貿易額［＿＿＿］(2025年実績)のうち、日本側の対米黒字が依然として大きい点に焦点が当てられ、米国の自動車メーカーや農業団体からのロビー活動も活発化しています。」", answer: "約2,400億ドル"},
		{name: "mcq keeps the poll of a direct question", cardType: deck.TypeMCQ, key: "44%", contains: "（米キニピアック大学の全国世論調査）。「これは、2017年1月の",
			answer: "44%"},
		{name: "mcq without a subject asks about the blank, with the line it leans on", cardType: deck.TypeMCQ, key: "2200人",
			prompt: "次の文の［＿＿＿］に入るのは何人か。「その後これらの動きに対して、労働組合や市民団体が連邦地裁に訴訟を提起し、2025年2月7日、ワシントンの連邦地裁はUSAID職員［＿＿＿］の有給休暇命令を一時差し止める判決を下した。」（文脈：2025年1月20日に発足した第2期トランプ政権と前年10月に成立した石破政権の誕生は、初会談を早々にこなすことで、一定の軌道に乗ったように見える。）", answer: "2200人"},
		{name: "a minister with too few other ministers to choose from is asked as a blank", cardType: deck.TypeCloze, key: "中谷元",
			// 防衛相も、: as the sentence before says the government did.
			prompt: "（文脈：日本政府は、米国の要求に応えるため、防衛力増強を継続し、GDP比2%への防衛費増額方針を示唆しました。）［＿＿＿］防衛相も、ヘグセス国防長官との電話会談などを通じ、対日防衛義務の確認を行っています。", answer: "中谷元"},
		{name: "basic asks what an organization's acronym stands for", cardType: deck.TypeBasic, key: "USAID",
			prompt: "「USAID」は何の略称か。", answer: "米国際開発庁"},
		{name: "mcq asks a table cell", cardType: deck.TypeMCQ, key: "10%以下",
			prompt: "「日米関係の記録(テスト用、コーパ…」の第1表 目的別の関税概要で、目的が「財政収入」の税率はどれか。", answer: "10%以下"},
		{name: "numeric takes the plain number of an approximate sum", cardType: deck.TypeNumeric, key: "約2,400億ドル",
			prompt: "次の文の［＿＿＿］に入るのは約何億ドルか。数字で答えよ。「2026年3月の首脳会談では、日米間の年間貿易額［＿＿＿］(2025年実績)のうち、日本側の対米黒字が依然として大きい点に焦点が当てられ、米国の自動車メーカーや農業団体からのロビー活動も活発化しています。」", answer: "2400", unit: "億ドル", tol: 120},
		{name: "numeric takes an exact percentage exactly", cardType: deck.TypeNumeric, key: "46%",
			prompt: "米キニピアック大学が1月29日に発表した全国世論調査によると、トランプ大統領の支持率は何％か。数字で答えよ。", answer: "46", unit: "%"},
		{name: "numeric asks a year", cardType: deck.TypeNumeric, key: "1960年",
			prompt: "日米安保条約が改定されたのは何年か。数字で答えよ。", answer: "1960", unit: "年"},
		{name: "numeric counts people", cardType: deck.TypeNumeric, key: "2200人",
			contains: "次の文の［＿＿＿］に入るのは何人か。数字で答えよ。「", answer: "2200", unit: "人"},
		{name: "basic: what an acronym stands for", cardType: deck.TypeBasic, key: "DOGE",
			prompt: "「DOGE」は何の略称か。", answer: "政府効率化省"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found *deck.Card
			for _, c := range cardsOf(d, tt.cardType, tt.key) {
				// The source named before a figure's question is
				// TestFrame's; here the question itself.
				prompt := strings.TrimPrefix(c.Prompt, "【「日米関係の記録(テスト用、コーパ…」より】")
				if tt.prompt == prompt || tt.prompt == "" && strings.Contains(prompt, tt.contains) {
					found = &c
					break
				}
			}
			require.NotNil(t, found, "no %s card on %q among %v", tt.cardType, tt.key, cardsOf(d, tt.cardType, tt.key))
			assert.Equal(t, tt.answer, found.Answer)
			assert.Equal(t, tt.unit, found.Unit)
			assert.Equal(t, tt.tol, found.Tolerance)
			if tt.cardType == deck.TypeMCQ {
				assert.Len(t, found.Choices, 4)
			}
		})
	}
}

// TestMCQInvariants checks every multiple-choice card: four choices,
// distinct after normalization, exactly one correct, all of the answer's
// shape, and none stated true for the question by the corpus (no other
// value of the same sentence, no value of a fact on the same subject or of
// a fact that conflicts with it).
func TestMCQInvariants(t *testing.T) {
	docs, facts := claims(t)
	d := claimDeck(t, generate.Options{Seed: 1})
	truths := map[string]map[string]bool{} // deck fact id → what the corpus holds true for it
	for _, f := range facts {
		df, ok := factByKey(d, f.Sentence.Text, f.Key)
		if !ok {
			continue
		}
		set := map[string]bool{}
		for _, g := range facts {
			same := g.Sentence.Text == f.Sentence.Text && g.Doc == f.Doc ||
				f.Subject != "" && g.Subject == f.Subject
			for _, c := range f.Conflicts {
				same = same || g.ID == c
			}
			if same {
				set[strip(g.Key)] = true
			}
		}
		truths[df.ID] = set
	}
	require.Len(t, docs, 1)
	n := 0
	for _, c := range d.Cards {
		if c.Type != deck.TypeMCQ {
			continue
		}
		n++
		require.Len(t, c.Choices, 4, c.Prompt)
		seen := map[string]bool{}
		correct := 0
		for _, ch := range c.Choices {
			assert.False(t, seen[strip(ch)], "%s: choice %q repeats", c.Prompt, ch)
			seen[strip(ch)] = true
			if ch == c.Answer {
				correct++
				continue
			}
			assert.False(t, truths[c.Fact][strip(ch)], "%s: %q is true for this question per the corpus", c.Prompt, ch)
			if f, _ := d.Fact(c.Fact); f.Kind != deck.KindTable { // a cell's distractors are its column's cells
				assert.Equal(t, shapeOf(c.Answer), shapeOf(ch), "%s: %q is not shaped like %q", c.Prompt, ch, c.Answer)
			}
		}
		assert.Equal(t, 1, correct, c.Prompt)
	}
	assert.Greater(t, n, 20)

	poll := cardsOf(d, deck.TypeMCQ, "46%")
	require.Len(t, poll, 1)
	assert.NotContains(t, poll[0].Choices, "43%", "the same poll's disapproval is no distractor")
}

// TestCorpusMCQChoices checks the multiple-choice cards of the corpus
// deck: four choices, distinct once normalized, one of them the answer, and
// none a value its own sentence states.
func TestCorpusMCQChoices(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	for _, c := range d.Cards {
		if c.Type != deck.TypeMCQ {
			continue
		}
		f, _ := d.Fact(c.Fact)
		require.Len(t, c.Choices, 4, c.Prompt)
		seen := map[string]bool{}
		correct := 0
		for _, ch := range c.Choices {
			assert.False(t, seen[strip(ch)], "%s: %q repeats", c.Prompt, ch)
			seen[strip(ch)] = true
			if ch == c.Answer {
				correct++
			} else if f.Kind != deck.KindAcronym {
				assert.NotContains(t, strip(f.Sentence), strip(ch), "%s: the sentence states %q", c.Prompt, ch)
			}
		}
		assert.Equal(t, 1, correct, c.Prompt)
	}
}

func factByKey(d *deck.Deck, sentence, key string) (deck.Fact, bool) {
	for _, f := range d.Facts {
		if f.Sentence == sentence && f.Key == key {
			return f, true
		}
	}
	return deck.Fact{}, false
}

// shapeOf is a rough test-side shape: which characters a choice is made of.
func shapeOf(s string) string {
	var b strings.Builder
	last := ""
	for _, r := range s {
		k := "x"
		switch {
		case r >= '0' && r <= '9' || r == ',' || r == '.':
			k = "9"
		case r == '約':
			k = "約"
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			k = "A"
		case r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・':
			k = "カ"
		case strings.ContainsRune("年月日%億円ドル人", r):
			k = string(r)
		}
		if k != last {
			b.WriteString(k)
			last = k
		}
	}
	return b.String()
}

// TestTrueFalseSwapsOneSpan checks both statements: a true card states its
// sentence; a false one changes exactly the key's span, to a value of the
// key's shape that the sentence does not state.
func TestTrueFalseSwapsOneSpan(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		checkTrueFalse(t, claimDeck(t, generate.Options{Seed: seed}))
		checkTrueFalse(t, corpusDeck(t, generate.Options{Seed: seed}))
	}
}

func checkTrueFalse(t *testing.T, d *deck.Deck) {
	t.Helper()
	answers := map[string]int{}
	for _, c := range d.Cards {
		if c.Type != deck.TypeTrueFalse {
			continue
		}
		f, _ := d.Fact(c.Fact)
		answers[c.Answer]++
		statement := quoted(t, c.Prompt)
		if f.Kind == deck.KindTable {
			assert.Contains(t, statement, "第1表")
			continue
		}
		if c.Answer == "true" {
			assertShows(t, f.Sentence, statement, c.ID)
			continue
		}
		i := strings.Index(f.Sentence, f.Key)
		require.GreaterOrEqual(t, i, 0)
		before, after := f.Sentence[:i], f.Sentence[i+len(f.Key):]
		for !strings.HasPrefix(statement, before) && before != "" {
			_, n := utf8.DecodeRuneInString(before)
			before = before[n:] // a leading connective is not shown
		}
		require.True(t, strings.HasPrefix(statement, before) && strings.HasSuffix(statement, after), "%q changes more than the key of %q", statement, f.Sentence)
		swapped := statement[len(before) : len(statement)-len(after)]
		assert.NotEqual(t, strip(f.Key), strip(swapped))
		if f.Kind != deck.KindOrganization && f.Kind != deck.KindPlace { // names of places and bodies mix scripts
			assert.Equal(t, shapeOf(f.Key), shapeOf(swapped), "%q for %q", swapped, f.Key)
		}
		assert.NotContains(t, strip(f.Sentence), strip(swapped), "the swapped value %q is stated in the sentence", swapped)
	}
	assert.Greater(t, answers["true"], 3)
	assert.InDelta(t, answers["true"], answers["false"], 2, "true and false come about equally often")
}

// quoted is the statement a true/false prompt quotes: after "。「", before
// the closing "」" and any passage of context that follows it.
func quoted(t *testing.T, prompt string) string {
	t.Helper()
	_, s, ok := strings.Cut(prompt, "。「")
	require.True(t, ok, prompt)
	if i := strings.LastIndex(s, "」（文脈："); i >= 0 {
		return s[:i]
	}
	return strings.TrimSuffix(s, "」")
}

// TestOrderPutsEventsInOrder checks that each ordering card lists three or
// four events oldest first, with the answer joining them, and that events
// decades apart share no card.
func TestOrderPutsEventsInOrder(t *testing.T) {
	d, err := generate.Build(load(t, "testdata/events.txt"), generate.Options{Seed: 1, Title: "events"})
	require.NoError(t, err)
	when := map[string]int{ // what the fixture's dated sentences say happened
		"湊市に新しい図書館が開館した":          2021,
		"湊市の市長が隣国の港湾都市と漁業協定に署名した": 2022,
		"湊市で初めての国際音楽祭が開かれた":       2023,
		"湊市を通る鉄道が全線で電化された":        2024,
	}
	n := 0
	for _, c := range d.Cards {
		if c.Type != deck.TypeOrder {
			continue
		}
		n++
		assert.Equal(t, "次の出来事を古い順に並べよ。", c.Prompt)
		require.GreaterOrEqual(t, len(c.Choices), 3)
		require.LessOrEqual(t, len(c.Choices), 4)
		assert.Equal(t, strings.Join(c.Choices, " → "), c.Answer)
		assert.Equal(t, c.Choices, c.Items, "the items as a list, in the right order")
		for i := 1; i < len(c.Choices); i++ {
			prev, ok1 := when[c.Choices[i-1]]
			cur, ok2 := when[c.Choices[i]]
			require.True(t, ok1 && ok2, "choices are the fixture's events: %v", c.Choices)
			assert.Less(t, prev, cur, "%v is out of order", c.Choices)
		}
	}
	assert.Positive(t, n)
	for _, c := range claimDeck(t, generate.Options{Seed: 1}).Cards {
		assert.NotEqual(t, deck.TypeOrder, c.Type, "the claims' events are decades apart: %v", c.Choices)
	}
}

// TestMatchPairsTableRows checks that matching cards pair each row with its
// cell, and leave out a column where two rows share a cell.
func TestMatchPairsTableRows(t *testing.T) {
	d := claimDeck(t, generate.Options{Seed: 1})
	var got []deck.Card
	for _, c := range d.Cards {
		if c.Type == deck.TypeMatch {
			got = append(got, c)
		}
	}
	require.Len(t, got, 2, "税率 and 具体例; 期間 has 恒久的 twice and no three unique rows")
	want := map[string][]string{
		"「日米関係の記録(テスト用、コーパ…」の第1表 目的別の関税概要で、各目的に当てはまる税率を結べ。":  {"交渉手段 ⇔ 25%以上、増加傾向", "保護 ⇔ 25%—50%、安定または減少", "財政収入 ⇔ 10%以下", "貿易収支改善 ⇔ 10%—25%"},
		"「日米関係の記録(テスト用、コーパ…」の第1表 目的別の関税概要で、各目的に当てはまる具体例を結べ。": {"交渉手段 ⇔ コロンビア、メキシコ、カナダ", "保護 ⇔ 鉄鋼、ソーラー製品、洗濯機", "財政収入 ⇔ 普遍的", "貿易収支改善 ⇔ 中国(第1期政権)"},
	}
	for _, c := range got {
		require.Contains(t, want, c.Prompt)
		assert.Equal(t, want[c.Prompt], c.Choices)
		assert.Equal(t, strings.Join(want[c.Prompt], "、"), c.Answer)
		require.Len(t, c.Pairs, len(want[c.Prompt]))
		for i, p := range c.Pairs {
			// A list keeps "コロンビア、メキシコ、カナダ" whole, where the
			// answer's separator "、" would split it.
			assert.Equal(t, want[c.Prompt][i], p.Left+" ⇔ "+p.Right)
		}
	}
}

// TestConflictsAreCopied checks that facts extract linked as contradicting
// each other are linked in the deck, both ways, by deck id.
func TestConflictsAreCopied(t *testing.T) {
	d := claimDeck(t, generate.Options{Seed: 1})
	ishiba, ok := d.Fact("fishiba")
	require.True(t, ok)
	kishida, ok := d.Fact("fkishida")
	require.True(t, ok)
	assert.Equal(t, []string{"fkishida"}, ishiba.Conflicts)
	assert.Equal(t, []string{"fishiba"}, kishida.Conflicts)

}

// TestAcronymsOneWay checks that each acronym is drilled from the acronym
// to what it stands for only: no card asks for an acronym given its name.
func TestAcronymsOneWay(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	for _, c := range d.Cards {
		assert.NotContains(t, c.Prompt, "の略称は何か", c.ID)
		assert.NotContains(t, c.Prompt, "の略称はどれか", c.ID)
	}
}

// An ordering card keeps to events a few years apart: a treaty of 1951
// among the events of 2025 goes first by common sense.
func TestOrderKeepsToFewYears(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	facts := map[string]deck.Fact{}
	for _, f := range d.Facts {
		facts[f.ID] = f
	}
	orders := 0
	for _, c := range d.Cards {
		if c.Type != deck.TypeOrder {
			continue
		}
		orders++
		for _, item := range c.Items {
			assert.NotContains(t, item, "次期", "a government to come that took office: %s", item)
		}
		assert.NotContains(t, c.Answer, "日米安保条約が締結された", "1951 among 2025")
	}
	assert.Positive(t, orders)
}

// A place answer takes the place another account of the same summit
// names, and only that: the court that ruled the same day in Washington
// sat in no White House.
func TestPlacesOfTheDay(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	summit, court := 0, 0
	for _, c := range d.Cards {
		if c.Type != deck.TypeCloze {
			continue
		}
		switch {
		case c.Answer == "ホワイトハウス" && strings.Contains(c.Prompt, "首脳会談"):
			summit++
			assert.Contains(t, c.Also, "ワシントン", c.Prompt)
		case c.Answer == "ワシントン" && strings.Contains(c.Prompt, "連邦地裁"):
			court++
			assert.NotContains(t, c.Also, "ホワイトハウス", c.Prompt)
		}
	}
	assert.Positive(t, summit+court)
}

// A name's short form in brackets after it, and an answer without its
// bracketed note, count as right.
func TestShortFormsCountAsRight(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	want := map[string]string{"日本経済団体連合会": "経団連", "Quad(米・日・豪・印)諸国の外相会合": "Quad諸国の外相会合"}
	seen := 0
	for _, c := range d.Cards {
		if short, ok := want[c.Answer]; ok && c.Type == deck.TypeCloze {
			seen++
			assert.Contains(t, c.Also, short, c.Prompt)
		}
	}
	assert.Positive(t, seen)
}

// What an acronym stands for takes every wording the documents give it.
func TestOtherExpansionsCountAsRight(t *testing.T) {
	d := corpusDeck(t, generate.Options{Seed: 1})
	found := false
	for _, c := range d.Cards {
		if c.Type == deck.TypeBasic && strings.Contains(c.Prompt, "「USAID」") {
			found = true
			assert.Contains(t, slices.Concat([]string{c.Answer}, c.Also), "アメリカ合衆国国際開発庁", c.Prompt)
			assert.Contains(t, slices.Concat([]string{c.Answer}, c.Also), "米国際開発庁", c.Prompt)
		}
	}
	assert.True(t, found)
}
