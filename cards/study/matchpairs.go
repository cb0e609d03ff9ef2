package study

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// MaxTileRunes is the longest text a Match tile takes: a longer one
// would not fit a tile on a phone.
const MaxTileRunes = 32

// MatchPair is one pair the deck states, for the Match game: two texts
// that go together (an acronym and its name, a person and their role, a
// table row and its value, a date and its event).
type MatchPair struct {
	Left  string
	Right string
	// Kind is the kind of fact that states the pair (deck.KindAcronym,
	// deck.KindPerson, deck.KindTable, deck.KindEvent…).
	Kind string
	// Fact is the id of the fact that states it.
	Fact string
}

// acronymPrompt and otherNamePrompt are how the deck's basic cards ask
// for an acronym's name and for another name of a thing.
var (
	acronymPrompt   = regexp.MustCompile(`「([^「」]+)」は何の略称か`)
	otherNamePrompt = regexp.MustCompile(`「([^「」]+)」は、ほかに何と呼ばれるか`)
)

// MatchPairs lists every pair the deck states, each once, in deck order:
// the pairs of its match cards, acronyms and other names its basic cards
// ask (and the acronyms a card's answer is also known by), people with
// the role their sentence gives them, and events with their date.
func MatchPairs(d *deck.Deck) []MatchPair {
	facts := make(map[string]deck.Fact, len(d.Facts))
	for _, f := range d.Facts {
		facts[f.ID] = f
	}
	var c pairCollector
	for _, card := range d.Cards {
		c.fromCard(card, facts[card.Fact].Kind)
	}
	datesBySentence := map[string][]string{}
	for _, f := range d.Facts {
		if f.Kind == deck.KindDate {
			datesBySentence[f.Sentence] = append(datesBySentence[f.Sentence], f.Key)
		}
	}
	for _, f := range d.Facts {
		switch f.Kind {
		case deck.KindPerson:
			if role := roleAfter(f.Sentence, f.Key); role != "" {
				c.add(MatchPair{Left: f.Key, Right: role, Kind: f.Kind, Fact: f.ID})
			}
		case deck.KindEvent:
			if date := eventDate(f, datesBySentence[f.Sentence]); date != "" {
				c.add(MatchPair{Left: date, Right: f.Key, Kind: f.Kind, Fact: f.ID})
			}
		}
	}
	return c.pairs
}

// pairCollector gathers pairs, dropping repeats and pairs no tile can show.
type pairCollector struct {
	pairs []MatchPair
	seen  map[[2]string]bool
}

func (c *pairCollector) fromCard(card deck.Card, kind string) {
	switch card.Type {
	case deck.TypeMatch:
		for _, p := range card.Pairs {
			c.add(MatchPair{Left: p.Left, Right: p.Right, Kind: kind, Fact: card.Fact})
		}
	case deck.TypeBasic:
		if m := acronymPrompt.FindStringSubmatch(card.Prompt); m != nil {
			c.add(MatchPair{Left: m[1], Right: card.Answer, Kind: deck.KindAcronym, Fact: card.Fact})
		} else if m := otherNamePrompt.FindStringSubmatch(card.Prompt); m != nil {
			c.add(MatchPair{Left: m[1], Right: card.Answer, Kind: deck.KindDefinition, Fact: card.Fact})
		}
	}
	for _, a := range card.Also {
		if isAcronym(a) && !isAcronym(card.Answer) {
			c.add(MatchPair{Left: a, Right: card.Answer, Kind: deck.KindAcronym, Fact: card.Fact})
		}
	}
}

func (c *pairCollector) add(p MatchPair) {
	p.Left, p.Right = strings.TrimSpace(p.Left), strings.TrimSpace(p.Right)
	l, r := tileKey(p.Left), tileKey(p.Right)
	if l == "" || r == "" || l == r || utf8.RuneCountInString(p.Left) > MaxTileRunes || utf8.RuneCountInString(p.Right) > MaxTileRunes {
		return
	}
	if c.seen == nil {
		c.seen = map[[2]string]bool{}
	}
	if c.seen[[2]string{l, r}] {
		return
	}
	c.seen[[2]string{l, r}] = true
	c.pairs = append(c.pairs, p)
}

// tileKey is the form in which two tile texts are compared: a student
// cannot tell "ＦＲＢ" from "FRB" or "がいこう" from "ガイコウ" apart.
func tileKey(s string) string {
	return strings.Join(strings.Fields(foldSearch(s)), " ")
}

// isAcronym reports whether s is written like an acronym: 2 to 10 Latin
// capitals and digits, with at least two capitals (USAID, G7, FOIP2.0 is not).
func isAcronym(s string) bool {
	n, capitals := 0, 0
	for _, r := range s {
		n++
		switch {
		case r >= 'A' && r <= 'Z':
			capitals++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return n >= 2 && n <= 10 && capitals >= 2
}

// roleSuffixes end the titles the documents give people; a word after a
// name that ends otherwise (氏, さん, a verb) is not a role.
var roleSuffixes = []string{"相", "大臣", "長官", "大統領", "教授", "議員", "長", "公使", "大使", "候補", "総裁", "代表", "補佐官"}

// maxRoleRunes bounds a role: a longer run of kanji after a name is a
// compound that goes on into the sentence.
const maxRoleRunes = 8

// roleAfter returns the title written right after the person's name in
// the sentence (石破茂首相 gives 首相, 劉勁松アジア局長 gives アジア局長), or
// "" when none is.
func roleAfter(sentence, name string) string {
	i := strings.Index(sentence, name)
	if name == "" || i < 0 {
		return ""
	}
	rest := sentence[i+len(name):]
	end, n := 0, 0
	for _, r := range rest {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' {
			break
		}
		end += utf8.RuneLen(r)
		n++
	}
	role := rest[:end]
	if n == 0 || n > maxRoleRunes {
		return ""
	}
	for _, s := range roleSuffixes {
		if strings.HasSuffix(role, s) {
			return role
		}
	}
	return ""
}

// eventDate is the date of an event fact: its own date when it has one,
// else the one date its sentence states; "" when there is no single date.
func eventDate(f deck.Fact, sentenceDates []string) string {
	if f.Date != "" {
		return japaneseDate(f.Date)
	}
	if len(sentenceDates) == 1 {
		return sentenceDates[0]
	}
	return ""
}

// japaneseDate writes a deck date ("2019", "2019-08", "2019-08-26") as
// the documents do (2019年8月26日), so it reads like the other date tiles
// and compares equal to the same date written in a sentence.
func japaneseDate(s string) string {
	parts := strings.Split(s, "-")
	units := []string{"年", "月", "日"}
	if len(parts) > len(units) {
		return s
	}
	var b strings.Builder
	for i, p := range parts {
		p = strings.TrimLeft(p, "0")
		if p == "" {
			return s
		}
		b.WriteString(p + units[i])
	}
	return b.String()
}
