package quality

import "factdeck/cards/deck"

// checkDuplicateFacts reports every fact that repeats an earlier one: the
// same sentence (normalized, spaces ignored) and the same key. Repeated text
// must give one fact, or a student is drilled twice on one claim.
func checkDuplicateFacts(facts []deck.Fact) []Violation {
	first := map[[2]string]string{}
	var out []Violation
	for _, f := range facts {
		k := [2]string{canon(f.Sentence), canon(f.Key)}
		if prev, ok := first[k]; ok {
			v := violation(RuleDuplicateFact, "same sentence and key %q as fact %s", f.Key, prev)
			v.Fact = f.ID
			out = append(out, v)
			continue
		}
		first[k] = f.ID
	}
	return out
}
