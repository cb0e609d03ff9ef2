package quality

import "factdeck/cards/deck"

// mcqChoices is how many choices a multiple-choice card offers.
const mcqChoices = 4

// checkMCQ checks a multiple-choice card: four choices, no two the same
// once normalized (full-width "２％" is "2%"), and exactly one of them the
// answer, so no distractor is also correct.
func checkMCQ(c deck.Card) []Violation {
	if c.Type != deck.TypeMCQ {
		return nil
	}
	var out []Violation
	if len(c.Choices) != mcqChoices {
		out = append(out, violation(RuleMCQ, "has %d choices, want %d", len(c.Choices), mcqChoices))
	}
	seen := map[string]string{}
	for _, ch := range c.Choices {
		k := canon(ch)
		if prev, ok := seen[k]; ok {
			out = append(out, violation(RuleMCQ, "choices %q and %q are the same once normalized", prev, ch))
			continue
		}
		seen[k] = ch
	}
	if n := correctChoices(c); n != 1 {
		out = append(out, violation(RuleMCQ, "%d choices equal the answer %q once normalized, want exactly 1", n, c.Answer))
	}
	return out
}

// correctChoices counts the choices that equal the answer once normalized.
func correctChoices(c deck.Card) int {
	n := 0
	for _, ch := range c.Choices {
		if canon(ch) == canon(c.Answer) {
			n++
		}
	}
	return n
}

// checkTrueFalse checks a true/false card: its answer is "true" or "false";
// a true statement states its fact's key; a false one has changed that key,
// for if the key still stands, the "false" statement may well be true.
func checkTrueFalse(c deck.Card, f deck.Fact) []Violation {
	if c.Type != deck.TypeTrueFalse {
		return nil
	}
	if c.Answer != "true" && c.Answer != "false" {
		return []Violation{violation(RuleTrueFalse, "answer is %q, want \"true\" or \"false\"", c.Answer)}
	}
	if f.Key == "" {
		return []Violation{violation(RuleTrueFalse, "the fact has no key, so nothing shows what the statement asserts")}
	}
	states := containsSpan(canon(c.Prompt), canon(f.Key))
	switch {
	case c.Answer == "true" && !states:
		return []Violation{violation(RuleTrueFalse, "the true statement does not state the fact's key %q", f.Key)}
	case c.Answer == "false" && states:
		return []Violation{violation(RuleTrueFalse, "the false statement still states the fact's key %q, so it may be true", f.Key)}
	}
	return nil
}
