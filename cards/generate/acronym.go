package generate

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

var acronymPattern = regexp.MustCompile(`^[A-Z][A-Za-z0-9&.\-]{1,11}$`)

// isAcronym reports a term in Latin letters with at least two capitals:
// USAID, DOGE, IEEPA, FOIP.
func isAcronym(s string) bool {
	return acronymPattern.MatchString(s) && len(strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r
		}
		return -1
	}, s)) >= 2
}

// acronymPair splits an acronym fact into the acronym and its expansion,
// whichever of the two extract put in the key.
func acronymPair(f *fact) (acronym, expansion string, ok bool) {
	switch {
	case f.expansion == "":
		return "", "", false
	case isAcronym(f.key) && !isAcronym(f.expansion):
		return f.key, f.expansion, true
	case isAcronym(f.expansion) && !isAcronym(f.key):
		return f.expansion, f.key, true
	}
	return "", "", false
}

// orgSuffixes end the names of organizations: 米国際開発庁, 政府効率化省,
// 戦略国際問題研究所. An acronym whose expansion ends so is an
// organization's; others (IEEPA, a law; FOIP, a strategy) are terms.
var orgSuffixes = []string{
	"庁", "省", "局", "部", "所", "院", "会", "機関", "機構", "銀行", "連合", "同盟", "大学",
	"社", "委員会", "理事会", "協議会", "Agency", "Department", "Council", "Institute",
	"Bank", "Organization", "Union", "Center", "Committee", "Board",
}

func isOrgName(s string) bool { return hasAnySuffix(strings.TrimSpace(s), orgSuffixes) }

// spelledByExpansion reports an acronym whose expansion is English (USAID
// for United States Agency for International Development): its letters
// are the expansion's initials, so a card on either asks nothing.
func spelledByExpansion(f *fact) bool {
	acr, exp, ok := acronymPair(f)
	return ok && isAcronym(acr) && script(exp) == "latin"
}

// acronymAfterName reports an acronym fact whose key is the acronym in
// brackets after the name it abbreviates ("国際緊急経済権限法(IEEPA)"): a
// blank there drills the acronym from its name, the way round that one
// way per acronym leaves out.
func acronymAfterName(f *fact) bool {
	acr, _, ok := acronymPair(f)
	return ok && f.key == acr && keyStands(f) && strings.HasSuffix(strings.TrimRight(f.sentence[:f.start], " "), "(")
}

// alsoNames lists, on a card whose typed answer is a name the documents
// also give as an acronym or its expansion, that other name: 経団連 is as
// right as 日本経済団体連合会.
func (b *builder) alsoNames(m *made) {
	if m.card.Type != deck.TypeCloze && m.card.Type != deck.TypeBasic {
		return
	}
	var also []string
	if other := b.ix.alias[b.ix.comparable(m.card.Answer)]; other != "" {
		also = append(also, other)
	}
	also = append(also, b.sloganForms(m.card.Answer)...)
	also = append(also, b.otherExpansions(m)...)
	if m.card.Answer == m.fact.key {
		if in, ok := glossAfter(m.fact); ok && utf8.RuneCountInString(in) >= 2 && subsequence(in, m.fact.key) {
			also = append(also, in) // 経団連 of 日本経済団体連合会(経団連)
		}
		if bare := bracketed.ReplaceAllString(m.card.Answer, ""); bare != m.card.Answer && bare != "" {
			also = append(also, bare) // Quad諸国の外相会合 of Quad(米・日・豪・印)諸国の外相会合
		}
	}
	also = append(also, b.placesOfTheDay(m)...)
	for _, a := range also {
		if !reveals(m.card.Prompt, a) && !slices.Contains(m.card.Also, a) && a != m.card.Answer {
			m.card.Also = append(m.card.Also, a)
		}
	}
}

// bracketed finds a note in brackets inside an answer.
var bracketed = regexp.MustCompile(`\([^()]*\)`)

// sloganWords are the words a slogan is rendered with in other wordings:
// 米国 or アメリカ, ファースト or 第一; 主義 and 中黒 add nothing.
var sloganWords = strings.NewReplacer("米国", "アメリカ", "ファースト", "第一", "主義", "", "・", "", " ", "")

// quotedPhrase finds a short quotation: a slogan, a catchword.
var quotedPhrase = regexp.MustCompile(`「([^「」]{2,12})」`)

// sloganForms are the other wordings the documents quote of a slogan
// answer (米国第一, アメリカ・ファースト, アメリカ第一主義): each is as right.
func (b *builder) sloganForms(answer string) []string {
	key := sloganWords.Replace(answer)
	if key == answer && !strings.Contains(answer, "・") {
		return nil // no word that other wordings render otherwise
	}
	if b.slogans == nil {
		// The claims' quoted phrases by their slogan key, gathered once.
		b.slogans = map[string][]string{}
		for _, c := range b.claims {
			for _, q := range quotedPhrase.FindAllStringSubmatch(c, -1) {
				p := strings.TrimSpace(q[1])
				k := sloganWords.Replace(p)
				if !slices.Contains(b.slogans[k], p) {
					b.slogans[k] = append(b.slogans[k], p)
				}
			}
		}
	}
	var out []string
	for _, p := range b.slogans[key] {
		if p != answer {
			out = append(out, p)
		}
	}
	return out
}

// placesOfTheDay are the places another account of the same day, with
// the same people, names for a place answer, one standing in the other
// (ホワイトハウス in ワシントン for the summit of 2月7日): each is as right.
// A court in Washington that ruled that day is no account of the summit.
func (b *builder) placesOfTheDay(m *made) []string {
	f := m.fact
	if f.kind != deck.KindPlace || m.card.Answer != f.key {
		return nil
	}
	var people []string
	for _, e := range f.entities {
		if e.kind == deck.KindPerson {
			people = append(people, e.text)
		}
	}
	var out []string
	for _, p := range b.ix.pools[classPlace+":"+script(f.key)] {
		if p.text != f.key && samePlace(p.text, f.key) && b.ix.sameEvent(f, p.text) && b.ix.namedWith(p.text, people) {
			out = append(out, p.text)
		}
	}
	return out
}

// showsDisputedGloss reports a card that shows, outside its own fact, an
// acronym's expansion that the documents give otherwise elsewhere
// ("環太平洋経済連携協定(IPEF)" in a passage, where IPEF is also
// インド太平洋経済枠組み): the passage would teach one side as fact.
func (b *builder) showsDisputedGloss(m *made) bool {
	if b.disputedGlosses == nil {
		// Gathered once: every card asks, and few facts qualify.
		b.disputedGlosses = []*fact{}
		for _, g := range b.ix.factOf {
			if _, _, ok := acronymPair(g); ok && len(g.conflicts) > 0 {
				b.disputedGlosses = append(b.disputedGlosses, g)
			}
		}
	}
	for _, g := range b.disputedGlosses {
		if g == m.fact || g.sentence == m.fact.sentence && m.fact.kind == g.kind {
			continue
		}
		if _, exp, _ := acronymPair(g); strings.Contains(m.card.Prompt, exp) {
			return true
		}
	}
	return false
}

// otherExpansions are the other wordings the documents give an acronym
// whose expansion the card asks for (米国際開発庁 and アメリカ合衆国国際開発
// 庁 for USAID), where the two are not linked as naming different things.
func (b *builder) otherExpansions(m *made) []string {
	acr, exp, ok := acronymPair(m.fact)
	if !ok || m.card.Answer != exp {
		return nil
	}
	var out []string
	for _, g := range b.ix.factOf {
		a, e, ok := acronymPair(g)
		if ok && a == acr && e != exp && !slices.Contains(m.fact.conflicts, g.extractID) && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	slices.Sort(out)
	return out
}
