package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is a person named in a sentence, with the role the text gives.
type mention struct {
	a, b   int    // the name: tokens [a, b)
	role   string // "首相", "国防長官", "元首相"; the country prefix taken off
	nation string // the country the role serves, when the text says: "日本", "米国"
	org    string // the organization named before the person (CSISの…), if any
}

// roleHeads end a role: the 長官 of 国防長官, the 相 of 防衛相.
var roleHeads = []string{
	"首相", "大統領", "長官", "大臣", "議員", "教授", "局長", "公使", "大使", "候補",
	"次官", "研究員", "知事", "総裁", "会長", "社長", "報道官", "補佐官", "委員長",
	"代表", "書記長", "主席", "相",
	// The heads of any organization a teacher's text may name: a town, a
	// museum, a school, a team, a company's board.
	"市長", "町長", "村長", "区長", "館長", "場長", "所長", "院長", "校長", "学長", "園長",
	"部長", "課長", "室長", "理事長", "議長", "頭取", "取締役", "監督", "主将", "キャプテン",
	"技師", "准教授", "講師", "医師", "記者", "編集長",
}

// honorifics follow a name without giving a role.
var honorifics = map[string]bool{"氏": true, "さん": true, "様": true, "選手": true, "君": true}

// countryPrefixes open a role with the country it serves (米国防長官).
var countryPrefixes = []struct{ prefix, nation string }{
	{"米国", "米国"}, {"米", "米国"}, {"アメリカ", "米国"}, {"日本", "日本"}, {"中国", "中国"},
}

// findEntities finds the people, organizations, places and acronyms of the
// sentence.
func (r *reading) findEntities() {
	t := r.toks
	for i := 0; i < len(t); i++ {
		if b := r.nameEnd(i); b > i {
			m := r.mentionAt(i, b)
			r.roles = append(r.roles, m)
			r.ents = append(r.ents, Entity{Kind: EntityPerson, Text: r.spanText(i, b), Role: m.role, Start: t[i].Start, End: t[b-1].End})
			i = b - 1
			continue
		}
		switch {
		case t[i].latin() && acronymLike(t[i].Surface):
			r.ents = append(r.ents, Entity{Kind: EntityAcronym, Text: t[i].Surface, Start: t[i].Start, End: t[i].End})
		case namedOrgEnd(t, i) > i:
			b := namedOrgEnd(t, i)
			r.ents = append(r.ents, Entity{Kind: EntityOrganization, Text: r.spanText(i, b), Start: t[i].Start, End: t[b-1].End})
			i = b - 1
		case t[i].org():
			b := orgEnd(t, i)
			r.ents = append(r.ents, Entity{Kind: EntityOrganization, Text: r.spanText(i, b), Start: t[i].Start, End: t[b-1].End})
			i = b - 1
		case t[i].place():
			b := i + 1
			for b < len(t) && (t[b].suffix() && t[b].POS[2] == "地域" || t[b].place() && !(t[b].country() && t[b-1].country()) || t[b].middleDot() && b+1 < len(t) && t[b+1].place()) {
				b++ // テキサス州, スイス・ダボス; a list run together (中国日本) is two
			}
			b = facilityEnd(t, b)
			a := municipalityStart(t, i, b)
			if k := len(r.ents); a < i && k > 0 && r.ents[k-1].End > t[a].Start {
				a = i // the word before belongs to the entity before
			}
			r.addPlace(a, b)
			i = b - 1
		case namedFacilityEnd(t, i) > i:
			b := namedFacilityEnd(t, i)
			r.addPlace(i, b)
			i = b - 1
		}
	}
}

// addPlace records the place at tokens [a, b). A town right after its
// prefecture (奈良県 霧里村) is one address with it: 奈良県霧里村.
func (r *reading) addPlace(a, b int) {
	t := r.toks
	if k := len(r.ents); k > 0 {
		prev := &r.ents[k-1]
		if prev.Kind == EntityPlace && prev.End == t[a].Start && prefecture(prev.Text) {
			prev.Text, prev.End = r.text[prev.Start:t[b-1].End], t[b-1].End
			return
		}
	}
	r.ents = append(r.ents, Entity{Kind: EntityPlace, Text: r.spanText(a, b), Start: t[a].Start, End: t[b-1].End})
}

// prefecture reports a place named as a prefecture: 奈良県, 東京都, 京都府.
func prefecture(s string) bool {
	return strings.HasSuffix(s, "県") || strings.HasSuffix(s, "都") || strings.HasSuffix(s, "府") || strings.HasSuffix(s, "北海道")
}

// namedFacilityEnd returns the end of a place named by a word the
// dictionary does not know as a place and a facility's head after it
// (汐見 漁港, 八ヶ森 天文台); else i. A one-kanji head (港, 駅) or a generic
// word before it (地元の漁港) names no place of its own.
func namedFacilityEnd(t []token, i int) int {
	if i+1 >= len(t) || i > 0 && contentNoun(t[i-1]) || !contentNoun(t[i]) || t[i].number() || t[i].suffix() || genericModifiers[t[i].Surface] {
		return i
	}
	if h := t[i+1].Surface; slices.Contains(placeHeads, h) && utf8.RuneCountInString(h) >= 2 {
		return i + 2
	}
	return i
}

// placeHeads end the name of a place a text names after a town or region:
// 汐見漁港, 北陽市総合体育館, 大杉集落.
var placeHeads = []string{"駅", "港", "漁港", "空港", "集落", "地区", "温泉", "体育館", "天文台", "博物館", "美術館",
	"公園", "城", "神社", "寺", "橋", "峠", "湾", "半島", "平野", "盆地", "高原", "競技場", "球場", "会館", "ホール", "市場"}

// maxFacilityNouns bounds the nouns between a place and its head.
const maxFacilityNouns = 3

// facilityEnd extends a place at tokens [.., b) over the nouns of a
// facility named after it, when they end in a place head (北陽市 総合
// 体育館); else b.
func facilityEnd(t []token, b int) int {
	for k := b; k < len(t) && k < b+maxFacilityNouns && contentNoun(t[k]) && !t[k].number(); k++ {
		if slices.Contains(placeHeads, t[k].Surface) {
			return k + 1
		}
	}
	return b
}

// municipalityStart takes in a word the dictionary split off the front of
// a town's name (霧 of 霧里村, read as 霧 + 里村): a noun right before a
// place that ends in a municipality's suffix (市, 町, 村) belongs to it.
func municipalityStart(t []token, i, b int) int {
	if i == 0 || b-i < 2 || !t[b-1].suffix() {
		return i
	}
	switch t[b-1].Surface {
	case "市", "町", "村":
	default:
		return i
	}
	if p := t[i-1]; contentNoun(p) && !p.proper() && !p.number() && !p.suffix() && utf8.RuneCountInString(p.Surface) == 1 {
		return i - 1
	}
	return i
}

// orgEnd extends an organization over the nouns that complete its name
// (慶應義塾 大学, NATO 加盟国 stays NATO).
func orgEnd(t []token, i int) int {
	b := i + 1
	for b < len(t) && contentNoun(t[b]) && orgHead(t[b].Surface) {
		b++
	}
	return b
}

func orgHead(s string) bool {
	return slices.Contains(orgHeads, s)
}

// orgHeads end the name of an organization: the 大学 of 南洋大学, the 会社
// of 原合名会社, the 紡績 of 片倉製糸紡績.
var orgHeads = []string{"大学", "研究所", "社", "省", "庁", "機関", "協議会", "委員会", "政府", "銀行", "連合", "会", "大使館", "外務省",
	"会社", "株式会社", "研究機構", "機構", "財団", "協会", "組合", "連盟", "学園", "病院", "高校", "工業", "建設", "紡績", "製作所", "商事", "新聞社"}

// companyForms open a company's name: 株式会社スカイリンク.
var companyForms = []string{"株式会社", "有限会社", "合同会社"}

// genericModifiers qualify an organization without naming it: 国立大学,
// 地元の大学 are not names a student could be asked for.
var genericModifiers = map[string]bool{"国立": true, "公立": true, "私立": true, "県立": true, "市立": true, "地元": true,
	"各": true, "同": true, "当": true, "大手": true, "民間": true, "外資": true, "有名": true, "複数": true, "海外": true, "国内": true,
	"重要": true, "主要": true, "関係": true, "関連": true, "一部": true, "他": true}

// namedOrgEnd returns the end of an organization named by the compound
// that starts at token i and that the dictionary does not know: one
// opened by a company form (株式会社スカイリンク) or ended by an
// organization's head after a word that names it (南洋 大学, 原 合名 会社,
// 片倉 製糸 紡績); else i.
func namedOrgEnd(t []token, i int) int {
	if i > 0 && contentNoun(t[i-1]) {
		return i // inside a compound
	}
	if slices.Contains(companyForms, t[i].Surface) {
		b := i + 1
		for b < len(t) && b < i+5 && contentNoun(t[b]) && !t[b].number() {
			b++
		}
		return b
	}
	if !contentNoun(t[i]) || t[i].number() || t[i].suffix() || genericModifiers[t[i].Surface] || orgHead(t[i].Surface) {
		return i
	}
	end := i
	for k := i + 1; k < len(t) && k < i+4 && contentNoun(t[k]) && !t[k].number(); k++ {
		if !orgHead(t[k].Surface) || utf8.RuneCountInString(t[k].Surface) < 2 {
			continue
		}
		// A head that is also an activity (建設) names a company only
		// right after its name (北陽建設); after another noun it is the
		// activity (熊本工場建設: building a factory).
		if t[k].sahen() && k > i+1 {
			continue
		}
		end = k + 1
	}
	if end < len(t) && t[end].middleDot() {
		return i // 鉄道建設・運輸施設整備支援機構: the name goes on
	}
	return end
}

// acronymLike reports an acronym: two to six capitals (IPEF, USAID, CSIS).
func acronymLike(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// nameEnd returns the end of a person's name starting at token i, or i
// when no name starts there. A name is a run of person tokens (石破茂,
// 郭 嘉 昆) or a katakana word the dictionary does not know; a name the
// dictionary only guesses at must be confirmed by a role or an honorific
// after it, or by a ・ joining it to another name (石破・トランプ).
func (r *reading) nameEnd(i int) int {
	t := r.toks
	if i > 0 && (t[i-1].person() || t[i-1].middleDot() && i > 1 && t[i-2].person()) && !t[i].person() {
		return i
	}
	b := i
	for b < len(t) && t[b].person() {
		b++
	}
	sure := b > i && (t[i].User || b-i >= 2)
	if b > i {
		// ポール・ブリュナ: a given name the dictionary knows, then a
		// family name it does not; 尾高惇忠: a name whose last kanji
		// it reads as a word of its own.
		if e := foreignNameEnd(t, b); e > b {
			b, sure = e, true
		} else if sure && lastKanjiOfName(t, b) {
			b++
		}
	}
	if b == i {
		if !t[i].katakana() || t[i].proper() || !t[i].noun() {
			return i
		}
		b = i + 1
	}
	if i > 0 && contentNoun(t[i-1]) && !t[i-1].person() && !t[i-1].number() {
		return i // inside a compound: the 林 of 山林
	}
	if sure || b < len(t) && (honorifics[t[b].Surface] || r.roleEnd(b) > b || t[b].middleDot() && b+1 < len(t) && t[b+1].person()) {
		return b
	}
	return i
}

// foreignNameEnd extends a name ending before token b over the parts a
// middle dot joins to it (ポール・ブリュナ), or returns b.
func foreignNameEnd(t []token, b int) int {
	for b+1 < len(t) && t[b].middleDot() && (t[b+1].person() || t[b+1].katakana() && t[b+1].noun()) {
		b += 2
	}
	return b
}

// lastKanjiOfName reports a one-kanji word at token b that ends the name
// before it: a particle or honorific follows it (尾高惇 忠 が).
func lastKanjiOfName(t []token, b int) bool {
	if b+1 >= len(t) || !t[b].noun() || t[b].POS[1] != "一般" || utf8.RuneCountInString(t[b].Surface) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[b].Surface)
	next := t[b+1]
	return unicode.Is(unicode.Han, r) && (next.particle() && (next.is("が") || next.is("は") || next.is("を") || next.is("と") || next.is("も")) || honorifics[next.Surface])
}

// roleEnd returns the end of a role that starts at token i (米国防長官,
// 元首相, 副報道局長), or i.
func (r *reading) roleEnd(i int) int {
	t := r.toks
	end := i
	for k := i; k < len(t) && k < i+5; k++ {
		if !(contentNoun(t[k]) || t[k].prefix()) || t[k].person() {
			break
		}
		if isRoleHead(t[k].Surface) {
			end = k + 1
		}
	}
	if end < len(t) && t[end].middleDot() {
		return i // 鉄道建設・運輸施設整備支援機構: the name goes on
	}
	return end
}

func isRoleHead(s string) bool {
	for _, h := range roleHeads {
		if s == h || len(s) > len(h) && strings.HasSuffix(s, h) && h != "相" {
			return true
		}
	}
	return false
}

// mentionAt reads the role and country of the person named by tokens
// [a, b): from the role after the name (石破茂首相, ヘグセス米国防長官), or a
// role or organization before it (米国防次官(政策担当)候補のエルブリッジ・
// コルビー, CSISのマイケル・グリーン氏, 日本の石破茂首相).
func (r *reading) mentionAt(a, b int) mention {
	t := r.toks
	m := mention{a: a, b: b}
	if e := r.roleEnd(b); e > b {
		m.role = r.spanText(b, e)
		for _, c := range countryPrefixes {
			if t[b].Surface == c.prefix && r.roleEnd(b+1) == e {
				m.role, m.nation = r.spanText(b+1, e), c.nation
				break
			}
		}
	}
	if a >= 2 && t[a-1].Surface == "の" && t[a-1].particle() {
		p := phraseBefore(t, a-1, phraseOpts{})
		if c := compoundBefore(t, a-1); c >= 0 && (p < 0 || c > p) {
			p = c
		}
		if p >= 0 {
			before := r.spanText(p, a-1)
			switch {
			case m.role == "" && isRoleHead(t[a-2].Surface):
				m.role = before
			case t[p].country():
				if m.nation == "" {
					m.nation = nationOf(t[p].Surface)
				}
				if !t[a-2].country() {
					m.org = before
				}
			case t[a-2].org() || orgHead(t[a-2].Surface) || t[a-2].close():
				m.org = before
			}
		}
	}
	if m.role == "" {
		m.role = r.labelRole(a)
	}
	if m.role == "" {
		m.role = r.roleServed(a)
	}
	if m.nation == "" {
		m.nation = impliedNation(m.role, r.spanText(a, b))
	}
	return m
}

// roleServed reads a role the name is said to serve in right before it
// (館長を務める小林隆之, 監督を務めた石田恵美), or returns "".
func (r *reading) roleServed(a int) string {
	t := r.toks
	if a < 3 || t[a-1].Base != "務める" && !(t[a-1].aux() && a >= 4 && t[a-2].Base == "務める") {
		return ""
	}
	k := a - 2
	if t[a-1].aux() {
		k = a - 3
	}
	if !t[k].is("を") || k < 1 || !isRoleHead(t[k-1].Surface) {
		return ""
	}
	if c := compoundBefore(t, k); c >= 0 && c < k {
		return r.spanText(c, k)
	}
	return ""
}

// labelRole reads a role written as a label before the name, as a press
// release or a profile does (代表取締役社長: 川村翔太), or returns "".
func (r *reading) labelRole(a int) string {
	t := r.toks
	k := a - 1
	for k >= 0 && t[k].space() {
		k--
	}
	if k < 1 || t[k].Surface != ":" || !isRoleHead(t[k-1].Surface) {
		return ""
	}
	if c := compoundBefore(t, k); c >= 0 && c < k {
		return r.spanText(c, k)
	}
	return ""
}

// nationOf normalizes a country's name: 米, アメリカ → 米国.
func nationOf(s string) string {
	for _, c := range countryPrefixes {
		if s == c.prefix {
			return c.nation
		}
	}
	return s
}

// impliedNation is the country a role serves when the text does not say:
// Japan's cabinet posts held by a name in kanji, the US posts held by a
// name in katakana. Anything else (ネタニヤフ首相) stays unknown, so that no
// conflict is drawn between the leaders of two countries.
func impliedNation(role, name string) string {
	kanji := true
	for _, r := range name {
		if !unicode.Is(unicode.Han, r) {
			kanji = false
		}
	}
	switch {
	case kanji && (role == "首相" || role == "官房長官" || strings.HasSuffix(role, "相") && role != "首相" && len([]rune(role)) <= 4):
		return "日本"
	case !kanji && (role == "大統領" || role == "国防長官" || role == "国務長官"):
		return "米国"
	}
	return ""
}
