package locale

// english gives the English of every Japanese UI string (constTexts), so
// each screen reads in one language. A test fails when one lacks it.
var english = map[string]string{
	DeckScreen:   "Deck",
	Cards:        " cards",
	Due:          "Due",
	New:          "New",
	Start:        "Study",
	StartHint:    "Enter or a click starts",
	Flip:         "Show answer",
	Again:        "Again",
	Hard:         "Hard",
	Good:         "Good",
	Easy:         "Easy",
	Source:       "Source",
	MoreSources:  "%d more sources",
	Question:     "Question",
	Answer:       "Answer",
	Reviewed:     "Studied",
	Remaining:    "Left",
	Done:         "Done for today",
	Back:         "Back",
	Learning:     "Learning",
	Quiz:         "Quiz",
	NextDueIn:    "Next card in",
	Minutes:      " min",
	OtherAnswers: "Another source's answer",
	Conflict:     "The sources say this differently",
	SaveFailed:   "Your progress could not be saved",
	NotSaved:     "*Not saved",
	Score:        "Score",
	Time:         "Time",
	Seconds:      " s",
	Mistakes:     "Mistakes",
	NoMistakes:   "All correct",
	PageHint:     "← → turn pages",
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
	Ordinal:       ". ",
	// Notices about saved progress.
	NoticeDamaged:     "The saved progress was damaged: it was moved to %s and the last good state was opened.",
	NoticeNewer:       "The progress was saved by a newer factdeck and was moved to %s (that version can read it).",
	NoticeRestored:    "The progress was restored from the backup %s (saved %s).",
	NoticeUnavailable: "The browser's storage is not available (a private window?). Your progress is lost when this tab closes: export it to keep it.",
	NoticeFull:        "The browser's storage is full. Progress from now on is not saved: export it to keep it.",
	NoticeInUse:       "The progress folder %s is in use by another factdeck. This window does not save: close the other one and open this again.",
	NoticeInUseTab:    "factdeck is open in another tab too. This tab does not save: close the other tab and reload.",
	// Progress as a file.
	Export:         "Export",
	ExportHint:     "progress to a file",
	Import:         "Import",
	ImportHint:     "from an exported file",
	BackupKeys:     " E exports the progress, I imports it.",
	NoticeExported: "Progress exported as %s (in the browser's downloads).",
	NoticeImported: "Progress imported from the file (%d answers).",
	ImportFailed:   "The file could not be imported; the progress is unchanged",
	ExportFailed:   "The progress could not be exported",
	// Why a deck from the page's address did not open.
	DeckLinkFailed:     "The shared link's deck could not be opened. ",
	DeckFileFailed:     "The deck file \"%s\" could not be opened. ",
	BuiltinInstead:     " The built-in deck is open instead.",
	ReasonLinkTooLong:  "The link is too long (at most %d characters). Share a large deck as a file.",
	ReasonLinkEncoding: "The link has characters a link cannot have: it may have been changed.",
	ReasonLinkDamaged:  "The link's data is damaged or cut short. Check that the whole link was copied, or ask the teacher.",
	ReasonLinkTooLarge: "The link's data is too large once unpacked.",
	ReasonLinkNotDeck:  "The link's data is not a valid factdeck deck.",
	ReasonLinkOther:    "The link could not be read.",
	ReasonPickNone:     "None of the link's cards is in this app's built-in deck: the app may be older or newer than the link.",
	PickMissing:        "%d of the link's cards are not in this app's built-in deck and were left out.",
	ReasonDeckEmpty:    "The deck has no cards.",
	ReasonFileName:     "A deck file's name has only letters, digits and . _ -, ends in .json, and sits beside index.html.",
	ReasonFileMissing:  "The file was not found (HTTP 404). Check its name.",
	ReasonFileHTTP:     "The server answered with an error (HTTP %d).",
	ReasonFileTooLarge: "The file is too large.",
	ReasonFileNetwork:  "There is no network, or loading was cut off.",
	ReasonFileNotDeck:  "The file is not a valid factdeck deck.",
}

// In is the Japanese UI string ja in language l: itself in Japanese, its
// English where it has one, else itself.
func In(l Lang, ja string) string {
	if l == English {
		if en, ok := english[ja]; ok {
			return en
		}
		if en, ok := pairEnglish[ja]; ok {
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

// pairEnglish gives the English of the Text strings by their Japanese,
// for the places that hold a Japanese string (a key's hint) and ask In.
var pairEnglish = func() map[string]string {
	m := map[string]string{}
	for _, t := range textPairs() {
		m[t.Ja] = t.En
	}
	return m
}()
