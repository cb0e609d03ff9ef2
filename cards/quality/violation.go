// Package quality checks a generated deck against the documents it was made
// from and against the rules every card must satisfy (see the project's
// quality guide): each card grounded in a verbatim sentence that is a claim
// of its document, an answer the prompt does not give away, fair multiple
// choice and true/false cards, no duplicate facts, and no deck-wide tells.
//
// It also measures a deck against hand-labelled data in testdata/: recall of
// a development set of questions, cards made from known noise, and the
// precision of a judged sample.
package quality

import "fmt"

// The rules a violation can break.
const (
	RuleGrounding      = "grounding"        // the fact and answer stand in the source document
	RuleNoNoise        = "no-noise"         // the sentence is a claim and not a repeat
	RuleAnswerInPrompt = "answer-in-prompt" // the prompt does not give the answer away
	RuleMCQ            = "mcq"              // four distinct choices, exactly one correct
	RuleTrueFalse      = "truefalse"        // a true/false card states or changes its fact's key
	RuleDuplicateFact  = "duplicate-fact"   // one fact per sentence and key
	RuleContext        = "context"          // the prompt says enough to be answerable
	RuleBalance        = "balance"          // no deck-wide tell in where or how the right choice stands
)

// Violation is one broken rule. Card and Fact name what is at fault: a card
// (with its fact), a fact that no card uses or that repeats another, or
// neither for a deck-wide problem.
type Violation struct {
	Card string
	Fact string
	Rule string
	Msg  string
}

func (v Violation) String() string {
	switch {
	case v.Card != "":
		return fmt.Sprintf("card %s: rule %s: %s", v.Card, v.Rule, v.Msg)
	case v.Fact != "":
		return fmt.Sprintf("fact %s: rule %s: %s", v.Fact, v.Rule, v.Msg)
	}
	return fmt.Sprintf("deck: rule %s: %s", v.Rule, v.Msg)
}

// violation builds a Violation with a formatted message.
func violation(rule, format string, args ...any) Violation {
	return Violation{Rule: rule, Msg: fmt.Sprintf(format, args...)}
}
