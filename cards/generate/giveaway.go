package generate

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// A blank is given away when the words right around it name it: the
// other half of a stock pair (東シナ海および［南シナ海］), an everyday
// acronym in brackets after it (［電気自動車］(EV)), or a date the
// sentence already pins down (［2024年］の大統領選挙で再選…2025年1月に就任).

// forces end the names of armed forces: 自衛隊, 米軍.
var forces = []string{"隊", "軍"}

// pairedWithForces reports armed forces asked beside another country's
// (南西地域での［自衛隊］と米軍の協力): the one names the other.
func pairedWithForces(f *fact) bool {
	if !keyStands(f) || !hasAnySuffix(f.key, forces) {
		return false
	}
	after := f.sentence[f.end:]
	for _, j := range []string{"と", "および", "や"} {
		if rest, ok := strings.CutPrefix(after, j); ok && hasAnySuffix(firstWord(rest), forces) {
			return true
		}
	}
	before := f.sentence[:f.start]
	for _, j := range []string{"と", "および", "や"} {
		if rest, ok := strings.CutSuffix(before, j); ok && hasAnySuffix(rest, forces) {
			return true
		}
	}
	return false
}

// pairJoints join two coordinate names.
var pairJoints = []string{"および", "及び", "や", "と", "・", "、"}

// pairedWithLike reports a key coordinated with a name that ends as it
// does (東シナ海 and 南シナ海, 衆議院 and 参議院): the pair is a set
// phrase, and either half names the other.
func pairedWithLike(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	tail := lastRunes(f.key, 2)
	if utf8.RuneCountInString(f.key) < 3 || tail == "" {
		return false
	}
	before, after := f.sentence[:f.start], f.sentence[f.end:]
	for _, j := range pairJoints {
		if rest, ok := strings.CutPrefix(after, j); ok && likeNameAt(rest, tail, true) {
			return true
		}
		if rest, ok := strings.CutSuffix(before, j); ok && likeNameAt(rest, tail, false) {
			return true
		}
	}
	return false
}

// likeNameAt reports a name of 3 to 8 runes ending in tail at the start
// (forward) or the end of s.
func likeNameAt(s, tail string, forward bool) bool {
	r := []rune(s)
	for n := 3; n <= 8 && n <= len(r); n++ {
		w := string(r[len(r)-n:])
		if forward {
			w = string(r[:n])
		}
		if strings.HasSuffix(w, tail) {
			return true
		}
	}
	return false
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) < n {
		return ""
	}
	return string(r[len(r)-n:])
}

// everydayAcronyms are acronyms a student knows from daily life; one in
// brackets after a blank gives the blank away, and asking what one stands
// for asks nothing.
var everydayAcronyms = []string{"AI", "EV", "IT", "SNS", "PC", "TV", "USB", "OS", "CEO", "GPS"}

// everyday reports an everyday acronym.
func everyday(acronym string) bool { return slices.Contains(everydayAcronyms, acronym) }

// bracketAcronym finds an acronym in brackets: "(EV)".
var bracketAcronym = regexp.MustCompile(`^\s*\(([A-Za-z]{2,6})\)`)

// spelledOutBefore reports a key followed by an everyday acronym of it in
// brackets: ［電気自動車］(EV).
func spelledOutBefore(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	m := bracketAcronym.FindStringSubmatch(f.sentence[f.end:])
	return m != nil && everyday(m[1])
}

// electionYear finds a year right before an election: "2024年の米大統領選".
var electionYear = regexp.MustCompile(`^(?:の)?(?:米国?|アメリカ)?(?:大統領|中間|連邦議会)?選`)

// presidentialElection follows the year of a presidential election.
var presidentialElection = regexp.MustCompile(`^(?:の)?(?:米国?|アメリカ)?大統領選`)

// electionCycle is the years between the elections whose year is f's
// key (4 for a US presidential election), or 0 when the key is the year
// of no election the generator knows the cycle of.
func electionCycle(f *fact, sh shape) int {
	if sh.class != classDate || sh.date.y == 0 || sh.date.m != 0 || !keyStands(f) {
		return 0
	}
	if presidentialElection.MatchString(f.sentence[f.end:]) && (strings.Contains(f.sentence, "米") || strings.Contains(f.sentence, "アメリカ")) {
		return 4
	}
	return 0
}

// laterYear finds another year stated in the sentence.
var laterYear = regexp.MustCompile(`(?:19|20)\d\d年`)

// electionBeforeTerm reports a year of an election in a sentence that also
// gives another year (its term's start): the election year follows from
// it, for a student who knows when elections are held.
func electionBeforeTerm(f *fact) bool {
	if !keyStands(f) || !electionYear.MatchString(f.sentence[f.end:]) {
		return false
	}
	rest := f.sentence[:f.start] + f.sentence[f.end:]
	return laterYear.MatchString(rest)
}

// conversionOpen ends the text before a sum converted from the one just
// before it: "約50億ドル(日本円で", "1億ユーロ(約"; its first group is
// that first sum.
var conversionOpen = regexp.MustCompile(`(約?\d[\d,.]*(?:億|兆|万)?(?:ドル|ユーロ|ポンド|元|ウォン))\((?:日本円で|円換算で)?約?$`)

// sumBefore returns the sum that the fact's key converts, or "" when the
// key converts none: asked beside that sum, the key asks for the
// exchange rate; blanked, the sum goes (see blanked).
func sumBefore(f *fact) (sum string, at int) {
	if !keyStands(f) || !strings.HasSuffix(f.key, "円") {
		return "", -1
	}
	before := f.sentence[:f.start]
	m := conversionOpen.FindStringSubmatchIndex(before)
	if m == nil {
		return "", -1
	}
	return before[m[2]:m[3]], m[2]
}

// givenAway reports a key the words around it give away.
func givenAway(f *fact) bool {
	return pairedWithLike(f) || pairedWithForces(f) || spelledOutBefore(f) || electionBeforeTerm(f) || acronymAfter(f) ||
		spelledInEnglish(f) || abbreviates(f) || placeRepeated(f) || yearlessMonth(f) ||
		termOfOffice(f) || secondAfter(f) || numberedNeighbour(f) || containerOf(f) || otherParty(f) || outlookYear(f) ||
		capitalOfNamed(f) || bracketYear(f) || partOfTitle(f) || eraBeside(f) || nextYearNamed(f) || workedExample(f) ||
		yearAfterNamed(f) || stockFigure(f) || firstPlace(f) || inModelCode(f) || nameFromReason(f)
}

// eraYear finds a year of a Japanese era in brackets, as a history text
// writes it beside the Western year: (明治5年), (寛保元年).
var eraYear = regexp.MustCompile(`^\(\p{Han}{2}(?:\d{1,2}|元)年\)`)

// eraBeside reports a year written with its era year in brackets right
// after it (1872年(明治5年)): either gives the other away.
func eraBeside(f *fact) bool {
	d, ok := parseDate(f.key)
	return ok && d.y != 0 && keyStands(f) && eraYear.MatchString(f.sentence[f.end:])
}

// nextYearNamed reports a year whose next year the sentence names as
// such ("2019年の噴火では…翌2020年に"): the one gives the other away.
func nextYearNamed(f *fact) bool {
	d, ok := parseDate(f.key)
	return ok && d.y != 0 && d.m == 0 && strings.Contains(f.sentence, "翌"+strconv.Itoa(d.y+1)+"年")
}

// yearAfterNamed reports the year after a year the sentence names, asked
// as 翌［＿＿＿］ ("2019年の噴火では…翌2020年に"): 翌 tells it.
func yearAfterNamed(f *fact) bool {
	d, ok := parseDate(f.key)
	return ok && d.y != 0 && d.m == 0 && strings.HasSuffix(f.sentence[:f.start], "翌") &&
		strings.Contains(f.sentence[:f.start], strconv.Itoa(d.y-1)+"年")
}

// stockFigures are figures that belong to a set phrase, guessed by anyone
// who knows the phrase: 1世帯あたり, 1試合平均, 24時間体制, 65歳以上の高齢者.
var stockFigures = regexp.MustCompile(`^(?:1(?:世帯|人|日|軒|台|試合|回|件|社|校|店)$|24時間$|65歳$)`)

// stockFigure reports a key that is the figure of a set phrase.
func stockFigure(f *fact) bool {
	if !stockFigures.MatchString(f.key) {
		return false
	}
	after := f.sentence[f.end:]
	switch {
	case strings.HasPrefix(f.key, "1"):
		return strings.HasPrefix(after, "あたり") || strings.HasPrefix(after, "当たり") || strings.HasPrefix(after, "平均")
	case f.key == "24時間":
		return strings.HasPrefix(after, "体制") || strings.HasPrefix(after, "営業") || strings.HasPrefix(after, "態勢")
	default:
		return strings.HasPrefix(after, "以上の高齢者")
	}
}

// firstPlace reports a rank of 1: a sentence names a rank mostly to say
// it is the first ("静岡県を抜き、初めて全国1位に", "成功率がリーグ1位に"),
// so it is every student's first guess.
func firstPlace(f *fact) bool {
	return f.key == "1位" || f.key == "首位" || f.key == "第1位"
}

// modelCode finds a product's code with a figure in it: SL-5, A320.
var modelCode = regexp.MustCompile(`[A-Z]{1,4}-?(\d+)`)

// inModelCode reports an amount whose figure the product's code in the
// same sentence spells (SL-5 carries 5キロ).
func inModelCode(f *fact) bool {
	a, ok := parseAmount(f.key)
	if !ok {
		return false
	}
	for _, m := range modelCode.FindAllStringSubmatch(f.sentence, -1) {
		if v, err := strconv.ParseFloat(m[1], 64); err == nil && v == a.value {
			return true
		}
	}
	return false
}

// nameFromReason reports a reason given for a name that spells it ("霧が
// かかりやすいことから、「霧ヶ岳」と呼ばれる"): the name tells the reason.
func nameFromReason(f *fact) bool {
	after := f.sentence[f.end:]
	m := calledAfter.FindStringSubmatch(after)
	if m == nil || !strings.HasPrefix(after, "ことから") {
		return false
	}
	for _, r := range m[1] {
		if unicode.Is(unicode.Han, r) && strings.ContainsRune(f.key, r) {
			return true
		}
	}
	return false
}

// calledAfter finds the name a sentence says something is called.
var calledAfter = regexp.MustCompile(`「([^」]+)」と(?:呼ばれ|名付けられ|名づけられ)`)

// workedExample reports an amount in a worked example ("1ドル=150円の相場
// では、3万円の抹茶は200ドルになる計算"): each figure follows from the others.
var workedExampleText = regexp.MustCompile(`\d\s*(?:ドル|円|ユーロ|元)\s*=|計算にな|計算だ|計算です`)

func workedExample(f *fact) bool {
	return isValueKind(f.kind) && f.kind != deck.KindDate && workedExampleText.MatchString(f.sentence)
}

// titleAfter is a title a place name opens (アジア局長, 駐日大使).
var titleAfter = regexp.MustCompile(`^(?:局長|局|大使|担当|課長|部長)`)

// partOfTitle reports a place that is part of an official's title
// (劉勁松［アジア］局長): the title is asked, not a fact.
func partOfTitle(f *fact) bool {
	return keyStands(f) && f.kind == deck.KindPlace && titleAfter.MatchString(f.sentence[f.end:])
}

// capitals are capital cities with the words that name their country.
var capitals = map[string][]string{
	"ワシントン": {"米", "アメリカ", "合衆国", "トランプ", "バイデン"},
	"東京":    {"日本", "首相"},
	"北京":    {"中国"},
	"ソウル":   {"韓国"},
	"モスクワ":  {"ロシア"},
	"ロンドン":  {"英国", "イギリス"},
	"パリ":    {"フランス"},
	"ベルリン":  {"ドイツ"},
}

// capitalOfNamed reports a capital asked in a sentence that names its
// country (［ワシントン］で行われた…トランプ…首脳会談): where the leaders of
// a country meet, its capital is the first guess.
func capitalOfNamed(f *fact) bool {
	names, ok := capitals[f.key]
	if !ok || !keyStands(f) {
		return false
	}
	rest := f.sentence[:f.start] + f.sentence[f.end:]
	return slices.ContainsFunc(names, func(n string) bool { return strings.Contains(rest, n) })
}

// bracketYear reports the year a figure holds for, in a side note in
// brackets ("(…、2025年実績)"): the latest year before the text, a guess.
func bracketYear(f *fact) bool {
	d, ok := parseDate(f.key)
	return ok && d.y != 0 && d.m == 0 && inBrackets(f) && dataYear.MatchString(f.sentence[f.end:])
}

// dataYear follows the year a figure holds for: 2025年実績, 2024年時点.
var dataYear = regexp.MustCompile(`^(?:実績|時点|現在|調べ|推計)`)

// outlookAfter follows the year a text looks ahead to ("2025年を見据え"):
// the year after the text's own, which its date gives away.
var outlookAfter = regexp.MustCompile(`^(?:を見据え|に向け|を前に|を控え)`)

// outlookYear reports the year a text looks ahead to.
func outlookYear(f *fact) bool {
	d, ok := parseDate(f.key)
	return ok && keyStands(f) && d.y != 0 && d.m == 0 && outlookAfter.MatchString(f.sentence[f.end:])
}

// party finds the name of a party: 共和党, 民主党.
var party = regexp.MustCompile(`[\p{Han}\p{Katakana}]{1,6}党`)

// otherParty reports a party asked beside another party of its sentence
// (共和党と…［民主党］の対立): in a two-party system the one names the other.
func otherParty(f *fact) bool {
	if !keyStands(f) || !strings.HasSuffix(f.key, "党") {
		return false
	}
	return party.MatchString(f.sentence[:f.start] + "。" + f.sentence[f.end:])
}

// containerOf reports a place asked as what holds the place after it
// ("［沖縄県］の尖閣諸島"): the city, the prefecture and the country all
// hold it, and each fits the blank.
func containerOf(f *fact) bool {
	if !keyStands(f) || f.kind != deck.KindPlace {
		return false
	}
	rest, ok := strings.CutPrefix(f.sentence[f.end:], "の")
	if !ok {
		return false
	}
	for _, e := range f.entities {
		if e.kind == deck.KindPlace && e.text != f.key && strings.HasPrefix(rest, e.text) {
			return true
		}
	}
	return slices.Contains(placeKinds, subKind(firstWord(rest)))
}

// placeKinds are the sub-kinds of places (not of bodies).
var placeKinds = []string{"US state", "prefecture", "strait", "sea", "islands", "city", "region", "country"}

// firstWord is the run of kanji or katakana a text opens with.
func firstWord(s string) string {
	for i, r := range s {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' {
			return s[:i]
		}
	}
	return s
}

// termLength finds a span of years; officeAfter, the government it is
// the term of ("今後［4年間］のトランプ政権").
var (
	termLength  = regexp.MustCompile(`^\d+年間$`)
	officeAfter = regexp.MustCompile(`^の[^。、]{0,12}(?:政権|任期)`)
)

// termOfOffice reports the length of a government's term, which a student
// knows from how long terms are.
func termOfOffice(f *fact) bool {
	return keyStands(f) && termLength.MatchString(f.key) && officeAfter.MatchString(f.sentence[f.end:])
}

// secondAfter reports a "second" right after what it follows
// ("イスラエルに次ぐ［2カ国目］").
func secondAfter(f *fact) bool {
	return keyStands(f) && strings.HasPrefix(f.key, "2") && strings.HasSuffix(f.sentence[:f.start], "に次ぐ")
}

// numbered finds a numbered item: 第5条, 第4位.
var numbered = regexp.MustCompile(`^第(\d+)(\D+)$`)

// numberedNeighbour reports a numbered article beside its neighbour in
// the sentence ("［第5条］(…)と第6条"): the one gives the other.
func numberedNeighbour(f *fact) bool {
	m := numbered.FindStringSubmatch(f.key)
	if m == nil || !keyStands(f) || !strings.ContainsAny(m[2], "条項章号") {
		// Articles run in order; two ranks (世界第4位、第5位) are two
		// facts, which a question in its own words asks apart.
		return false
	}
	n := atoi(m[1])
	rest := f.sentence[:f.start] + f.sentence[f.end:]
	for _, k := range []int{n - 1, n + 1} {
		if k > 0 && strings.Contains(rest, "第"+strconv.Itoa(k)+m[2]) {
			return true
		}
	}
	return false
}

// electionYearAsked reports the year of an election whose cycle the
// student knows: pinned by another date of the sentence, it follows from
// it; pinned by none, two elections of one winner fit (2016 and 2024).
func electionYearAsked(f *fact) bool {
	sh, ok := shapeOf(f)
	return ok && electionCycle(f, sh) > 0
}

// acronymAfter reports a name followed by its acronym in brackets
// (［アメリカ・メキシコ・カナダ協定］(USMCA)): the letters spell the blank.
func acronymAfter(f *fact) bool {
	if !keyStands(f) || isLatinWord(f.key) {
		return false
	}
	m := bracketAcronym.FindStringSubmatch(f.sentence[f.end:])
	return m != nil && upperCount(m[1]) >= 2
}

// upperCount counts the capital letters of s: an acronym has two or more
// (IoT, USMCA); a name in English has one (Gallup).
func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n
}

// englishWords finds the words of an English name.
var englishWords = regexp.MustCompile(`[A-Za-z]+`)

// spelledInEnglish reports an acronym whose English name stands just
// before it ("United States Agency for International Development: USAID").
func spelledInEnglish(f *fact) bool {
	if !keyStands(f) || !isLatinWord(f.key) {
		return false
	}
	before := f.sentence[:f.start]
	if i := strings.LastIndexAny(before, "(（"); i >= 0 {
		before = before[i:]
	}
	initials := ""
	for _, w := range englishWords.FindAllString(before, -1) {
		initials += strings.ToUpper(w[:1])
	}
	// Letters in order, some words skipped: USAID of "United States
	// Agency for International Development", DOGE of "Department of
	// Government Efficiency".
	return len(initials) >= 2 && subsequence(strings.ToUpper(f.key), initials)
}

// abbreviates reports a short name in brackets right after the name it
// shortens (日本経済団体連合会(［経団連］)): its characters, in order, are
// the long name's.
func abbreviates(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	before := strings.TrimSuffix(strings.TrimRight(f.sentence[:f.start], " "), "(")
	if len(before) == len(f.sentence[:f.start]) {
		return false
	}
	r := []rune(before)
	long := string(r[max(0, len(r)-16):])
	return utf8.RuneCountInString(f.key) >= 2 && subsequence(f.key, long)
}

// subsequence reports whether the runes of a stand in b in order.
func subsequence(a, b string) bool {
	rb := []rune(b)
	i := 0
	for _, r := range a {
		for i < len(rb) && rb[i] != r {
			i++
		}
		if i == len(rb) {
			return false
		}
		i++
	}
	return true
}

// placeRepeated reports a body named after a foreign country that the
// sentence names again ("［中国外務省］の局長が在中国日本大使館の公使を呼んで").
func placeRepeated(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	rest := f.sentence[:f.start] + f.sentence[f.end:]
	p := foreignPrefix(f.key)
	return p != "" && p != f.key && strings.Contains(rest, p)
}

// yearlessMonth reports a month asked with no year anywhere in its
// sentence: which February, the student cannot tell. (A day is asked
// with its source's date; see caveats.)
func yearlessMonth(f *fact) bool {
	d, ok := parseDate(f.key)
	return ok && keyStands(f) && d.y == 0 && d.m != 0 && d.d == 0 && !laterYear.MatchString(f.sentence)
}

// isLatinWord reports a key of Latin letters only: an acronym.
func isLatinWord(s string) bool {
	for _, r := range s {
		if !isLatin(r) {
			return false
		}
	}
	return s != ""
}

// Relations (what someone sought, stressed or opposed) are worth asking
// only when the blank names something particular: a name, a figure, a
// quotation, the words of a numbered article, or what came of something.
// A phrase of common words (防衛費負担の増加, 日本の防衛力強化) fits any
// sentence on the topic, and a student who knows the topic guesses it.

// particularWord finds a word that names something particular: katakana
// (フェンタニル), Latin letters (IPEF, LNG) or a figure.
var particularWord = regexp.MustCompile(`[\p{Katakana}ー]{2,}|[A-Za-z]{2,}|\d`)

// numberedArticle finds an article or section of a law: 第9条, 232条.
var numberedArticle = regexp.MustCompile(`\d+条`)

// outcomeEnd ends a blank that says what came of something (一時的に停止
// されている), not a noun phrase.
var outcomeEnd = regexp.MustCompile(`(?:いる|いた|した|された|れる|れた|ない|なった)$`)

// reasonRunes is the length from which a stated purpose or cause is a
// particular answer: "品質のよい生糸を大量に生産するため" says what this
// measure was for; "要求に応えるため" would fit any.
const reasonRunes = 8

// statedReason reports a blank that is a clause of purpose or cause
// (…するため、 …したためである, …したことから、) long enough to be this
// sentence's own, or a ground the sentence names (…を理由に). A
// purpose that qualifies a noun (…に対処するための連携) names a kind of
// thing, not this measure's purpose.
func statedReason(f *fact) bool {
	after := f.sentence[f.end:]
	if strings.HasPrefix(f.predicate, "理由") {
		return true // 財政難を理由に: the sentence names it its reason
	}
	if utf8.RuneCountInString(f.key) < reasonRunes || stockPurpose(f.key) {
		return false
	}
	if strings.HasPrefix(after, "ことから、") {
		return true // 質の悪い生糸が大量に出回ったことから、…
	}
	return strings.HasSuffix(f.key, "ため") &&
		(strings.HasPrefix(after, "、") || strings.HasPrefix(after, "に、") || strings.HasPrefix(after, "である") || strings.HasPrefix(after, "だ"))
}

// particular reports a relation's blank that names something particular.
// A name the documents keep naming (日本, 米国 in a corpus on the two) is
// their topic, not a particular.
func (b *builder) particular(f *fact) bool {
	k := f.key
	if particularWord.MatchString(k) || strings.Contains(f.sentence, "「"+k+"」") || strings.Contains(k, "「") ||
		numberedArticle.MatchString(f.sentence) || outcomeEnd.MatchString(k) || statedReason(f) || f.predicate == extract.Superlative || f.predicate == extract.FirstClaim {
		return true
	}
	for _, e := range f.entities {
		if strings.Contains(k, e.text) && !b.topical(e.text) {
			return true
		}
	}
	return false
}

// topical reports a name in at least protagonistShare of the claims.
func (b *builder) topical(name string) bool {
	if v, ok := b.topicalSeen[name]; ok {
		return v
	}
	n := 0
	for _, c := range b.claims {
		if strings.Contains(c, name) {
			n++
		}
	}
	v := float64(n) >= protagonistShare*float64(len(b.claims))
	if b.topicalSeen == nil {
		b.topicalSeen = map[string]bool{}
	}
	b.topicalSeen[name] = v
	return v
}
