package quality

import "factdeck/cards/deck"

// minContext is the fewest letters and digits a cloze or multiple-choice
// prompt must hold besides its blank: fewer cannot say who, what and when,
// and "［＿＿＿］%" alone asks nothing.
const minContext = 10

// checkAnswerInPrompt reports a prompt that gives its answer away. A
// true/false prompt states its key on purpose, so it is left out.
func checkAnswerInPrompt(c deck.Card) []Violation {
	if c.Type == deck.TypeTrueFalse {
		return nil
	}
	if containsSpan(canon(c.Prompt), canon(c.Answer)) {
		return []Violation{violation(RuleAnswerInPrompt, "prompt contains the answer %q", c.Answer)}
	}
	return nil
}

// checkContext reports a cloze or multiple-choice prompt too bare to answer.
func checkContext(c deck.Card) []Violation {
	if c.Type != deck.TypeCloze && c.Type != deck.TypeMCQ {
		return nil
	}
	if n := contextRunes(c.Prompt); n < minContext {
		return []Violation{violation(RuleContext, "prompt holds %d letters and digits besides the blank, want at least %d", n, minContext)}
	}
	return nil
}
