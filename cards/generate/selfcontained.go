package generate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// A card's prompt is all a student reads before answering, so it must not
// lean on a sentence the student never sees. Two kinds of words make a
// sentence lean on the one before it: a leading connective (また、しかし、
// 特に…), which only joins it to its neighbour and can go, and a pointer
// (この、その、同政権、今回、両首脳…), which names something said earlier and
// cannot. A sentence with a pointer is shown with the sentence before it
// as context (文脈), or gives no card.

// connectives open a sentence by joining it to the one before; dropped,
// they leave the same claim standing on its own.
var connectives = []string{
	"しかしながら", "しかし", "具体的には", "一方で", "一方", "それでも", "すなわち", "たとえば", "例えば",
	"加えて", "実際に", "実際", "むしろ", "ただし", "なお", "そして", "つまり", "さらに", "また", "特に", "だが",
	"同時に", "その上", "そのうえ", "第一に", "第二に", "第三に", "第1に", "第2に", "第3に", "まず", "次に", "最後に", "総じて", "要するに", "結局",
	"別の事例として", "別の例として", "他の例として",
}

// bareConnectives may open a sentence without a comma after them (また日本
// は…, 例えばグラスリー上院議員は…); また only before kanji or katakana, since
// または and またたく are no connectives.
var bareConnectives = []string{"また", "さらに", "特に", "なお", "そして", "しかし", "例えば", "たとえば", "別の事例として", "別の例として", "他の例として"}

// dropConnective takes the leading connectives (しかし同時に、), and the
// comma after them, off a sentence as a card shows it.
func dropConnective(s string) string {
	for {
		rest := dropOneConnective(s)
		if rest == s {
			return s
		}
		s = rest
	}
}

func dropOneConnective(s string) string {
	for _, c := range connectives {
		rest, ok := strings.CutPrefix(s, c)
		if !ok {
			continue
		}
		if r, ok := cutAny(rest, "、", ","); ok {
			return strings.TrimLeft(r, " ")
		}
		first, _ := utf8.DecodeRuneInString(rest)
		for _, b := range bareConnectives {
			if b == c && (c != "また" || unicode.Is(unicode.Han, first) || unicode.Is(unicode.Katakana, first)) {
				return rest
			}
		}
	}
	return s
}

// Words that point back at something said before. Some always name
// something said earlier (同氏, 同政権, 今回, 当時, 当日, 翌日, 両首脳, 両国
// without the countries named, これらの, こうした, a bare 大統領は); demonstratives (この, その, これ, それ, こうした) do when
// they open a sentence, but later in it they mostly point within it
// ("…スピーチや、その後のホワイトハウスでの記者会見で"). Words that look
// alike but point nowhere (それぞれ, その他, これまで, 共同, 日米両国, 第1期
// 政権と同様) do not match.
var (
	namesEarlier = regexp.MustCompile(`(?:^|[^共合協賛混一異不])同(?:氏|政権|社|国|年|月|日|紙|党|省|庁|大学|研究所|調査|会談|協定|条約|首相|大統領|長官|大使|報告書|発表|声明)` +
		`|同じ調査|今回|当時|両者|両首脳|両政府|両氏|(?:^|[^日米中韓露英仏独印豪朝欧台])両国|彼[はがのをにへら女]|前述|上記|後者|前者` +
		`|これらの|こうした|そうした|当日|翌(?:日|年|月)(?:[^\d]|$)|(?:^|[、。])(?:大統領|首相|長官|政権)[はがもの]`)
	demonstrative = regexp.MustCompile(`この|その[^他]|そのような|これ(?:[はがをにでとも]|ら|によ|に対)|それ(?:[はがをにでとも]|ら|以降)|こうした|そうした`)
)

// demonstrativeTopic finds a topic named by a demonstrative after an
// opening phrase (研究室での実験では、この細菌は…): the main clause is about
// something an earlier sentence named. そのため (…があり、そのためには)
// and そのうち (…300円で、そのうち半額を) point within the sentence.
var demonstrativeTopic = regexp.MustCompile(`、(?:この|その|これらの|それらの)[^、。「」たう][^、。「」]{0,7}?(?:は|が)`)

// bareOccasion opens a sentence with an occasion it does not name (会談で
// は, 首脳会談後に, 日本側は): the talks the sentence before named. One
// that names its parties (日米首脳会談で) is named enough. A subject
// with も (中谷元防衛相も、) does as the one before did.
var bareOccasion = regexp.MustCompile(`^(?:首脳)?(?:会談|会見|協議|交渉)(?:では|で|において|後|の場)|^(?:日本|米国|米|アメリカ|中国)側[はも]|^[^、。「」も]{2,20}も、`)

// leans reports whether a text points back at a sentence it does not hold.
// A question that quotes a sentence (次の文の…「…」) is read from the quote's
// start too.
func leans(s string) bool {
	s = strings.ReplaceAll(s, "その他", "")
	if pointsBack(s) || demonstrative.MatchString(opening(s)) || bareOccasion.MatchString(s) || demonstrativeTopic.MatchString(s) {
		return true
	}
	for _, q := range quoted.FindAllStringSubmatch(s, -1) {
		if demonstrative.MatchString(opening(q[1])) || bareOccasion.MatchString(q[1]) {
			return true
		}
	}
	return false
}

// pointsBack reports a word of namesEarlier that names something the
// text has not: 彼 after トランプ氏 in the same sentence points within it.
func pointsBack(s string) bool {
	if unnamedTerm.MatchString(s) && !katakanaName.MatchString(s) && !yearMention.MatchString(s) {
		return true // 第1期政権時には…: whose first term, and when (a year tells)
	}
	for _, m := range namesEarlier.FindAllStringIndex(s, -1) {
		if strings.HasPrefix(s[m[0]:], "彼") && katakanaName.MatchString(s[:m[0]]) {
			continue
		}
		return true
	}
	return false
}

// unnamedTerm finds a term of office: 第1期政権, 第2次政権 (not a side
// note in brackets, as a table cell's "中国(第1期政権)").
var unnamedTerm = regexp.MustCompile(`第[1-9一二三][期次](?:政権|目)(?:[^)）]|$)`)

// quoted finds the sentences a prompt quotes.
var quoted = regexp.MustCompile(`「([^「」]{12,})」`)

// openingRunes bounds the opening of a sentence where a demonstrative
// points back at an earlier one.
const openingRunes = 20

// opening is the first clause of a sentence (up to its first comma), or its
// first openingRunes runes.
func opening(s string) string {
	if i := strings.Index(s, "、"); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > openingRunes {
		s = string(r[:openingRunes])
	}
	return s
}

// maxPassageRunes bounds the earlier sentences given as context, and
// maxPassageSentences their number: a longer passage would bury the
// question it is meant to explain.
const (
	maxPassageRunes     = 200
	maxPassageSentences = 3
)

// passageFor is what a leaning fact's sentence points back at: the claim
// just before it in its paragraph, or the line right before a paragraph
// it opens (pages that set each sentence on a line of its own). When that
// claim leans too, the ones before it are added, so that the passage starts
// from a sentence that stands on its own; a passage longer than
// maxPassageRunes would bury the question and gives none. Past a heading,
// a note or a gap the thread is too loose to tell what a pointer names.
func passageFor(f *fact) string {
	ss := f.doc.Sentences
	if f.sentIndex <= 0 || f.sentIndex >= len(ss) {
		return ""
	}
	var parts []string
	n, at := 0, f.sentIndex
	for i := f.sentIndex - 1; i >= 0 && len(parts) < maxPassageSentences; i-- {
		s := ss[i]
		if s.Paragraph != ss[at].Paragraph && i != at-1 {
			return ""
		}
		if !s.IsClaim() {
			continue
		}
		p := dropConnective(s.Text)
		if n += utf8.RuneCountInString(p); n > maxPassageRunes {
			return ""
		}
		parts = append([]string{p}, parts...)
		if !leans(p) {
			return strings.Join(parts, "")
		}
		at = i
	}
	return ""
}

// selfContained reports whether a card can be answered from its prompt
// alone: whatever in it points back is explained by the passage it shows,
// and no item of an ordering card points back.
func selfContained(m *made) bool {
	for _, item := range m.card.Choices {
		if m.card.Type == deck.TypeOrder && leans(item) {
			return false
		}
	}
	p := m.card.Prompt
	if m.falsePrompt != "" && leans(m.falsePrompt) && !leans(p) {
		p = m.falsePrompt
	}
	quotesSentence := strings.Contains(p, "「"+blanked(m.fact)) || strings.HasPrefix(p, blanked(m.fact)) ||
		m.card.Type == deck.TypeTrueFalse
	if !leans(p) && !(quotesSentence && needsPassage(m.fact)) && !concludes(m.fact.sentence) {
		return true
	}
	l := leadOf(m.fact)
	return l.passage != "" && strings.Contains(p, l.passage)
}

// subjectMarker finds a subject or topic a sentence names: a name or noun
// followed by は, が or も (石破首相は, 関係性が, 防衛相も), a group of
// them (山本主任研究員らは, 選手たちが), or a topic phrase (…については,
// …などは). Particles after kana (には, では, だが)
// are not subjects.
var subjectMarker = regexp.MustCompile(`[\p{Han}\p{Katakana}A-Za-z0-9」)%ー](?:は|が|も)|については|に関しては|などは|ひとつは|ことは|ものは|のは|[\p{Han}\p{Katakana}](?:ら|たち)(?:は|が)`)

// hasSubject reports whether a sentence says who or what it is about. One
// that does not ("［＿＿＿］に入ってから実際に関税を…多用してきた") leaves
// it to an earlier sentence, as a pointer does.
func hasSubject(s string) bool {
	return subjectMarker.MatchString(predicateNouns.ReplaceAllString(s, ""))
}

// predicateNouns are nouns marked with が that are part of the predicate,
// not what the sentence is about (…を優先する可能性があります, …にも影響が
// 及ぶ).
var predicateNouns = regexp.MustCompile(`(?:可能性|必要|傾向|恐れ|おそれ|余地|影響|懸念|見込み)が`)

// needsPassage reports a fact whose sentence, as a card shows it, cannot
// stand alone: it points back, or names no subject.
func needsPassage(f *fact) bool {
	if m := f.needs; m != nil && m.sentence == f.sentence {
		return m.v
	}
	v := sentenceNeedsPassage(f)
	f.needs = &needsMemo{sentence: f.sentence, v: v}
	return v
}

// needsMemo is needsPassage's answer for a sentence, asked again by each
// card of its fact.
type needsMemo struct {
	sentence string
	v        bool
}

func sentenceNeedsPassage(f *fact) bool {
	s := dropConnective(f.sentence)
	return leans(s) || givesExample(f.sentence) || concludes(f.sentence) || f.kind != deck.KindTable && (!hasSubject(s) || reportedSpeech.MatchString(s) && !namesSomeone(f) ||
		unnamedPoll(s) || agentlessTalk(s))
}

// conclusions open a sentence that draws on the one before: what it says
// follows from there (したがって、おそらく収入目的の関税率は10%以下に…),
// or is another case of it (別の事例として…).
var conclusions = []string{"したがって", "従って", "すなわち", "つまり", "そのため", "このため", "それゆえ", "要するに", "結局", "別の事例として", "同様に"}

// concludes reports a sentence that opens with a conclusion word.
func concludes(s string) bool {
	for _, c := range conclusions {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// givesExample reports a sentence that opens as an example (例えば、…)
// and ends by calling itself one (…などが挙げられる): examples of what
// the sentence before says, which it does not repeat.
func givesExample(s string) bool {
	return (strings.HasPrefix(s, "例えば") || strings.HasPrefix(s, "たとえば")) && strings.Contains(s, "挙げられ")
}

// pollShare finds a share of a people (60%の有権者); pollNamed, the poll
// that found it.
var (
	pollShare = regexp.MustCompile(`\d+(?:\.\d+)?%(?:の|が)(?:有権者|国民|回答者|人々|アメリカ人|米国人|日本人|市民)`)
	pollNamed = regexp.MustCompile(`調査|世論|によれば|によると`)
)

// unnamedPoll reports a share of a people with no poll that found it:
// whose 60%, asked when, by whom, the sentence before said.
func unnamedPoll(s string) bool { return pollShare.MatchString(s) && !pollNamed.MatchString(s) }

// agentlessTalk ends a sentence with talks no one is said to hold
// (…が議論されました): the talks of the sentence before.
var agentlessTalkEnd = regexp.MustCompile(`(?:議論さ|協議さ|検討さ|話し合わ)れ(?:ました|た|ている|ています)?。?$`)

// agentlessTalk reports talks with no date and no one holding them.
func agentlessTalk(s string) bool {
	return agentlessTalkEnd.MatchString(s) && !laterYear.MatchString(s) && !strings.Contains(s, "会談")
}

// reportedSpeech ends a sentence that reports what someone said or
// thinks (…と分析しています, …と強調した): without its speaker, it is a
// claim of no one.
var reportedSpeech = regexp.MustCompile(`と(?:分析|述べ|説明|強調|指摘|語|発言|主張|表明|評価|予測|見てい|考えてい)[^、]*。?$`)

// namesSomeone reports a sentence that names a person or a body, who can
// be the speaker of what it reports.
func namesSomeone(f *fact) bool {
	for _, e := range f.entities {
		if e.kind == deck.KindPerson || e.kind == deck.KindOrganization {
			return true
		}
	}
	return f.kind == deck.KindPerson || f.kind == deck.KindOrganization
}

// runTogether finds names run together where a list lost its commas: a
// bracketed acronym followed straight by the next name, up to another
// bracket or the list's end ("欧州連合(EU)オーストラリアインドなど",
// "(WTO)国連といった"). A name's own suffix after its acronym
// ("(FOIP)構想の") goes on in kana and does not match.
var runTogether = regexp.MustCompile(`\)[\p{Katakana}\p{Han}A-Z][\p{Katakana}\p{Han}A-Za-z・ー]{0,12}(?:\(|といった|など)`)

// garbled reports a sentence whose text was damaged on its way into the
// document: a card would reproduce the damage as if it were right.
func garbled(s string) bool {
	return runTogether.MatchString(s) || misconjugated.MatchString(s) || markdownEmphasis.MatchString(s)
}

// markdownEmphasis finds emphasis marks a page kept from its Markdown
// source (*Social Theory of International Politics*): shown in a card they
// read as stray asterisks.
var markdownEmphasis = regexp.MustCompile(`\*[^*\s][^*]{0,80}\*`)

// misconjugated finds "…るをえない" where the language has "…ざるをえない"
// (高くなるをえない for 高くならざるをえない).
var misconjugated = regexp.MustCompile(`[^ざ]るを(?:えない|得ない)`)
