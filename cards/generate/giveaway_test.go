package generate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// at is a fact whose key stands at its first place in sentence.
func at(sentence, key string) *fact {
	i := strings.Index(sentence, key)
	return &fact{sentence: sentence, key: key, start: i, end: i + len(key)}
}

func TestGivenAway(t *testing.T) {
	for _, tt := range []struct {
		sentence, key string
		want          bool
	}{
		{"東シナ海および南シナ海における現状変更に反対した。", "南シナ海", true},
		{"東シナ海および南シナ海における現状変更に反対した。", "東シナ海", true},
		{"衆議院と参議院で法案が可決された。", "参議院", true},
		{"自衛隊と米軍の協力が確認された。", "自衛隊", true}, // armed forces beside armed forces
		{"特に、東シナ海および南シナ海における現状変更に反対した。", "東シナ海", true},
		{"政府効率化省(Department of Government Efficiency: DOGE)を率いる。", "DOGE", true},
		{"中国やロシアとの関係が悪化した。", "ロシア", false},
		{"電気自動車(EV)の電池に欠かせない。", "電気自動車", true},
		{"液化天然ガス(LNG)の輸入を増やす。", "液化天然ガス", true}, // its letters spell it
		{"2024年の米大統領選挙で再選を果たし、2025年1月に就任した。", "2024年", true},
		{"2024年の米大統領選挙で再選を果たした。", "2024年", false},
		{"大統領はアメリカ・メキシコ・カナダ協定(USMCA)に言及した。", "アメリカ・メキシコ・カナダ協定", true},
		{"ギャラップ社 (Gallup) の調査では83%が好意的だった。", "ギャラップ社", false}, // a name, no acronym
		{"米国際開発庁(United States Agency for International Development: USAID)を統合する。", "USAID", true},
		{"日本経済団体連合会(経団連)は声明を発表した。", "経団連", true},
		{"日本経済団体連合会(経済同友会)は声明を発表した。", "経済同友会", false},
		{"中国外務省の局長が在中国日本大使館の公使を呼んだ。", "中国外務省", true},
		{"中国外務省の局長が日本大使館の公使を呼んだ。", "中国外務省", false},
		{"2月の日米首脳会談において協力強化が確認された。", "2月", true},
		{"2025年2月の日米首脳会談において協力強化が確認された。", "2月", false},
		{"1月23日の講演で、大統領は防衛費に触れた。", "1月23日", false}, // a day is asked with its source's date
		{"国民の過半数が今後4年間のトランプ政権に前向きだ。", "4年間", true},
		{"計画は今後4年間で完了する。", "4年間", false},
		{"首相はイスラエルに次ぐ2カ国目の首脳会談を行った。", "2カ国目", true},
		{"長官は条約第5条(共同対処)と第6条(基地の提供)に言及した。", "第5条", true},
		{"インドとASEANはそれぞれ世界第4位、第5位となった。", "第5位", false}, // each rank is a fact
		{"2月7日にワシントンで行われた石破・トランプ日米首脳会談では同盟が確認された。", "ワシントン", true},
		{"2月7日にワシントンで行われた会談では同盟が確認された。", "ワシントン", false},
		{"維持費約50億ドル(日本円で約7,500億円、2025年実績)のうち", "2025年", true},
		{"共和党と拒否反応を示す民主党の対立を招いた。", "民主党", true},
		{"上院では民主党が多数を占める。", "民主党", false},
		{"2019年の洪水を受け、町は翌2020年に堤防をかさ上げした。", "2020年", true},
		{"2019年の洪水を受け、町は2021年に堤防をかさ上げした。", "2021年", false},
		{"調査では、1世帯あたりの購入額が減った。", "1世帯", true},
		{"調査では、1世帯が平均2台を持つ。", "1世帯", false},
		{"観客は1試合平均で約1800人に増えた。", "1試合", true},
		{"1試合で3本塁打を打った。", "1試合", false},
		{"センターは24時間体制で見守っている。", "24時間", true},
		{"作業は24時間で終わった。", "24時間", false},
		{"村では65歳以上の高齢者が半数を占める。", "65歳", true},
		{"町は愛知県を抜き、初めて全国1位になった。", "1位", true},
		{"町は長く全国1位だった。", "1位", true},
		{"町は長く全国3位だった。", "3位", false},
		{"新型機HX-8は最大8キロの荷物を運べる。", "8キロ", true},
		{"新型機HX-8は最大6キロの荷物を運べる。", "6キロ", false},
	} {
		assert.Equal(t, tt.want, givenAway(at(tt.sentence, tt.key)), "%s in %s", tt.key, tt.sentence)
	}
}

// A sum and its conversion never stand beside each other's blank.
// Election years are never asked: another date gives them away, or two
// elections of one winner fit.
func TestElectionYearAsked(t *testing.T) {
	year := func(sentence, key string) *fact {
		f := at(sentence, key)
		f.kind = "date"
		return f
	}
	assert.True(t, electionYearAsked(year("現在の政権が2024年大統領選挙での勝利を経て、アメリカの規範を変えている。", "2024年")))
	assert.False(t, electionYearAsked(year("2019年に両国は貿易協定に署名した。", "2019年")))
}

func TestBlankTakesConversion(t *testing.T) {
	s := "維持費約50億ドル(日本円で約7,500億円)のうち、日本は約2,000億円を負担する。"
	assert.Equal(t, "維持費［＿＿＿］のうち、日本は約2,000億円を負担する。", blanked(at(s, "約50億ドル")))
	assert.Equal(t, "維持費［＿＿＿］のうち、日本は約2,000億円を負担する。", blanked(at(s, "約7,500億円")))
	g := "維持費約50億ドル(日本円で約7,500億円、2025年実績)のうち"
	assert.Equal(t, "維持費［＿＿＿］(2025年実績)のうち", blanked(at(g, "約7,500億円")), "what else the bracket said stays")
	assert.Equal(t, "維持費約50億ドル(日本円で約7,500億円)のうち、日本は［＿＿＿］を負担する。", blanked(at(s, "約2,000億円")))
	y := "維持費約50億ドル(2025年実績)のうち"
	assert.Equal(t, "維持費約50億ドル(［＿＿＿］実績)のうち", blanked(at(y, "2025年")), "a year converts no sum")
}

func TestAdvice(t *testing.T) {
	assert.True(t, isAdvice("不確実性の高い時代だからこそ、冷静な判断が求められます。"))
	assert.True(t, isAdvice("造船業界との連携といった新たな協力分野も検討すべきである。"))
	assert.True(t, isAdvice("日本は防衛力を強化する必要がある。"))
	assert.False(t, isAdvice("首相は、防衛力を強化すべきだと述べた。"), "reported advice is a fact about its speaker")
	assert.False(t, isAdvice("日本は防衛費をGDP比2%に引き上げる。"))
}

func TestNeedsPassage(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"会談では、年間貿易額のうち日本側の黒字に焦点が当てられた。", true},
		{"日本側は、米国への投資の実績を強調した。", true},
		{"たとえば、米国が日本にLNGの輸入を要請した事例などが挙げられる。", true},
		{"例えば、インドのGDPは世界第5位となっている。", false},
		{"したがって、収入目的の関税率は10%以下に抑えられる。", true},
		{"外交面では、実績を重視し、停戦を優先する可能性があります。", true},
		{"年間約1兆円規模の輸出にも影響が及ぶ可能性がある。", true},
		{"首脳会談後に発表された声明には「黄金時代」と明言された。", true},
		{"日米首脳会談で、貿易交渉の基本合意が発表された。", false},
		{"移民政策に関しては、60%の有権者が国境への派遣を支持している。", true},
		{"2024年12月の調査によれば、60%の有権者が国境への派遣を支持している。", false},
		{"尖閣諸島に対する条約第5条の適用が議論されました。", true},
		{"2025年2月の会談で、尖閣諸島に対する条約第5条の適用が議論されました。", false},
	} {
		assert.Equal(t, tt.want, needsPassage(&fact{sentence: tt.sentence}), tt.sentence)
	}
}

func TestNarrowToExample(t *testing.T) {
	s := "日本側は、雇用を創出している実績(例えば、トヨタ自動車はテキサス州に新工場を建設し、約3,000人の雇用を創出)を強調した。"
	f := at(s, "テキサス州")
	f.narrowToExample()
	assert.Equal(t, "トヨタ自動車はテキサス州に新工場を建設し、約3,000人の雇用を創出", f.sentence)
	assert.Equal(t, "テキサス州", f.sentence[f.start:f.end])
	g := at(s, "実績")
	g.narrowToExample()
	assert.Equal(t, s, g.sentence, "a key outside the example keeps its sentence")
	h := at("米国は新たな関税(例えば、鉄鋼)を課した。", "鉄鋼")
	h.narrowToExample()
	assert.Equal(t, "米国は新たな関税(例えば、鉄鋼)を課した。", h.sentence, "a bare example is no claim")
}

// A relation is asked only when its blank names something particular.
func TestParticularRelation(t *testing.T) {
	b := &builder{claims: []string{"日本は米国と会談した。", "日本は防衛費を増やした。", "米国は関税を課した。", "中国は反発した。",
		"英国は静観した。", "仏は静観した。", "独は静観した。"}}
	rel := func(sentence, key string, ents ...entity) *fact {
		f := at(sentence, key)
		f.entities = ents
		return f
	}
	for _, tt := range []struct {
		f    *fact
		want bool
	}{
		{rel("日本は日本の防衛力強化を歓迎した。", "日本の防衛力強化", entity{kind: "place", text: "日本"}), false},
		{rel("政府は防衛費負担の増加を求めた。", "防衛費負担の増加"), false},
		{rel("政府は合成麻薬フェンタニルの流入を阻止する。", "合成麻薬フェンタニルの流入"), true},
		{rel("政府はLNG輸入の拡大を求めた。", "LNG輸入の拡大"), true},
		{rel("大統領は「修復不可能」と評した。", "修復不可能"), true},
		{rel("憲法第9条は戦争放棄と戦力不保持を明記している。", "戦争放棄と戦力不保持"), true},
		{rel("この判決により、解体は一時的に停止されている。", "一時的に停止されている"), true},
		{rel("両国は中国の軍事的拡張に対抗する。", "中国の軍事的拡張", entity{kind: "place", text: "中国"}), true},
		{rel("明治政府は、品質のよい生糸を大量に生産するため、製糸場を設立した。", "品質のよい生糸を大量に生産するため"), true},
		{rel("富岡が選ばれたのは、周辺で原料の繭が手に入りやすかったためである。", "周辺で原料の繭が手に入りやすかったため"), true},
		{rel("両国は共通の課題に対処するための連携を強化する。", "共通の課題に対処するため"), false},
		{rel("政府は米国の要求に応えるため、予算を組んだ。", "米国の要求に応えるため"), false},
		{rel("豪雨で道路が寸断されたことから、村は孤立した。", "豪雨で道路が寸断された"), true},
		{withPredicate(rel("政府は財政難を理由に、工場を売った。", "財政難"), "理由に"), true},
	} {
		assert.Equal(t, tt.want, b.particular(tt.f), tt.f.key)
	}
}

// A difference in points, or a share, that the prompt lets a student work
// out is no question.
func TestDerivable(t *testing.T) {
	s := "これは、発足時の支持率36%と比較して、10ポイントも上回ったことになる。"
	f := at(s, "10ポイント")
	assert.True(t, derivable(f, "（文脈：支持率は46%だった。）これは、発足時の支持率36%と比較して、［＿＿＿］も上回った"))
	assert.False(t, derivable(f, "今の支持率は、発足時と比べて何ポイント上回ったか。"))
	assert.False(t, derivable(at("支持率は46%であり、不支持率の43%を上回った。", "46%"), "支持率は［＿＿＿］であり、不支持率の43%を上回った。"))
}

func TestQuotesAround(t *testing.T) {
	f := at("インドのGDPは世界第4位となっている。", "第4位")
	assert.True(t, quotesAround(f, "「インドのGDPは世界［＿＿＿］となっている。」"))
	assert.False(t, quotesAround(f, "インドのGDPは世界第何位か。"))
}

func TestDefinitionPrompt(t *testing.T) {
	b := &builder{words: japanese{}}
	for _, tt := range []struct{ term, answer, want string }{
		{"日米安全保障条約第5条", "対日武力攻撃への共同対処", "「日米安全保障条約第5条」は何を定めているか。"},
		{"思いやり予算", "在日米軍駐留経費", "「思いやり予算」は、ほかに何と呼ばれるか。"},
		{"グローバル・サウス", "南半球を中心とする新興国や途上国", "「グローバル・サウス」とは何のことか。"},
		{"Quad", "米・日・豪・印", ""},
		{"日米豪印戦略対話", "クアッド", ""},
	} {
		got, ok := b.definitionPrompt(tt.term, tt.answer)
		assert.Equal(t, tt.want != "", ok, tt.term)
		assert.Equal(t, tt.want, got, tt.term)
	}
}

// A place asked as what holds the place after it fits many answers.
func TestContainerOf(t *testing.T) {
	place := func(sentence, key string) *fact {
		f := at(sentence, key)
		f.kind = "place"
		return f
	}
	assert.True(t, containerOf(place("沖縄県の尖閣諸島についても、政府は反発した。", "沖縄県")))
	assert.False(t, containerOf(place("ワシントンの連邦地裁は判決を下した。", "ワシントン")), "a court's city is one")
	assert.False(t, containerOf(place("首脳会談はワシントンで行われた。", "ワシントン")))
}

// A side note's figure is not swapped for a false statement.
func TestInBrackets(t *testing.T) {
	assert.True(t, inBrackets(at("維持費約50億ドル(日本円で約7,500億円、2025年実績)のうち", "2025年")))
	assert.False(t, inBrackets(at("維持費約50億ドル(2025年実績)のうち、日本は2,000億円を負担する。", "2,000億円")))
}

// A one-character surname is not asked where the documents give the full
// name in the same role; where they do not, it is the name.
func TestNamedInFullElsewhere(t *testing.T) {
	b := &builder{claims: []string{"中国外務省の郭嘉昆副報道局長は反発した。", "林官房長官は信頼を表明した。"}}
	guo := &fact{kind: "person", key: "郭", role: "副報道局長"}
	hayashi := &fact{kind: "person", key: "林", role: "官房長官"}
	assert.True(t, b.namedInFullElsewhere(guo))
	assert.False(t, b.namedInFullElsewhere(hayashi))
}

// A false value that the bound after the true one still allows is no
// false statement.
func TestBoundStillHolds(t *testing.T) {
	f := at("収入目的の関税率は10%以下に抑えられる。", "10%")
	sh, ok := shapeOf(&fact{kind: "percent", key: "10%", sentence: f.sentence, start: f.start, end: f.end})
	require.True(t, ok)
	assert.True(t, boundStillHolds(f, sh, "25%"))
	assert.False(t, boundStillHolds(f, sh, "5%"))
	g := at("支持率は46%であった。", "46%")
	assert.False(t, boundStillHolds(g, sh, "60%"), "no bound, no matter")
}

func TestOutlookYear(t *testing.T) {
	assert.True(t, givenAway(at("2025年を見据え、研究員は関係を予測した。", "2025年")))
	assert.False(t, givenAway(at("2025年に、研究員は関係を予測した。", "2025年")))
}

// A place asked as the holder of the next is asked the other way round.
func TestHeldPlace(t *testing.T) {
	f := at("沖縄県の尖閣諸島についても、政府は反発した。", "沖縄県")
	f.kind = "place"
	place, unit := heldPlace(f)
	assert.Equal(t, "尖閣諸島", place)
	assert.Equal(t, "県", unit)
	assert.Equal(t, "「尖閣諸島」はどの県にあるか。", japanese{}.whereIn(place, unit))
}

// A slogan's other wordings in the documents count as right.
func TestSloganForms(t *testing.T) {
	b := &builder{claims: []string{"「アメリカ・ファースト」を掲げた。", "「米国第一」を掲げる。", "「アメリカ第一主義」を基調とし、「全幅の信頼」を表明した。"}}
	assert.ElementsMatch(t, []string{"アメリカ・ファースト", "アメリカ第一主義"}, b.sloganForms("米国第一"))
	assert.Empty(t, b.sloganForms("全幅の信頼"))
}

func TestRelativeTime(t *testing.T) {
	assert.True(t, relativeTime.MatchString("トランプ大統領は最近、条約は不公平だと述べた。"))
	assert.False(t, relativeTime.MatchString("トランプ大統領は2019年、条約は不公平だと述べた。"))
}

// A phrase whose words the prompt already says is copied, not recalled.
func TestEchoed(t *testing.T) {
	assert.True(t, echoed("高率の関税", "（文脈：保護目的の関税は高率でなければならない。）洗濯機などの製品に［＿＿＿］が課された。"))
	assert.False(t, echoed("戦争放棄と戦力不保持", "日本の憲法第9条は［＿＿＿］を明記している。"))
	assert.False(t, echoed("全幅", "全幅"), "too short to tell")
}

// A place that opens an official's title is part of the title.
func TestPartOfTitle(t *testing.T) {
	f := at("中国外務省の劉勁松アジア局長が公使を呼んだ。", "アジア")
	f.kind = "place"
	assert.True(t, partOfTitle(f))
	g := at("アジアの安全保障情勢が複雑化する中で", "アジア")
	g.kind = "place"
	assert.False(t, partOfTitle(g))
}

// A bound date moved either way is arguable ("2019年以降" still holds of
// tariffs imposed since 2018, and readers take "2017年以降" as true of
// tariffs still in force): it gives no false statement. A plain date does.
func TestDateBoundStillHolds(t *testing.T) {
	f := at("米国は2018年以降、鉄鋼に関税を課してきた。", "2018年")
	f.kind = "date"
	sh, ok := shapeOf(f)
	require.True(t, ok)
	assert.True(t, boundStillHolds(f, sh, "2019年"))
	assert.True(t, boundStillHolds(f, sh, "2017年"))

	g := at("工事は2027年まで続く。", "2027年")
	g.kind = "date"
	sh, ok = shapeOf(g)
	require.True(t, ok)
	assert.True(t, boundStillHolds(g, sh, "2028年"))

	h := at("新工場は2027年に完成した。", "2027年")
	h.kind = "date"
	sh, ok = shapeOf(h)
	require.True(t, ok)
	assert.False(t, boundStillHolds(h, sh, "2026年"))
}

// A false year may not move past another year of its sentence: the
// statement would contradict itself.
func TestYearsReorder(t *testing.T) {
	f := at("2025年度の利用者数は約31万人と、被災前の2023年度から24%減った。", "2025年度")
	f.kind = "date"
	sh, ok := shapeOf(f)
	require.True(t, ok)
	assert.True(t, yearsReorder(f, sh, "2022年度"), "before the year it fell from")
	assert.True(t, yearsReorder(f, sh, "2023年度"), "the same year")
	assert.False(t, yearsReorder(f, sh, "2024年度"))
	assert.False(t, yearsReorder(f, sh, "2027年度"))
}

// A year beside its era year, a year the sentence names the next of, and
// the figures of a worked example give themselves away.
func TestGivenAwayByTheSentence(t *testing.T) {
	assert.True(t, eraBeside(at("政府は1872年(明治5年)、富岡に製糸場を設立した。", "1872年")))
	assert.False(t, eraBeside(at("政府は1872年に富岡に製糸場を設立した。", "1872年")))
	assert.True(t, nextYearNamed(at("2019年の噴火を受けて、町は翌2020年に退避壕を設けた。", "2019年")))
	assert.False(t, nextYearNamed(at("2019年の噴火を受けて、町は2021年に退避壕を設けた。", "2019年")))
	ex := at("1ドル=150円の相場では、3万円の抹茶はおよそ200ドルになる計算です。", "およそ200ドル")
	ex.kind = deck.KindMoney
	assert.True(t, workedExample(ex))
	plain := at("抹茶の輸出額は約200億円に達した。", "約200億円")
	plain.kind = deck.KindMoney
	assert.False(t, workedExample(plain))
}

func TestFirstPerson(t *testing.T) {
	assert.True(t, firstPerson.MatchString("私は現役時代、セッターとしてプレーした。"))
	assert.True(t, firstPerson.MatchString("この年、私たちは優勝した。"))
	assert.False(t, firstPerson.MatchString("私鉄の路線は32キロある。"))
}

func withPredicate(f *fact, p string) *fact {
	f.predicate = p
	return f
}

// Words that point at the occasion or at what was said before lean
// wherever they stand in a sentence.
func TestLeansOnOccasionAndLikeThese(t *testing.T) {
	for _, s := range []string{"当日の参加者は約120人だった。", "町と会社は、こうした住民を支えるため協定を結んだ。", "工事は翌日に再開した。"} {
		assert.True(t, leans(s), s)
	}
	for _, s := range []string{"工事は翌2020年に再開した。", "町と会社は住民を支えるため協定を結んだ。"} {
		assert.False(t, leans(s), s)
	}
	assert.Equal(t, "町は堤防をかさ上げした。", dropConnective("また別の事例として町は堤防をかさ上げした。"))
}

func TestNameFromReason(t *testing.T) {
	f := at("湖面がいつも青く見えることから、「青池」と呼ばれる。", "湖面がいつも青く見える")
	assert.True(t, nameFromReason(f))
	f = at("昔この地で塩がとれたことから、「青池」と呼ばれる。", "昔この地で塩がとれた")
	assert.False(t, nameFromReason(f))
}

func TestDemonstrativeTopicLeans(t *testing.T) {
	assert.True(t, leans("研究室での実験では、この細菌は最高85度で増えた。"))
	assert.False(t, leans("研究室での実験では、新種の細菌は最高85度で増えた。"))
	assert.False(t, leans("関税は恒久的である必要があり、そのためには低率で設定される。"))
	assert.False(t, leans("利用料金は1回300円で、そのうち半額を村が補助します。"), "そのうち is part of the sentence")
}

// A fee, price or opening hours with no owner named is framed by the
// quoted name an earlier sentence is about.
func TestOwnerBefore(t *testing.T) {
	doc, err := corpus.Parse("t.txt", []byte(strings.Join([]string{
		"スカイリンクは新しい配送サービスを始めます。",
		"「そらびん」は、道の駅を拠点に村内の集落へ荷物を届けます。",
		"機体は最大5キロの荷物を運べます。",
		"利用料金は1回300円で、そのうち半額を村が補助します。",
	}, "\n")+"\n"))
	require.NoError(t, err)
	f := &fact{doc: doc, sentIndex: 3, sentence: doc.Sentences[3].Text}
	require.True(t, ownerless.MatchString(f.sentence))
	assert.Equal(t, "そらびん", ownerBefore(f))
	f = &fact{doc: doc, sentIndex: 1, sentence: doc.Sentences[1].Text}
	assert.Empty(t, ownerBefore(f), "nothing before names one")
	assert.False(t, ownerless.MatchString("そらびんの利用料金は1回300円です。"))
}

func TestReasonLosesWhatThatNames(t *testing.T) {
	assert.True(t, pointsIntoReason(at("首相は新しい枠組みに否定的であるため、その将来も不透明だ。", "新しい枠組みに否定的であるため")))
	assert.False(t, pointsIntoReason(at("首相は新しい枠組みに否定的であるため、会議の開催も不透明だ。", "新しい枠組みに否定的であるため")))
	assert.True(t, garbled("教授は*Social Theory*(1999)で論じた。"))
	assert.False(t, garbled("教授は『社会理論』(1999)で論じた。"))
}

// A context passage that names the person a blank asks gives the blank
// away; one about someone else does not.
func TestPassageNamesTheAnswer(t *testing.T) {
	f := at("佐々木選手はその結果、成功率が72%とリーグ1位になりました。", "佐々木選手")
	f.kind = "person"
	assert.True(t, passageNames("キャプテンの佐々木美咲選手を2024年にリベロへ転向させました。", f, f.key))
	assert.False(t, passageNames("監督は2024年に就任しました。", f, f.key))
	g := at("佐々木選手はその結果、リーグ1位になりました。", "佐々木選手")
	g.kind = "relation"
	assert.True(t, passageNames("キャプテンの佐々木美咲選手を転向させました。", g, g.key), "a name with an honorific, whatever the fact's kind")
}

// A value's subject carries a direct question unless the sentence names,
// before it, the topic the value belongs to.
func TestTopicBefore(t *testing.T) {
	f := at("佐々木選手はその結果、今季のサーブレシーブの成功率が72%とリーグ1位になった。", "72%")
	assert.True(t, topicBefore(f, "サーブレシーブの成功率"))
	g := at("2025年の日本の完全失業率は2.5%だった。", "2.5%")
	assert.False(t, topicBefore(g, "日本の完全失業率"))
}

// A decade's year and a fraction's denominator are parts of a figure,
// not answers.
func TestPartOfAFigure(t *testing.T) {
	f := at("1880年代に入ると、政府は官営工場を払い下げた。", "1880年")
	f.kind = "date"
	assert.Less(t, spanQuality(f), 0.5)
	g := at("国が3分の2を負担した。", "3分")
	g.kind = "number"
	assert.Less(t, spanQuality(g), 0.5)
	h := at("列車は55分で走り抜けた。", "55分")
	h.kind = "number"
	assert.Equal(t, 1.0, spanQuality(h))
}

// A figure is given away by the same figure standing alone, not by its
// digit inside a date.
func TestRevealsNumber(t *testing.T) {
	frame := "【「新政権と日米関係の課題」（2025年2月10日）より】"
	assert.False(t, revealsNumber(frame, amount{value: 5}))
	assert.True(t, revealsNumber(frame, amount{value: 10}))
	assert.True(t, revealsNumber("【「台風被害から2年ぶり」より】", amount{value: 2}))
}

// What else a term is called is not asked of a figure in brackets (a
// book's year).
func TestNoOtherNameForAFigure(t *testing.T) {
	b := &builder{words: japanese{}}
	_, ok := b.definitionPrompt("1999", "Politics")
	assert.False(t, ok)
	_, ok = b.definitionPrompt("Politics", "1999")
	assert.False(t, ok, "nor the other way")
	_, ok = b.definitionPrompt("思いやり予算", "在日米軍駐留経費")
	assert.True(t, ok)
}

// A quoted name whose first characters stand beside it gives itself away;
// a term coined from words beside it does not count.
func TestStemBeside(t *testing.T) {
	f := at("宇治市の老舗茶商「丸山園」の丸山徹社長は販売を始めた。", "丸山園")
	f.kind = "organization"
	assert.True(t, stemBeside(f))
	g := at("宇治市の老舗茶商「青葉園」の丸山徹社長は販売を始めた。", "青葉園")
	g.kind = "organization"
	assert.False(t, stemBeside(g))
	h := at("化学物質からエネルギーを取り出す「化学合成細菌」と呼ばれる微生物だ。", "化学合成細菌")
	h.kind = "relation"
	assert.False(t, stemBeside(h))
}

// A claim to be a first is given away by a frame that says it.
func TestFirstTold(t *testing.T) {
	f := at("定期配送を事業化するのは、国内で初めてです。", "国内で初めて")
	f.kind, f.predicate = "relation", extract.FirstClaim
	assert.True(t, firstTold(f, "【「山間部で国内初…」より】定期配送を事業化するのは、［＿＿＿］です。"))
	assert.False(t, firstTold(f, "【霧里村について】定期配送を事業化するのは、［＿＿＿］です。"))
}

// Two names that open alike give each other away.
func TestSharesStem(t *testing.T) {
	assert.True(t, sharesStem("汐見漁港", "汐見町"))
	assert.False(t, sharesStem("尖閣諸島", "沖縄県"))
}

// A frame gives a figure away when it shows the figure with its unit,
// even in a title cut short; a figure inside a date does not count.
func TestFigureShown(t *testing.T) {
	assert.True(t, figureShown("【「みなと浜鉄道、台風被害から2年ぶ…」（2026年4月18日）より】", "2年ぶり"))
	assert.False(t, figureShown("【「みなと浜鉄道、台風被害から2年ぶ…」（2026年4月18日）より】", "4年ぶり"))
	assert.False(t, figureShown("【「新政権と日米関係の課題」（2025年2月10日）より】", "5年"))
	assert.False(t, figureShown("【「新政権と日米関係の課題」（2025年2月10日）より】", "トランプ"))
}

// A plan's date is offered only dates still to come when it was written
// as wrong choices.
func TestPlannedBefore(t *testing.T) {
	doc := &corpus.Document{Date: "2026-04-18", Sentences: []corpus.Sentence{{}}}
	f := at("鉄道は2027年3月までに新型車両を導入する計画だ。", "2027年3月")
	f.doc = doc
	assert.True(t, plannedBefore(f, "2025年3月"))
	assert.False(t, plannedBefore(f, "2027年9月"))
	g := at("鉄道は2025年3月に新型車両を導入した。", "2025年3月")
	g.doc = doc
	assert.False(t, plannedBefore(g, "2024年3月"), "no plan, no bound")
	h := at("センターは2026年度から培養実験を本格化させる。", "2026年度")
	h.doc = &corpus.Document{Date: "2025-11-06", Sentences: []corpus.Sentence{{}}}
	assert.True(t, plannedBefore(h, "2024年度"), "a present-tense plan for a later year is a plan too")
}

// A subject the word before runs into is half a name.
func TestCutName(t *testing.T) {
	assert.True(t, cutName("みなと"), "みなと|浜鉄道")
	assert.False(t, cutName("日本の"))
	assert.False(t, cutName(""))
	assert.False(t, cutName("2025年、"))
}

// つ counts to nine.
func TestTooManyTsu(t *testing.T) {
	assert.True(t, tooManyTsu("10つ"))
	assert.False(t, tooManyTsu("8つ"))
	assert.False(t, tooManyTsu("10個"))
}

// A key the sentence also writes inside a longer name gives no cloze
// that blanks it everywhere.
func TestInLongerName(t *testing.T) {
	assert.True(t, inLongerName("北陽フェニックスは、ホームの北陽市総合体育館で勝った。", "北陽"))
	assert.True(t, inLongerName("和田英は、のちに富岡での日々を『富岡日記』に書き残した。", "富岡"))
	assert.False(t, inLongerName("最大の輸出先は米国で、輸出額の38%を米国向けが占めた。", "米国"))
	assert.False(t, inLongerName("労働組合が連邦地裁に訴訟を提起し、ワシントンの連邦地裁は命令を差し止めた。", "連邦地裁"))
}

// A figure stated in a sentence that goes on to forecast is no forecast
// itself; one in the forecast's clause is.
func TestStatedBeforeForecast(t *testing.T) {
	s := "米国は日本の輸出額の約2割を占める最大の輸出先であり、関税引き上げが実行されると、自動車を中心に大きな打撃を受ける可能性がある。"
	assert.True(t, statedBeforeForecast(at(s, "約2割")))
	assert.False(t, statedBeforeForecast(at(s, "自動車")), "in the forecast's clause")
	assert.False(t, statedBeforeForecast(at("関税が25%に上がると、輸出は3割減る見込みだ。", "25%")), "a supposition's clause")
}

func TestJoinedClauseSharesTheForecast(t *testing.T) {
	s := "外交面では、ノーベル平和賞級の実績を重視し、ウクライナ停戦を優先する可能性があります。"
	assert.False(t, statedBeforeForecast(at(s, "ノーベル平和賞級の実績")))
}

// A reading in brackets after a name is blanked with it: beside the
// blank it would spell the answer.
func TestReadingGlossIsBlankedToo(t *testing.T) {
	f := at("ふもとでは「白髪山(しらがやま)」の通称で親しまれている。", "白髪山")
	f.kind = deck.KindEvent
	assert.True(t, glossFollows(f))
	g := at("会議は東京(本部)で開かれた。", "東京")
	g.kind = deck.KindEvent
	assert.False(t, glossFollows(g), "a note in kanji is no reading")
}

// A government or a market named by what it is is a generic body.
func TestGenericBody(t *testing.T) {
	for _, k := range []string{"日本政府", "連邦政府", "為替市場", "政府"} {
		assert.True(t, genericBody.MatchString(k), k)
	}
	for _, k := range []string{"国防総省", "米国通商代表部", "ニューヨーク証券取引所", "日本経済団体連合会"} {
		assert.False(t, genericBody.MatchString(k), k)
	}
}
