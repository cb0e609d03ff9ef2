package generate

import (
	"strings"
)

// topics names each topic tag with the words that mark a sentence as
// being about it. A sentence may have several topics.
var topics = []struct {
	name  string
	words []string
}{
	{"security", []string{"安全保障", "安保", "防衛", "自衛隊", "米軍", "基地", "抑止", "ミサイル", "核", "NATO", "軍事", "同盟"}},
	{"trade-tariffs", []string{"関税", "貿易", "輸出", "輸入", "通商", "黒字", "赤字", "USMCA", "IEEPA", "保護主義"}},
	{"diplomacy", []string{"首脳会談", "外交", "会談", "共同声明", "訪米", "訪問", "大使", "外相", "国務長官", "官房長官", "Quad", "FOIP"}},
	{"us-politics", []string{"大統領選", "政権", "議会", "共和党", "民主党", "連邦地裁", "USAID", "DOGE", "就任", "移民", "出生地主義"}},
	{"china", []string{"中国", "台湾", "尖閣", "米中", "南シナ海", "東シナ海", "釣魚島"}},
	{"polls", []string{"世論調査", "支持率", "回答", "ギャラップ", "調査によれば", "調査では"}},
	{"economy", []string{"経済", "投資", "雇用", "半導体", "サプライチェーン", "GDP", "企業", "産業", "LNG", "財政", "円安", "物価"}},
}

// topicTags returns the topic tags of a text, in the order of topics.
func topicTags(text string) []string {
	var out []string
	for _, t := range topics {
		for _, w := range t.words {
			if strings.Contains(text, w) {
				out = append(out, "topic:"+t.name)
				break
			}
		}
	}
	return out
}

// tags are a card's topics, then its kind, source and type, so a teacher
// can filter a deck on any of them.
func tags(m made) []string {
	out := topicTags(m.fact.sentence + "\n" + m.card.Prompt)
	out = append(out, "kind:"+m.fact.kind, "source:"+m.fact.doc.ID, "type:"+m.card.Type)
	if m.caveat != "" {
		out = append(out, "caveat:"+m.caveat)
	}
	return out
}
