package extract

import "factdeck/cards/deck"

// personFacts records each person the sentence gives a role or an
// organization: the name is the answer, the role (or the organization the
// person speaks for) what the card asks about.
func (r *reading) personFacts() {
	for _, m := range r.roles {
		if m.role == "" && m.org == "" {
			continue
		}
		r.addTokens(deck.KindPerson, m.a, m.b, Fact{Role: m.role, Subject: m.org, nation: m.nation})
	}
}
