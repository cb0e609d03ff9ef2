package generate

import (
	"regexp"
	"strings"

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
	if other := b.ix.alias[b.ix.comparable(m.card.Answer)]; other != "" && !reveals(m.card.Prompt, other) {
		m.card.Also = []string{other}
	}
}

// showsDisputedGloss reports a card that shows, outside its own fact, an
// acronym's expansion that the documents give otherwise elsewhere
// ("環太平洋経済連携協定(IPEF)" in a passage, where IPEF is also
// インド太平洋経済枠組み): the passage would teach one side as fact.
func (b *builder) showsDisputedGloss(m *made) bool {
	for _, g := range b.ix.factOf {
		if len(g.conflicts) == 0 || g == m.fact || g.sentence == m.fact.sentence && m.fact.kind == g.kind {
			continue
		}
		if _, exp, ok := acronymPair(g); ok && strings.Contains(m.card.Prompt, exp) {
			return true
		}
	}
	return false
}
