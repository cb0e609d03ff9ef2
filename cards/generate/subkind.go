package generate

import (
	"regexp"
	"slices"
	"strings"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// A distractor must be of the answer's sub-kind, not only its kind: a
// think tank among think tanks, a sea among seas, a minister among
// ministers. Otherwise the odd one out gives the answer away.

// subKinds name a body or a place by how its name ends; the first match
// wins, so longer endings come before the shorter ones they end with.
var subKinds = []struct {
	name     string
	suffixes []string
}{
	{"think tank", []string{"研究所", "研究センター", "財団", "協議会", "シンクタンク", "研究機構"}},
	{"university", []string{"大学"}},
	{"court", []string{"裁判所", "地裁", "高裁", "最高裁"}},
	{"party", []string{"党"}},
	{"international body", []string{"条約機構", "国際機関", "フォーラム", "機関", "機構", "連合", "フォーラム", "同盟", "国連", "首脳会議", "会議"}},
	{"law or treaty", []string{"条約", "協定", "法"}},
	{"government", []string{"政府"}}, // the whole government, not one of its departments
	{"ministry or agency", []string{"通商代表部", "委員会", "省", "庁", "局", "府", "議会", "院", "部"}},
	{"bank", []string{"銀行", "証券", "金庫"}},
	{"maker", []string{"自動車", "製鉄", "電気", "工業", "重工", "製作所", "化学"}},
	{"company", []string{"ホールディングス", "グループ", "商事", "社"}},
	{"US state", []string{"州"}},
	{"prefecture", []string{"県", "都", "道"}},
	{"strait", []string{"海峡"}},
	{"sea", []string{"海", "洋", "湾"}},
	{"islands", []string{"諸島", "列島", "島"}},
	{"city", []string{"市", "区"}},
	{"town or village", []string{"町", "村"}}, // a village of 1,200 among cities is the odd one out
	{"region", []string{"アジア", "欧州", "中東", "地域", "圏", "太平洋", "半島"}},
}

// countries are names of countries with no ending to tell them by.
var countries = []string{
	"日本", "米国", "アメリカ", "アメリカ合衆国", "中国", "韓国", "北朝鮮", "ロシア", "インド", "台湾",
	"カナダ", "メキシコ", "コロンビア", "イスラエル", "オーストラリア", "豪州", "フィリピン", "ベトナム",
	"ウクライナ", "イギリス", "英国", "フランス", "ドイツ", "ブラジル", "インドネシア", "シンガポール",
	"タイ", "イラン", "サウジアラビア", "トルコ", "ニュージーランド", "パナマ", "グリーンランド", "デンマーク",
}

// subKind names the sub-kind of a body's or a place's name, or "" when
// its name does not tell.
func subKind(name string) string {
	n := withoutGloss(strings.TrimSpace(name))
	if slices.Contains(countries, n) {
		return "country"
	}
	for _, k := range subKinds {
		for _, s := range k.suffixes {
			if strings.HasSuffix(n, s) {
				return k.name
			}
		}
	}
	return ""
}

// sameSubKind reports whether a candidate may stand in for a name: both
// of one sub-kind, and neither naming the other or a part of it (東シナ海
// for 尖閣諸島 is of another sub-kind; 米国 for アメリカ合衆国 is the same
// country).
func sameSubKind(candidate, name string) bool {
	if subKind(candidate) != subKind(name) {
		return false
	}
	c, n := comparable(withoutGloss(candidate)), comparable(withoutGloss(name))
	if slices.Contains(nationalKinds, subKind(name)) && homePrefix(c) != homePrefix(n) {
		return false // 日本国際問題研究所 among American think tanks
	}
	return !strings.Contains(c, n) && !strings.Contains(n, c) && !sameCountry(c, n) && foreignPrefix(c) == foreignPrefix(n)
}

// nationalKinds are the sub-kinds of bodies a country has its own of,
// named after it: a Japanese institute stands out among American ones.
var nationalKinds = []string{"think tank", "ministry or agency"}

// homePrefix names Japan or the United States before a body of its own
// (日本国際問題研究所, 米国通商代表部), or another country (foreignPrefix).
func homePrefix(name string) string {
	switch {
	case strings.HasPrefix(name, "日本"):
		return "日本"
	case strings.HasPrefix(name, "米"): // 米国通商代表部, 米連邦準備制度理事会
		return "米国"
	}
	return foreignPrefix(name)
}

// foreignPrefixes name a country before a body of its own (中国外務省):
// one among another country's bodies gives itself away.
var foreignPrefixes = []string{"中国", "韓国", "北朝鮮", "ロシア", "台湾", "英国", "欧州", "インド", "豪州", "カナダ", "メキシコ"}

func foreignPrefix(name string) string {
	for _, p := range foreignPrefixes {
		if strings.HasPrefix(name, p) {
			return p
		}
	}
	return ""
}

// countryNames are the names of one country.
var countryNames = [][]string{{"米国", "アメリカ", "アメリカ合衆国", "米"}, {"英国", "イギリス"}, {"豪州", "オーストラリア"}}

func sameCountry(a, b string) bool {
	for _, names := range countryNames {
		if slices.Contains(names, a) && slices.Contains(names, b) {
			return true
		}
	}
	return false
}

// roleEndings tell apart the kinds of posts a person holds, so that a
// senator stands among senators, a minister among ministers.
var roleEndings = []string{
	"上院議員", "下院議員", "議員", "大統領", "副大統領", "首相", "長官", "大臣", "相", "教授", "研究員",
	"報道官", "局長", "大使", "知事", "総裁", "社長", "会長", "代表", "委員長",
}

// roleKind is the ending of a role that says what kind of post it is, or
// the role itself.
func roleKind(role string) string {
	role = strings.TrimSpace(role)
	best := ""
	for _, e := range roleEndings {
		if strings.HasSuffix(role, e) && len(e) > len(best) {
			best = e
		}
	}
	if best == "" {
		return role
	}
	return best
}

// protagonistShare is the share of a corpus's claims that must name a
// person for the person to be what the corpus is about.
const protagonistShare = 0.15

// protagonists are the people (by the last part of a katakana name, or a
// kanji surname) named in at least protagonistShare of the documents'
// claims: トランプ in a corpus about his second term.
func protagonists(docs []*corpus.Document) []string {
	claims := claimTexts(docs)
	count := map[string]int{}
	for _, s := range claims {
		seen := map[string]bool{}
		for _, m := range katakanaName.FindAllStringSubmatch(s, -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				count[m[1]]++
			}
		}
	}
	var out []string
	for name, n := range count {
		if float64(n) >= protagonistShare*float64(len(claims)) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// claimTexts are the texts of the documents' claims.
func claimTexts(docs []*corpus.Document) []string {
	var out []string
	for _, d := range docs {
		for _, s := range d.Sentences {
			if s.IsClaim() {
				out = append(out, s.Text)
			}
		}
	}
	return out
}

// katakanaName finds a katakana word followed by a title (トランプ大統領,
// トランプ氏, トランプ政権): how a corpus names the people it is about.
var katakanaName = regexp.MustCompile(`(\p{Katakana}{2,})(?:大統領|氏|政権|首相)`)

// protagonist reports a person fact whose person is one the corpus is
// about.
func (b *builder) protagonist(f *fact) bool {
	if f.kind != deck.KindPerson {
		return false
	}
	for _, name := range b.lead {
		if strings.HasSuffix(withoutGloss(f.key), name) {
			return true
		}
	}
	return false
}
