package locale

// english gives the English of the Japanese UI strings that the study
// and quiz screens draw, so those screens read in one language; the other
// screens' strings join as they learn English.
var english = map[string]string{
	Flip:         "Show answer",
	Again:        "Again",
	Hard:         "Hard",
	Good:         "Good",
	Easy:         "Easy",
	Question:     "Question",
	Answer:       "Answer",
	Source:       "Source",
	Reviewed:     "Studied",
	Remaining:    "Left",
	Done:         "Done for today",
	Back:         "Back",
	NextDueIn:    "Next card in",
	Minutes:      " min",
	OtherAnswers: "Another source's answer",
	Conflict:     "The sources say this differently",
	NotSaved:     "*Not saved",
	// The quiz's answer and feedback screens.
	Correct:       "Correct!",
	Wrong:         "Wrong",
	YourAnswer:    "Your answer",
	Submit:        "Answer",
	Next:          "Next",
	Accepted:      "Right (the sources differ on the answer)",
	Overridden:    "Counted as right",
	IWasRight:     "Count as right",
	IWasRightHint: "my answer was right too",
	TypeHint:      "Type the answer, then Enter",
	Unit:          "Unit",
	Reset:         "Start over",
}

// In is the Japanese UI string ja in language l: itself in Japanese, its
// English where it has one, else itself.
func In(l Lang, ja string) string {
	if l == English {
		if en, ok := english[ja]; ok {
			return en
		}
	}
	return ja
}

func englishStrings() []string {
	out := make([]string, 0, len(english))
	for _, en := range english {
		out = append(out, en)
	}
	return out
}
