package generate

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"factdeck/cards/deck"
)

func TestRelativeEvent(t *testing.T) {
	kiniSentence := "米キニピアック大学が1月29日に発表した全国世論調査によれば、トランプ大統領の支持率は46%であり、不支持率の43%を上回った。"
	tests := []struct {
		name, sentence, key, subject, predicate string
		events                                  []*fact
		want                                    string // "" when no label is made
	}{
		{"intransitive", "2025年1月20日に発足した第2期トランプ政権と前年10月に成立した石破政権の誕生は、初会談を早々にこなすことで、一定の軌道に乗ったように見える。",
			"2025年1月20日", "第2期トランプ政権", "発足した", nil, "第2期トランプ政権が発足した"},
		{"noun before の", "2025年1月発足のトランプ次期政権と2024年10月に就任した石破茂首相との関係性が、ワシントンで注目されている。",
			"2025年1月", "トランプ次期政権", "発足", nil, "トランプ次期政権が発足した"},
		{"passive", "2月7日に発表された日米共同声明には、「日本の南西諸島における二国間のプレゼンスの向上」という表現が使われた。",
			"2月7日", "日米共同声明", "発表された", nil, "日米共同声明が発表された"},
		{"transitive with its agent", kiniSentence, "1月29日", "全国世論調査", "発表した",
			[]*fact{{kind: deck.KindEvent, key: "全国世論調査", subject: "米キニピアック大学"}}, "米キニピアック大学が全国世論調査を発表した"},
		{"transitive without an agent", kiniSentence, "1月29日", "全国世論調査", "発表した", nil, ""},
		{"an event noun says nothing", "2025年1月20日に発足した第2期トランプ政権と前年10月に成立した石破政権の誕生は、初会談を早々にこなした。",
			"10月", "石破政権の誕生", "成立した", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := sentenceFact(t, tt.sentence, deck.KindDate, tt.key, tt.subject, tt.predicate, "")
			got, _ := relativeEvent(f, tt.events)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestClauseAfterDate(t *testing.T) {
	sentence := "その後これらの動きに対して、労働組合や市民団体が連邦地裁に訴訟を提起し、2025年2月7日、ワシントンの連邦地裁はUSAID職員2200人の有給休暇命令を一時差し止める判決を下した。"
	ruling := &fact{kind: deck.KindEvent, key: "USAID職員2200人の有給休暇命令", subject: "ワシントンの連邦地裁", predicate: "一時差し止める判決を下した"}
	suit := &fact{kind: deck.KindEvent, key: "訴訟", subject: "労働組合や市民団体", predicate: "提起し"}
	tests := []struct {
		name   string
		events []*fact
		want   string
	}{
		{"the clause after the date", []*fact{suit, ruling}, "ワシントンの連邦地裁がUSAID職員2200人の有給休暇命令を一時差し止める判決を下した"},
		{"only a clause before the date", []*fact{suit}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := sentenceFact(t, sentence, deck.KindDate, "2025年2月7日", "", "", "")
			got, _ := clauseAfterDate(f, tt.events)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSpelledOut(t *testing.T) {
	tests := []struct {
		sentence, kind, key string
		want                bool
	}{
		{"ギャラップ社 (Gallup) が2024年2月に実施した世論調査では、83%が好意的だった。", deck.KindOrganization, "ギャラップ社", true},
		{"東南アジア諸国連合(ASEAN)やインドとの連携を強化し、中国に対抗する姿勢を示している。", deck.KindOrganization, "東南アジア諸国連合", false},
		{"トヨタ自動車はテキサス州に新工場を建設し、約3,000人の雇用を創出した。", deck.KindOrganization, "トヨタ自動車", false},
	}
	for _, tt := range tests {
		f := sentenceFact(t, tt.sentence, tt.kind, tt.key, "", "", "")
		assert.Equal(t, tt.want, spelledOut(f), tt.key)
	}
}
