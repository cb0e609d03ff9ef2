package generate

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// Prompt lengths, in runes, past which a card gets harder to read for no
// gain; the sentence itself stays one tap away on the back of the card.
const (
	longPrompt     = 150
	veryLongPrompt = 220
)

// anaphora open a sentence that leans on the one before it ("これは", "この
// 判決により"): out of its paragraph it says less than it seems.
var anaphora = []string{"これ", "この", "その", "それ", "同", "こうした", "そうした", "今回", "両者", "両国", "彼"}

// quality scores a card from 0 to 1: does its prompt say who, what and when
// (context completeness), is its answer a clean span, is it readable, do
// the sources agree. The build drops cards below --min-quality.
func (b *builder) quality(f *fact, c deck.Card, direct bool) float64 {
	q := 1.0
	l := leadOf(f)
	switch {
	case !direct && (l.passage == "" || !strings.Contains(c.Prompt, l.passage)):
		q *= sentenceContext(f.sentence) // no passage shown says what これ is
	case direct && strings.Contains(f.sentence, "調査") && !strings.Contains(c.Prompt, "調査"):
		q *= 0.7 // a poll's figure without the poll
	}
	if strings.Contains(f.sentence, "現在") && f.asOf == "" && direct {
		q *= 0.8 // a 現在 claim without its date
	}
	if l.passage != "" && strings.Contains(c.Prompt, l.passage) && passageNames(l.passage, f, c.Answer) {
		q *= 0.4 // （文脈：…佐々木美咲選手を…）［佐々木選手］は: the context holds the answer
	}
	q *= spanQuality(f)
	if f.kind == deck.KindRelation && !b.particular(f) {
		q *= 0.4 // 日本の防衛力強化: any sentence on the topic fits
	}
	if f.kind == deck.KindPlace && subKind(f.key) == "region" && c.Type != deck.TypeBasic {
		q *= 0.4 // ［欧州］同盟国: regions overlap (NATO, ヨーロッパ), and any fits
	}
	if (f.kind == deck.KindPlace || f.kind == deck.KindOrganization) && genericBody.MatchString(f.key) {
		q *= 0.4 // ［日本政府］とトランプ氏が…: 石破首相 and 日本 fit as well
	}
	if (f.kind == deck.KindPlace || f.kind == deck.KindOrganization) && b.topical(withoutGloss(f.key)) {
		q *= 0.4 // 日本 in documents on Japan: the first guess
	}
	if firstTold(f, c.Prompt) {
		q *= 0.4 // 【「山間部で国内初…」より】…のは、［国内で初めて］です
	}
	if stemBeside(f) {
		q *= 0.4 // 老舗茶商「［丸山園］」の丸山徹社長: the name's first part stands beside it
	}
	if f.kind == deck.KindPerson && b.namedInFullElsewhere(f) {
		q *= 0.4 // 郭, where the documents name 郭嘉昆: asked by a part of the name
	}
	if derivable(f, c.Prompt) && quotesAround(f, c.Prompt) {
		q *= 0.4 // 46%, "10ポイント上回った", so 36%
	}
	if (f.kind == deck.KindRelation || f.kind == deck.KindEvent) && f.predicate != extract.Superlative && echoed(f.key, c.Prompt) {
		q *= 0.4 // the passage says it in other words: 保護目的の関税は高率…［高率の関税］
	}
	if electionYearAsked(f) {
		q *= 0.4
	}
	if givenAway(f) && quotesAround(f, c.Prompt) {
		q *= 0.4 // 東シナ海および［南シナ海］; a question that quotes no sentence asks fairly
	}
	if in, _ := glossAfter(f); convertedAfter(f) && strings.Contains(c.Prompt, in) {
		q *= 0.4 // 50億ドル(日本円で約7,500億円): the one gives the other away
	}
	if sum, _ := sumBefore(f); sum != "" && strings.Contains(c.Prompt, sum) {
		q *= 0.4 // and the other way round
	}
	switch n := utf8.RuneCountInString(c.Prompt); {
	case n > veryLongPrompt:
		q *= 0.6
	case n > longPrompt:
		q *= 0.8
	}
	if len(f.conflicts) > 0 {
		q *= 0.8
	}
	if firstPerson.MatchString(f.sentence) {
		q *= 0.4 // 私は…: who speaks is in the page's layout, not the card
	}
	return math.Round(q*100) / 100
}

// firstPerson finds a speaker or writer speaking of themselves.
var firstPerson = regexp.MustCompile(`(?:^|[、「])(?:私|僕|わたし|ぼく)(?:は|が|の|も|たち|自身)`)

// sentenceContext scores how much a sentence says on its own.
func sentenceContext(s string) float64 {
	for _, a := range anaphora {
		if strings.HasPrefix(s, a) {
			return 0.6
		}
	}
	return 1
}

// spanQuality scores the answer span: a key cut from a longer number or
// word ("025年" of "2025年") is broken; one in parentheses is a side note.
func spanQuality(f *fact) float64 {
	if !keyStands(f) {
		return 1 // a table cell or a key from elsewhere: nothing to judge
	}
	before, _ := utf8.DecodeLastRuneInString(f.sentence[:f.start])
	after, _ := utf8.DecodeRuneInString(f.sentence[f.end:])
	q := 1.0
	if unicode.IsDigit(before) || unicode.IsDigit(after) || (isLatin(before) && isLatin(firstRune(f.key))) {
		q *= 0.3
	}
	if before == '(' || before == '（' {
		q *= 0.8
	}
	if after == '代' && f.kind == deck.KindDate || strings.HasSuffix(f.key, "分") && fractionRest.MatchString(f.sentence[f.end:]) {
		q *= 0.3 // part of a decade (1880年代) or of a fraction (3分の2)
	}
	if f.kind == deck.KindRelation || f.kind == deck.KindEvent {
		// "［＿＿＿］が指摘されています" asks nothing; a figure inside a
		// phrase is asked as a figure. The first or the largest of
		// something is asked by what it is, however it is phrased, so
		// only a short or vague word (成功, 慎重) counts against it; a
		// country is no vague word (最大の輸出先は米国).
		short := utf8.RuneCountInString(f.key) <= 2 && !(f.predicate == extract.Superlative && subKind(f.key) == "country") && !designated(f) || vague(f.key)
		phrased := headOnly(f) || stockPurpose(f.key) || holdsFigure(f) || headRepeated(f)
		if short || phrased && f.predicate != extract.Superlative && !designated(f) {
			q *= 0.4
		}
	}
	if f.kind == deck.KindRelation && pointsIntoReason(f) {
		q *= 0.4 // ［IPEFに否定的であるため］、その将来も…: その lost what it names
	}
	if utf8.RuneCountInString(f.key) > maxQuoteRunes && strings.Contains(f.sentence, "「"+f.key+"」") {
		q *= 0.4 // a whole remark: many wordings would do
	}

	return q
}

// maxQuoteRunes is the longest quotation asked whole: a slogan or a
// word someone chose (「修復不可能」), not a remark in many words.
const maxQuoteRunes = 20

// vagueWords say too little to be worth asking as the object of a relation.
var vagueWords = []string{"可能性", "懸念", "重要性", "見解", "様々な見解", "連携", "負担", "不満", "繁栄", "影響", "課題", "必要性", "姿勢", "方針", "関係"}

// vagueHeads end a phrase that names a kind of thing rather than the thing
// (日米同盟の重要性, 影響への懸念): asked as a blank, any answer of the kind
// fits. The first three say nothing however long the phrase; the others,
// only in a short one.
var (
	emptyHeads = []string{"重要性", "必要性", "可能性", "バランス", "調整"}
	vagueHeads = []string{"懸念", "影響", "協力", "負担", "関係", "姿勢", "方針", "課題", "連携", "役割", "体制", "期待", "不安", "対応", "反応",
		"バランス", "変質", "柱", "情勢", "調査", "世論調査", "実績", "感触", "動き", "措置"}
)

// shortRunes is the length up to which a phrase with a vague head is vague.
const shortRunes = 6

// vague reports a blank that any answer of its kind would fill.
func vague(key string) bool {
	if slices.Contains(vagueWords, key) || hasAnySuffix(key, emptyHeads) || strings.HasPrefix(key, "多岐にわたる") {
		return true
	}
	return utf8.RuneCountInString(key) <= shortRunes && hasAnySuffix(key, vagueHeads)
}

// headOnly reports a blank cut from inside a phrase, after the clause
// that modifies it ("変化する［国際情勢に対応するため］"): the blank is
// the rest of a phrase the sentence has begun, which its words mostly
// give away.
func headOnly(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(f.sentence[:f.start])
	return strings.ContainsRune("るい", r)
}

// stockWords make a purpose any text could state (日本の国益を最大限に守る
// ため, 安心・安全な生活環境を確保するため): asked as a blank, it is guessed
// from the words around it.
var stockWords = regexp.MustCompile(`国益|要求に応え|期待に応え|ニーズに応え|安全保障を確保|安定|繁栄|確保する|円滑|意識を高め|変化に対応|支える|強固|基盤|過度な依存`)

// stockPurpose reports a …ため purpose made of stock words.
func stockPurpose(key string) bool {
	return strings.HasSuffix(key, "ため") && stockWords.MatchString(key)
}

// figure finds an amount with its unit: 3%, 2,400億ドル.
var figure = regexp.MustCompile(`\d[\d,.]*(?:%|億|兆|万|ドル|円|人)`)

// holdsFigure reports a phrase that holds a figure ("GDP比3%への急速な引
// き上げ"): the figure is the fact to ask, as a figure.
func holdsFigure(f *fact) bool { return figure.MatchString(f.key) }

// convertedAfter reports a sum followed by its value in another currency
// ("50億ドル(日本円で約7,500億円"), which gives it away (the other way
// round, a student would need the exchange rate): a blank takes the
// conversion with it (see blanked), and a card that still shows it is
// dropped.
func convertedAfter(f *fact) bool {
	in, ok := glossAfter(f)
	return ok && strings.Contains(in, "円") && strings.ContainsAny(in, "0123456789") && !strings.HasSuffix(f.key, "円")
}

// listEnds close a list of named things: "…やロシア、北朝鮮といった国々",
// "…やNASAなどの重要機関".
var listEnds = regexp.MustCompile(`など|といった|等の`)

// listItem reports a key that is one item of a list in its sentence
// ("［＿＿＿］やロシア、北朝鮮、イランといった国々"): asked as a blank, any
// other member of the kind fits.
func listItem(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	before, after := f.sentence[:f.start], f.sentence[f.end:]
	// The key is a whole item: a joint after it, or one before it and
	// the list's end or another joint right after.
	afterJoins := strings.HasPrefix(after, "や") || strings.HasPrefix(after, "、")
	beforeJoins := strings.HasSuffix(before, "や") || strings.HasSuffix(before, "、")
	joined := afterJoins || beforeJoins && (listEnds.MatchString(after[:min(len(after), len("といった"))]))
	if !joined {
		return false
	}
	end := listEnds.FindStringIndex(after)
	return end != nil && end[0] < 40
}

// headRepeated reports a phrase whose head noun the rest of its sentence
// says too ("トランプ大統領は…投資を歓迎…、石破首相は［対米投資］をいっそう
// 拡大する"): the sentence gives the blank away.
func headRepeated(f *fact) bool {
	if !keyStands(f) {
		return false
	}
	r := []rune(f.key)
	if len(r) < 3 || !unicode.Is(unicode.Han, r[len(r)-1]) || !unicode.Is(unicode.Han, r[len(r)-2]) {
		return false
	}
	head := string(r[len(r)-2:])
	return strings.Contains(f.sentence[:f.start]+f.sentence[f.end:], head)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isLatin(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }

// points finds a difference stated in percentage points; percents, the
// shares a prompt shows.
var (
	points   = regexp.MustCompile(`\d+(?:\.\d+)?ポイント`)
	percents = regexp.MustCompile(`\d+(?:\.\d+)?%`)
)

// derivable reports a share or a difference in points that the prompt
// lets a student work out: the sentence states a difference in points,
// and the prompt shows two other figures of the sum.
func derivable(f *fact, prompt string) bool {
	if !points.MatchString(f.sentence) || !(strings.HasSuffix(f.key, "%") || strings.HasSuffix(f.key, "ポイント")) {
		return false
	}
	shown := len(percents.FindAllString(prompt, -1)) + len(points.FindAllString(prompt, -1))
	return shown >= 2
}

// aroundRunes is how much of the text beside a key shows that a prompt
// quotes the sentence around it.
const aroundRunes = 6

// quotesAround reports whether a prompt shows the words on both sides of
// the fact's key in its sentence: a card that quotes the sentence, where
// they can give the key away. A question in its own words shows one side
// at most ("インドのGDPは世界第何位か").
func quotesAround(f *fact, prompt string) bool {
	if !keyStands(f) {
		return false
	}
	// A connective the card drops is no part of what it shows.
	before, after := []rune(dropConnective(f.sentence[:f.start])), []rune(f.sentence[f.end:])
	b := string(before[max(0, len(before)-aroundRunes):])
	a := string(after[:min(len(after), aroundRunes)])
	return strings.Contains(prompt, b) && strings.Contains(prompt, a)
}

// namedInFullElsewhere reports a person fact whose key is a one-character
// surname that the documents also give with the given name, in the same
// role (郭副報道局長 and 郭嘉昆副報道局長): the student would give the
// full name, and be marked wrong.
func (b *builder) namedInFullElsewhere(f *fact) bool {
	if utf8.RuneCountInString(f.key) != 1 || f.role == "" {
		return false
	}
	full := regexp.MustCompile(regexp.QuoteMeta(f.key) + `\p{Han}{1,3}` + regexp.QuoteMeta(f.role))
	for _, c := range b.claims {
		if full.MatchString(c) {
			return true
		}
	}
	return false
}

// echoShare is the share of a phrase's word pairs that, found in its own
// prompt, give it away.
const echoShare = 0.5

// echoed reports a phrase whose kanji and katakana pairs mostly stand in
// the prompt already (高率 and 関税 of 高率の関税, in "保護目的の関税は高率
// でなければならず"): the student copies rather than recalls.
func echoed(key, prompt string) bool {
	var pairs []string
	r := []rune(key)
	for i := 1; i < len(r); i++ {
		if contentRune(r[i-1]) && contentRune(r[i]) {
			pairs = append(pairs, string(r[i-1:i+1]))
		}
	}
	if len(pairs) < 2 {
		return false
	}
	n := 0
	for _, p := range pairs {
		if strings.Contains(prompt, p) {
			n++
		}
	}
	return float64(n) >= echoShare*float64(len(pairs))
}

// contentRune is a kanji or katakana: what a phrase's words are made of.
func contentRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// pointsIntoReason reports a reason or purpose blanked before a clause
// that points back into it with a demonstrative (…ため、その将来も).
func pointsIntoReason(f *fact) bool {
	after := f.sentence[f.end:]
	if !strings.HasPrefix(after, "、") && !strings.HasPrefix(after, "ことから、") {
		return false
	}
	clause, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(after, "ことから"), "、"), "、")
	return demonstrative.MatchString(clause)
}

// fractionRest follows the 分 of a fraction: 3分の2.
var fractionRest = regexp.MustCompile(`^の\d`)

// honorific ends a person's name as a sentence calls them: 佐々木選手.
var honorific = regexp.MustCompile(`(?:氏|さん|様|選手|君|監督|教授|博士)$`)

// passageNames reports a context passage that holds the card's answer, or
// the name of the person it asks (佐々木 of 佐々木選手, in 佐々木美咲選手).
func passageNames(passage string, f *fact, answer string) bool {
	if reveals(passage, answer) || reveals(passage, f.key) {
		return true
	}
	core := honorific.ReplaceAllString(f.key, "")
	if f.kind != deck.KindPerson && core == f.key {
		return false // no name of a person
	}
	return utf8.RuneCountInString(core) >= 2 && strings.Contains(passage, core)
}

// designated reports a status something was given (［国宝］に指定された,
// 世界遺産に登録された): a short name of it is still the whole answer.
func designated(f *fact) bool {
	return f.kind == deck.KindEvent && designation.MatchString(f.predicate)
}

// designation finds a predicate that gives a status.
var designation = regexp.MustCompile(`^(?:指定|登録|認定|選定)(?:さ|を受け)`)

// stemBeside reports a quoted name whose first two characters stand
// elsewhere in its sentence (「丸山園」 beside 丸山徹): a student fills the
// blank from them.
func stemBeside(f *fact) bool {
	if nameClass(f.kind) == "" || !keyStands(f) || !strings.Contains(f.sentence, "「"+f.key+"」") {
		return false // a quoted name only (日本 beside 日本製鉄 is no clue), not a term
	}
	r := []rune(f.key)
	if len(r) < 3 || !unicode.Is(unicode.Han, r[0]) || !unicode.Is(unicode.Han, r[1]) {
		return false
	}
	return strings.Contains(f.sentence[:f.start]+"\n"+f.sentence[f.end:], string(r[:2]))
}

// firstTold reports a claim to be a first whose prompt says it already,
// in a title that frames it (山間部で国内初).
func firstTold(f *fact, prompt string) bool {
	if f.predicate != extract.FirstClaim {
		return false
	}
	scope, _, _ := strings.Cut(f.key, "で")
	return scope != f.key && strings.Contains(prompt, scope+"初")
}

// genericBody matches a body named by what it is, not by a name: a
// government or a market, of a country or of none (日本政府, 連邦政府,
// 為替市場). A blank for one is filled as well by the country, its
// leader or another market.
var genericBody = regexp.MustCompile(`^(?:日本|米国|米|アメリカ|中国|連邦|各国|地方|中央)?(?:政府|議会|当局)$|^(?:為替|金融|株式|国際|世界)?市場$`)
