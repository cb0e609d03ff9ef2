package extract

import (
	"regexp"
	"strings"

	"factdeck/cards/deck"
)

// givenName matches a name a sentence says something was given, in
// quotes: 「やつもり」という名前が付けられた, 「白髪山(しらがやま)」の通称で
// 親しまれている, 「フェロビブリオ・オキナワエンシス」と名付けられた. The
// reading in brackets is left out of the name.
var givenName = regexp.MustCompile(`「([^「」()]{2,20})(?:\([^)]{1,20}\))?」(?:という名前|という名|の通称|の愛称|と名付け|と命名)`)

// namedBusiness matches a business or a site named in quotes right after
// what it is: 老舗茶商「丸山園」, 道の駅「きりさと」.
var namedBusiness = regexp.MustCompile(`(道の駅|茶商|商店|酒蔵|旅館|ホテル|農園|牧場|工房|書店|店|会社|施設)「([^「」()]{2,16})」`)

// placeLike are what namedBusiness finds that is a place people go to,
// not a body that acts.
var placeLike = map[string]bool{"道の駅": true, "施設": true}

// quotedNameFacts records the names in quotes that a sentence gives or
// introduces: asked as a blank, the name is the answer.
func (r *reading) quotedNameFacts() {
	for _, m := range givenName.FindAllStringSubmatchIndex(r.text, -1) {
		rest := r.text[m[3]:m[1]]
		naming := rest[strings.Index(rest, "」")+len("」"):]
		r.add(deck.KindEvent, m[2], m[3], Fact{Predicate: naming})
	}
	for _, m := range namedBusiness.FindAllStringSubmatchIndex(r.text, -1) {
		if placeLike[r.text[m[2]:m[3]]] {
			// A site is asked with what it is: 道の駅「きりさと」.
			r.add(deck.KindPlace, m[2], m[1], Fact{})
			continue
		}
		r.add(deck.KindOrganization, m[4], m[5], Fact{})
	}
}

// categoryThenName matches a span that is what something is, then its
// name in quotes: 無人航空機(UAV)「SL-5」, 新型車両「しおかぜ」.
var categoryThenName = regexp.MustCompile(`^[\p{Han}\p{Katakana}ー]{2,12}(?:\([A-Za-z0-9]{2,8}\))?「([^「」()]{2,16})」$`)

// namedInQuotes narrows a span of a thing's category and its quoted name
// to the name: asked whole, the blank also fits the category alone
// (ドローン) or the name alone, and the student cannot tell which the
// card wants; the category stays in the prompt around the blank.
func namedInQuotes(text string, start, end int) (int, int) {
	m := categoryThenName.FindStringSubmatchIndex(text[start:end])
	if m == nil {
		return start, end
	}
	return start + m[2], start + m[3]
}
