package generate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropConnective(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"また、日本は防衛費を増やした。", "日本は防衛費を増やした。"},
		{"しかし、関税は発動された。", "関税は発動された。"},
		{"また日本は防衛費を増やした。", "日本は防衛費を増やした。"},
		{"特に、USTRは交渉を求めた。", "USTRは交渉を求めた。"},
		{"一方で、米国は譲らなかった。", "米国は譲らなかった。"},
		{"しかし同時に、米国は譲らなかった。", "米国は譲らなかった。"},
		{"例えばグラスリー上院議員は関税に反対した。", "グラスリー上院議員は関税に反対した。"},
		{"または関税を課す。", "または関税を課す。"},
		{"またたく間に広がった。", "またたく間に広がった。"}, // not a connective
		{"日本は、また交渉した。", "日本は、また交渉した。"},
	} {
		assert.Equal(t, tt.want, dropConnective(tt.in), tt.in)
	}
}

func TestLeans(t *testing.T) {
	for _, s := range []string{
		"これは、前回の調査を上回った。",
		"この判決により、職員は復帰した。",
		"同政権は関税を引き上げた。",
		"両首脳は共同声明を発表した。",
		"両国の政府が国境警備を強化した。",
		"今回の会談は重要な一歩となった。",
		"当時の平均関税率は低かった。",
		"大統領の側近らは国内政策などを理由に挙げた。",
		"同じ調査では、77%が好意的だった。",
		"その後、訴訟が起こされた。",
		"次の文は正しいか誤りか。「これは、前回の調査を大きく上回ったことになる。」",
		"願望が彼への支持につながった。",
		"防衛相も、電話会談で防衛義務を確認している。",
		"第1期政権時には洗濯機などに高率の関税が課された。", // whose first term
		"政府はこれらの取り組みを評価した。",
		"同盟について、大統領は不満を示した。", // which president
		"会談では、貿易赤字に焦点が当てられた。",
	} {
		assert.True(t, leans(s), s)
	}
	for _, s := range []string{
		"日米両国は同盟を確認した。",
		"日米共同声明が発表された。",
		"インドとASEANのGDPはそれぞれ世界第4位となった。",
		"トランプ氏の第1期政権と同様に構想を重視する。",
		"その他の国々も関税の対象となった。",
		"これまでにない規模の投資である。",
		"志を同じくする国々と連携する。",
		"トランプ大統領は、ダボスでのスピーチや、その後の記者会見で発言した。",
		"日本も米国も、同盟の強化に同意した。",
		"不満がトランプ氏勝利の要因であり、変化への願望が彼への支持につながった。",
	} {
		assert.False(t, leans(s), s)
	}
}

func TestSubKind(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"戦略国際問題研究所", "think tank"},
		{"シカゴ・グローバル・アフェアーズ協議会", "think tank"},
		{"ギャラップ社", "company"},
		{"世界貿易機関", "international body"},
		{"中国外務省", "ministry or agency"},
		{"テキサス州", "US state"},
		{"沖縄県", "prefecture"},
		{"南シナ海", "sea"},
		{"台湾海峡", "strait"},
		{"尖閣諸島", "islands"},
		{"メキシコ", "country"},
	} {
		assert.Equal(t, tt.want, subKind(tt.name), tt.name)
	}
	assert.False(t, sameSubKind("東シナ海", "尖閣諸島"), "a sea is no stand-in for islands")
	assert.False(t, sameSubKind("ギャラップ社", "戦略国際問題研究所"), "a company is no stand-in for a think tank")
	assert.False(t, sameSubKind("米国", "アメリカ"), "another name of the answer is no distractor")
	assert.False(t, sameSubKind("東アジア", "アジア"), "a region holding the answer is no distractor")
	assert.False(t, sameSubKind("連邦政府", "国務省"), "the whole government is no stand-in for one of its departments")
	assert.True(t, nested("宮城県汐見町", "汐見町"), "one choice may not hold another")
	assert.True(t, sameSubKind("テキサス州", "アイオワ州"))
	assert.True(t, sameSubKind("トヨタ自動車", "日本製鉄"), "two makers")
	assert.False(t, sameSubKind("国際協力銀行", "日本製鉄"), "a bank is no stand-in for a maker")
	assert.False(t, sameSubKind("ハドソン研究所", "日本国際問題研究所"), "an American institute among Japanese ones")
	assert.True(t, sameSubKind("日本総合研究所", "日本国際問題研究所"))
	assert.Equal(t, "上院議員", roleKind("共和党上院議員"))
	assert.NotEqual(t, roleKind("大統領"), roleKind("上院議員"))
}

func TestSwapStaysCoherent(t *testing.T) {
	pct := shape{class: classAmount}
	assert.False(t, swapStaysCoherent(&fact{sentence: "支持率は46%であり、不支持率の43%を上回った。"}, pct))
	assert.True(t, swapStaysCoherent(&fact{sentence: "アメリカ人の83%が日本に好意的だった。"}, pct))
}

func TestRangeEndAndPledge(t *testing.T) {
	at := func(sentence, key string) *fact {
		i := strings.Index(sentence, key)
		return &fact{sentence: sentence, key: key, start: i, end: i + len(key)}
	}
	assert.True(t, rangeEnd(at("関税率は10%から20%に設定される。", "10%")))
	assert.True(t, rangeEnd(at("関税率は10%から20%に設定される。", "20%")))
	assert.True(t, rangeEnd(at("税率は25%—50%である。", "25%")))
	assert.False(t, rangeEnd(at("支持率は46%であり、不支持率を上回った。", "46%")))
	assert.True(t, pledged(at("石破首相は対米投資を1兆ドル規模に引き上げる方針を伝えた。", "1兆ドル")))
	assert.False(t, pledged(at("日米間の年間貿易額は約2,400億ドルだった。", "約2,400億ドル")))
}

func TestVague(t *testing.T) {
	for _, k := range []string{"日米同盟の重要性", "影響への懸念", "国際協力", "さらなる負担", "姿勢"} {
		assert.True(t, vague(k), k)
	}
	for _, k := range []string{"南西地域での自衛隊と米軍の協力強化", "防衛費の増額", "麻薬戦争", "ノーベル平和賞級の実績"} {
		assert.False(t, vague(k), k)
	}
}

func TestHasSubject(t *testing.T) {
	for _, s := range []string{"石破首相は会談した。", "両国の関係性が、注目されている。", "中谷防衛相も確認した。", "移民政策については、60%が支持した。"} {
		assert.True(t, hasSubject(s), s)
	}
	for _, s := range []string{"2025年に入ってから実際に関税を多用してきた。", "会談では、同盟の抑止力を強化する方針を確認した。"} {
		assert.False(t, hasSubject(s), s)
	}
}

func TestStockPurposeAndFigures(t *testing.T) {
	assert.True(t, stockPurpose("日本の国益を最大限に守るため"))
	assert.True(t, stockPurpose("安心・安全な生活環境を確保するため"))
	assert.False(t, stockPurpose("不法移民や合成麻薬フェンタニルの流入を阻止するため"))
	assert.True(t, holdsFigure(&fact{key: "GDP比3%への急速な引き上げ"}))
	assert.False(t, holdsFigure(&fact{key: "イスラエルに次ぐ2カ国目の首脳会談"}))
	s := "在日米軍の年間維持費約50億ドル(日本円で約7,500億円)のうち"
	i := strings.Index(s, "約50億ドル")
	assert.True(t, convertedAfter(&fact{sentence: s, key: "約50億ドル", start: i, end: i + len("約50億ドル")}))
}

func TestGarbled(t *testing.T) {
	assert.True(t, garbled("ASEAN諸国欧州連合(EU)オーストラリアインドなどとの連携を強化する。"))
	assert.True(t, garbled("米国が世界貿易機関(WTO)国連といった国際機関への関与を弱めれば…"))
	assert.False(t, garbled("自由で開かれたインド太平洋(FOIP)構想のもとで秩序を維持する。"))
	assert.False(t, garbled("アメリカ・メキシコ・カナダ協定(USMCA)パートナーとの貿易不均衡に言及した。"))
}

func TestListItemAndRepeatedHead(t *testing.T) {
	at := func(sentence, key string) *fact {
		i := strings.Index(sentence, key)
		return &fact{sentence: sentence, key: key, start: i, end: i + len(key)}
	}
	assert.True(t, listItem(at("米中対立の深化、中東やロシア、北朝鮮といった国々の影響力が増した。", "中東")))
	assert.True(t, listItem(at("国防総省やNASAなどの重要機関で人員が削減された。", "国防総省")))
	assert.False(t, listItem(at("TSMCの熊本工場建設やラピダスによる次世代半導体開発などを進めた。", "ラピダス")), "a part of an item, not the item")
	assert.True(t, headRepeated(at("大統領は投資を歓迎し、首相は対米投資を拡大する意向を示した。", "対米投資")))
	assert.False(t, headRepeated(at("首相は対米投資を拡大する意向を示した。", "対米投資")))
}

// A cleft sentence (…のは、…だった) states its subject.
func TestCleftHasSubject(t *testing.T) {
	assert.True(t, hasSubject("最初に選ばれたのは、山あいの小さな村でした。"))
	assert.True(t, hasSubject("田中研究員らは2024年7月、岩石を採取した。"))
}
