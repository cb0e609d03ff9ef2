package locale

// english gives the English of the Japanese UI strings that the study
// screen draws, so that screen reads in one language; the other screens'
// strings join as they learn English.
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
