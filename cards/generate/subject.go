package generate

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// A document about one thing (a volcano, a railway, a team) names it in
// its first sentences and then leaves it out: "最も新しい噴火は2019年11月
// の…" is about the volcano of the title. A card made from such a sentence
// says which thing it asks about, in a frame before the question.

// topicShare is the share of a document's claims that must name a thing
// for it to be the document's topic; minTopicClaims the fewest.
const (
	topicShare     = 0.25
	minTopicClaims = 3
)

// quotedName finds a name in brackets: 「北陽フェニックス」.
var quotedName = regexp.MustCompile(`「([^「」、。]{2,12})」`)

// topics finds each document's topic: the organization, place, quoted
// name or first word of the title that the most of its claims name, when enough of them do. A
// country is no topic (it is the setting of half the claims of a news
// page), nor is a person (a frame "about" a person reads as gossip).
func (b *builder) topics(docs []*corpus.Document) map[*corpus.Document]string {
	candidates := map[*corpus.Document]map[string]bool{}
	add := func(d *corpus.Document, name string) {
		if utf8.RuneCountInString(name) < 2 || subKind(name) == "country" || b.person(name) {
			return
		}
		if candidates[d] == nil {
			candidates[d] = map[string]bool{}
		}
		candidates[d][name] = true
	}
	for _, f := range b.ix.factOf {
		for _, e := range f.entities {
			if e.kind == deck.KindOrganization || e.kind == deck.KindPlace {
				add(f.doc, e.text)
			}
		}
		if f.kind == deck.KindOrganization || f.kind == deck.KindPlace {
			add(f.doc, withoutGloss(f.key))
		}
	}
	out := map[*corpus.Document]string{}
	for _, d := range docs {
		// The title's first word is the best guess at what it is about:
		// 桜ヶ丘ダム of 桜ヶ丘ダムの完成.
		add(d, nameTail.FindString(d.Title))
		var claims []string
		for _, s := range d.Sentences {
			if s.IsClaim() {
				claims = append(claims, s.Text)
				for _, m := range quotedName.FindAllStringSubmatch(s.Text, -1) {
					add(d, m[1])
				}
			}
		}
		best, bestN := "", 0
		for name := range candidates[d] {
			name = fullName(name, claims)
			n := 0
			for _, c := range claims {
				if strings.Contains(c, name) {
					n++
				}
			}
			if n > bestN || n == bestN && (len(name) > len(best) || len(name) == len(best) && name < best) {
				best, bestN = name, n
			}
		}
		if bestN >= minTopicClaims && float64(bestN) >= topicShare*float64(len(claims)) {
			out[d] = best
		}
	}
	return out
}

// nameTail is the run of kanji and katakana that may carry a name on.
var nameTail = regexp.MustCompile(`^[\p{Han}\p{Katakana}ー]+`)

// fullName carries a name on where the claims mostly do: the dictionary
// finds みなと in みなと浜鉄道 and 富岡 in 富岡製糸場, while the text is
// about the railway and the mill.
func fullName(name string, claims []string) string {
	tails := map[string]int{}
	n := 0
	for _, c := range claims {
		for rest := c; ; {
			i := strings.Index(rest, name)
			if i < 0 {
				break
			}
			rest = rest[i+len(name):]
			n++
			if t := nameTail.FindString(rest); t != "" {
				tails[t]++
			}
		}
	}
	best, bestN := "", 0
	for t, k := range tails {
		if k > bestN || k == bestN && t < best {
			best, bestN = t, k
		}
	}
	if n > 0 && float64(bestN) >= 0.6*float64(n) {
		return name + best
	}
	return name
}

// person reports a name of someone: one the documents are about
// (トランプ氏), or any with an honorific.
func (b *builder) person(name string) bool {
	for _, l := range b.lead {
		if strings.HasPrefix(name, l) {
			return true
		}
	}
	return hasAnySuffix(name, []string{"氏", "さん", "首相", "大統領", "監督", "社長"})
}

// frameTopic names the document's topic before a question whose prompt
// does not: 【霧ヶ岳について】最も新しい噴火は［＿＿＿］の…. A defined
// term is general (繰糸 means the same in any document), so its question
// needs no topic.
func (b *builder) frameTopic(m *made, topics map[*corpus.Document]string) {
	topic := topics[m.fact.doc]
	if ownerless.MatchString(dropConnective(m.fact.sentence)) {
		if t := ownerBefore(m.fact); t != "" {
			topic = t
		}
	}
	if topic == "" || strings.Contains(m.card.Prompt, topic) || m.card.Type == deck.TypeOrder || m.card.Type == deck.TypeMatch || definesTerm(m.fact) ||
		reveals(topic, m.card.Answer) || reveals(topic, m.fact.key) || strings.Contains(topic, m.fact.key) ||
		strings.Contains(m.card.Answer, topic) || strings.Contains(m.fact.key, topic) {
		return
	}
	f := b.words.topicFrame(topic)
	m.card.Prompt = f + m.card.Prompt
	if m.falsePrompt != "" {
		m.falsePrompt = f + m.falsePrompt
	}
}

// ownerless opens a sentence with a thing that belongs to something it
// does not name (利用料金は1回300円で…: the fee of what?): the service or
// place the sentences before it are about.
var ownerless = regexp.MustCompile(`^(?:利用料金|料金|運賃|価格|値段|費用|会費|参加費|入場料|定員|営業時間|開館時間|所要時間|利用者数|売上高|売上|収益)(?:は|が)`)

// ownerLookback bounds how far back a sentence's owner is sought.
const ownerLookback = 8

// ownerBefore is the quoted name that an earlier claim of f's document,
// the nearest within ownerLookback, opens with as its topic (「そらびん」
// は、…), or "".
func ownerBefore(f *fact) string {
	ss := f.doc.Sentences
	for i := f.sentIndex - 1; i >= 0 && i >= f.sentIndex-ownerLookback; i-- {
		if !ss[i].IsClaim() {
			continue
		}
		if m := quotedTopic.FindStringSubmatch(dropConnective(ss[i].Text)); m != nil {
			return m[1]
		}
	}
	return ""
}

// quotedTopic finds a sentence whose topic is a quoted name: 「そらびん」は.
var quotedTopic = regexp.MustCompile(`^「([^「」、。]{2,12})」(?:は|では|の)`)
