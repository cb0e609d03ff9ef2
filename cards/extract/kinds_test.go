package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKindsOnCorpus checks facts of every kind on real sentences of the
// corpus: the answer, and what a card needs to ask for it.
func TestKindsOnCorpus(t *testing.T) {
	_, facts := realCorpus(t)
	tests := []struct {
		doc, in, kind, key string
		subject, role      string
		expansion          string
		predicate          string
	}{
		// dates, with the event they date
		{doc: "003", in: "2025年2月7日、日本の石破茂首相は", kind: "date", key: "2025年2月7日", subject: "日本の石破茂首相"},
		{doc: "003", in: "日米安保条約は1951年に締結され", kind: "date", key: "1951年", subject: "日米安保条約", predicate: "締結され"},
		{doc: "003", in: "2025年1月20日に発足した", kind: "date", key: "2025年1月20日", subject: "第2期トランプ政権", predicate: "発足した"},
		{doc: "003", in: "ホワイトハウスで行われたトランプ大統領と石破首相の初の首脳会談", kind: "date", key: "2025年2月7日", subject: "トランプ大統領と石破首相の初の首脳会談"},
		// numbers with counters, percentages, money, with their subject
		{doc: "000", in: "日本の輸出額の約2割", kind: "number", key: "約2割", subject: "日本の輸出額"},
		{doc: "003", in: "USAID職員2200人", kind: "number", key: "2200人", subject: "USAID職員"},
		{doc: "002", in: "安全保障条約第5条", kind: "number", key: "第6条", subject: "安全保障条約"},
		{doc: "003", in: "トランプ大統領の支持率は46%", kind: "percent", key: "46%", subject: "トランプ大統領の支持率"},
		{doc: "003", in: "トランプ大統領の支持率は46%", kind: "percent", key: "43%", subject: "不支持率"},
		{doc: "001", in: "2027年度までに防衛費をGDP比2%に引き上げる", kind: "percent", key: "2%", subject: "日本の防衛費のGDP比"},
		{doc: "003", in: "NATO加盟国が防衛費をGDPの5%に", kind: "percent", key: "5%", subject: "NATO加盟国の防衛費のGDP比"},
		{doc: "004", in: "GDP比3%への急速な引き上げ", kind: "percent", key: "3%", subject: "日本の防衛費のGDP比"},
		{doc: "001", in: "日本の防衛費GDP比2%目標達成", kind: "percent", key: "2%", subject: "日本の防衛費GDP比目標"},
		{doc: "003", in: "メキシコやカナダへの25%という関税措置", kind: "percent", key: "25%", subject: "メキシコやカナダへの関税措置"},
		{doc: "001", in: "年間貿易額約2,400億ドル", kind: "money", key: "約2,400億ドル", subject: "日米間の年間貿易額"},
		{doc: "001", in: "年間約2,000億円(思いやり予算)", kind: "money", key: "約2,000億円", subject: "思いやり予算"},
		// people with roles
		{doc: "003", in: "日本の石破茂首相", kind: "person", key: "石破茂", role: "首相"},
		{doc: "002", in: "ヘグセス米国防長官", kind: "person", key: "ヘグセス", role: "国防長官"},
		{doc: "002", in: "ヘグセス米国防長官が間もなく", kind: "person", key: "中谷元", role: "防衛相"},
		{doc: "001", in: "岸田文雄首相がワシントンD.C.", kind: "person", key: "岸田文雄", role: "首相"},
		{doc: "003", in: "安倍晋三元首相", kind: "person", key: "安倍晋三", role: "元首相"},
		{doc: "003", in: "中国外務省の劉勁松アジア局長", kind: "person", key: "劉勁松", role: "アジア局長", subject: "中国外務省"},
		{doc: "004", in: "エルブリッジ・コルビー", kind: "person", key: "エルブリッジ・コルビー", role: "米国防次官(政策担当)候補"},
		// acronyms, organizations and definitions, both ways
		{doc: "000", in: "IPEF(インド太平洋経済枠組み)", kind: "acronym", key: "IPEF", expansion: "インド太平洋経済枠組み"},
		{doc: "000", in: "IPEF(インド太平洋経済枠組み)", kind: "definition", key: "インド太平洋経済枠組み", expansion: "IPEF"},
		{doc: "003", in: "United States Agency", kind: "acronym", key: "USAID", expansion: "米国際開発庁"},
		{doc: "003", in: "United States Agency", kind: "organization", key: "米国際開発庁", expansion: "USAID"},
		{doc: "003", in: "United States Agency", kind: "definition", key: "United States Agency for International Development", expansion: "USAID"},
		{doc: "001", in: "戦略国際問題研究所(CSIS)", kind: "acronym", key: "CSIS", expansion: "戦略国際問題研究所"},
		{doc: "003", in: "世界経済フォーラム(WEF)", kind: "acronym", key: "WEF", expansion: "世界経済フォーラム"},
		{doc: "001", in: "日本経済団体連合会(経団連)", kind: "organization", key: "日本経済団体連合会", expansion: "経団連"},
		{doc: "001", in: "インフレ削減法(IRA)", kind: "acronym", key: "IRA", expansion: "インフレ削減法"},
		{doc: "001", in: "欧州連合(EU)", kind: "acronym", key: "EU", expansion: "欧州連合"},
		{doc: "003", in: "ギャラップ社 (Gallup)", kind: "organization", key: "ギャラップ社", expansion: "Gallup"},
		{doc: "002", in: "第5条(対日武力攻撃への共同対処)", kind: "definition", key: "第5条", expansion: "対日武力攻撃への共同対処", subject: "安全保障条約"},
		{doc: "001", in: "いわゆる「思いやり予算」", kind: "definition", key: "思いやり予算", expansion: "在日米軍駐留経費"},
		{doc: "003", in: "中国名:釣魚島", kind: "definition", key: "釣魚島", expansion: "尖閣諸島", subject: "中国名"},
		// places where something happened
		{doc: "003", in: "ホワイトハウスで行った", kind: "place", key: "ホワイトハウス", predicate: "行った"},
		{doc: "003", in: "スイス・ダボスで開催された", kind: "place", key: "スイス・ダボス", subject: "世界経済フォーラム(WEF)でのスピーチ"},
		{doc: "001", in: "ワシントンD.C.を訪れ", kind: "place", key: "ワシントンD.C.", subject: "日本の岸田文雄首相"},
		// relations: who demanded, agreed, confirmed, stressed what, and why
		{doc: "004", in: "GDP比3%への急速な引き上げを求めた", kind: "relation", key: "GDP比3%への急速な引き上げ", subject: "米国防次官(政策担当)候補のエルブリッジ・コルビー", predicate: "求めた"},
		{doc: "001", in: "思いやり予算)を大幅に引き上げるよう求めました", kind: "relation", key: "年間約2,000億円(思いやり予算)", subject: "トランプ大統領"},
		{doc: "000", in: "自動車を中心に大きな打撃を受ける", kind: "relation", key: "自動車", predicate: "大きな打撃を受ける可能性がある"},
		{doc: "000", in: "バイデン政権への不満がトランプ氏勝利の大きな要因", kind: "relation", key: "バイデン政権への不満", subject: "トランプ氏勝利", predicate: "大きな要因"},
		{doc: "003", in: "流入を阻止するため", kind: "relation", key: "不法移民や合成麻薬フェンタニルの流入を阻止するため", subject: "トランプ政権"},
		{doc: "002", in: "米国の要求に応えるため", kind: "relation", key: "米国の要求に応えるため", subject: "日本政府"},
		{doc: "003", in: "石破首相は対米投資をいっそう拡大する意向を表明した", kind: "relation", key: "対米投資", subject: "石破首相", predicate: "いっそう拡大する意向を表明した"},
		{doc: "004", in: "日米同盟の主要な柱が再確認され", kind: "relation", key: "日米同盟の主要な柱", subject: "石破・トランプ日米首脳会談", predicate: "再確認され"},
		{doc: "003", in: "南西地域での自衛隊と米軍の協力強化が確認された", kind: "relation", key: "南西地域での自衛隊と米軍の協力強化", subject: "2月の日米首脳会談"},
		{doc: "002", in: "礎であることを確認し", kind: "relation", key: "インド太平洋地域の平和と繁栄の礎", subject: "日米同盟"},
		{doc: "002", in: "「全幅の信頼」を表明", kind: "relation", key: "全幅の信頼", subject: "林官房長官", predicate: "表明しました"},
		{doc: "003", in: "投資・雇用の拡大を目指すことで一致した", kind: "relation", key: "両国の産業基盤の強化や投資・雇用の拡大"},
		{doc: "003", in: "中国政府は共同声明の記述に強く反発した", kind: "relation", key: "共同声明の記述", subject: "中国政府"},
		{doc: "003", in: "戦争放棄と戦力不保持を明記", kind: "relation", key: "戦争放棄と戦力不保持", subject: "日本の憲法第9条"},
		{doc: "003", in: "南部国境への軍隊派遣を支持", kind: "relation", key: "南部国境への軍隊派遣", subject: "60%の有権者"},
		// events: what was held, announced, imposed, ruled
		{doc: "003", in: "有給休暇命令を一時差し止める判決を下した", kind: "event", key: "USAID職員2200人の有給休暇命令", subject: "ワシントンの連邦地裁", predicate: "一時差し止める判決を下した"},
		{doc: "003", in: "25%の追加関税を課す大統領令を発令した", kind: "event", key: "25%の追加関税", subject: "トランプ政権"},
		{doc: "001", in: "首脳会談に臨みました", kind: "event", key: "ドナルド・J・トランプ米国大統領との首脳会談", predicate: "臨みました"},
		{doc: "004", in: "「FOIP2.0」を発表し", kind: "event", key: "FOIP2.0", subject: "岸田元首相"},
		// what a quotation says, what is put first, why a measure was taken
		{doc: "003", in: "「修復不可能」と評し", kind: "relation", key: "修復不可能", subject: "イーロン・マスク氏", predicate: "と評し"},
		{doc: "002", in: "「日本は我々を守らない」と不満を示した", kind: "relation", key: "日本は我々を守らない", predicate: "と不満を示した"},
		{doc: "003", in: "「深刻な懸念と強い不満」を伝えた", kind: "relation", key: "深刻な懸念と強い不満"},
		{doc: "000", in: "最優先事項とし", kind: "relation", key: "自身の法的問題への対応", subject: "トランプ氏"},
		{doc: "001", in: "最優先課題としています", kind: "relation", key: "米国の貿易赤字削減", subject: "トランプ大統領"},
		// a treaty article and what it provides
		{doc: "001", in: "セクション232条(国家安全保障", kind: "definition", key: "セクション232条", expansion: "国家安全保障を理由とする輸入制限"},
		// organizations, places and people a sentence names as actor or setting
		{doc: "000", in: "ハドソン研究所のケネス・ワインスタイン氏", kind: "organization", key: "ハドソン研究所"},
		{doc: "001", in: "トヨタ自動車はテキサス州", kind: "organization", key: "トヨタ自動車"},
		{doc: "001", in: "TSMCの熊本工場建設", kind: "place", key: "熊本"},
		{doc: "003", in: "沖縄県の尖閣諸島", kind: "place", key: "沖縄県"},
		{doc: "004", in: "ジョージ・グラス氏は次期駐日大使", kind: "person", key: "ジョージ・グラス"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+" "+tt.key, func(t *testing.T) {
			f := findFact(facts, tt.doc, tt.in, tt.kind, tt.key)
			require.NotNil(t, f, "no %s fact %q in %s: …%s…", tt.kind, tt.key, tt.doc, tt.in)
			assert.Equal(t, f.Key, f.Sentence.Text[f.Start:f.End])
			if tt.subject != "" {
				assert.Equal(t, tt.subject, f.Subject, "subject")
			}
			if tt.role != "" {
				assert.Equal(t, tt.role, f.Role, "role")
			}
			if tt.expansion != "" {
				assert.Equal(t, tt.expansion, f.Expansion, "expansion")
			}
			if tt.predicate != "" {
				assert.Equal(t, tt.predicate, f.Predicate, "predicate")
			}
		})
	}
}

// Facts that would be false, or whose answer is no phrase, are not made.
func TestNoBadAnswers(t *testing.T) {
	_, facts := realCorpus(t)
	tests := []struct{ doc, in, kind, key, why string }{
		{"000", "安倍元首相のような特別な関係は期待できない", "relation", "安倍元首相のような特別な関係", "negated: 期待できない"},
		{"001", "姿勢を示せば、トランプ政権も", "relation", "姿勢", "a condition states no fact"},
		{"003", "この判決により", "relation", "この判決", "a pointer is no answer"},
		{"000", "期待できるというのは", "relation", "石破氏との関係構築", "a reader's comment is noise"},
		{"003", "グローバル・サウスの存在", "organization", "サウス", "half of a name joined by ・"},
		{"001", "アジア・欧州諸国との連携", "place", "アジア・欧州", "a place that only qualifies 諸国"},
		{"003", "(中国名:釣魚島)", "place", "釣魚島", "a gloss in brackets is no claim of its own"},
		{"004", "「日本は強く信頼できる同盟国である」", "relation", "日本は強く信頼できる同盟国である", "a quotation no reporting verb follows"},
	}
	for _, tt := range tests {
		assert.Nil(t, findFact(facts, tt.doc, tt.in, tt.kind, tt.key), tt.why)
	}
	for _, f := range facts {
		assert.NotContains(t, []string{"これ", "それ", "こと", "ため", "の", "を", "が"}, f.Key, "%s %s", f.Kind, f.Sentence.Text)
		r := []rune(f.Key)
		assert.NotContains(t, "をがにでとはもの、。", string(r[0]), "key %q starts with a particle", f.Key)
	}
}
