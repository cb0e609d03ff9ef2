package locale

// The study screen's buttons, interval labels, "study more" and the
// caveat badge with the sheet it opens.
var (
	StudyBack = Text{"戻る", "Back"}
	StudyUndo = Text{"元に戻す", "Undo"}

	// Interval units after the number on each grade button (10分, 10m).
	IntervalMinute = Text{"分", "m"}
	IntervalHour   = Text{"時間", "h"}
	IntervalDay    = Text{"日", "d"}
	IntervalMonth  = Text{"か月", "mo"}
	IntervalYear   = Text{"年", "y"}

	// The done screen once the day's limits are reached; %d is a count.
	LimitReached = Text{"今日の分は終わりました。続けることもできます。", "That's today's cards. You can go on."}
	MoreNew      = Text{"新しいカードをあと %d 枚", "More new cards (%d)"}
	ReviewAhead  = Text{"先の復習を %d 枚", "Review ahead (%d)"}

	// Short labels on the caveat badge, by the kind of caveat.
	CaveatDisputed  = Text{"出典によって異なる", "Sources differ"}
	CaveatContested = Text{"他の出典と異なる", "Unlike other sources"}
	CaveatDated     = Text{"古い記事の記述", "From an older article"}
	CaveatForecast  = Text{"執筆時点の見通し", "Outlook when written"}
	CaveatNote      = Text{"注意", "Note"}
	// The sheet the badge opens: the note, this answer's source and the
	// sources that state it otherwise.
	CaveatTitle  = Text{"出典について", "About the sources"}
	ThisSource   = Text{"この答えの出典", "This answer's source"}
	OtherSource  = Text{"別の出典", "Another source"}
	SheetClose   = Text{"閉じる", "Close"}
	SourcePrefix = Text{"出典", "Source"}
)

func studyTexts() []Text {
	return []Text{StudyBack, StudyUndo, IntervalMinute, IntervalHour, IntervalDay, IntervalMonth, IntervalYear,
		LimitReached, MoreNew, ReviewAhead,
		CaveatDisputed, CaveatContested, CaveatDated, CaveatForecast, CaveatNote,
		CaveatTitle, ThisSource, OtherSource, SheetClose, SourcePrefix}
}
