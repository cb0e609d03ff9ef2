package locale

// The Browse screen: every card of a deck, searched and filtered, and a
// card's sheet, where it can be suspended or flagged as wrong.
var (
	BrowseButton    = Text{"カード", "Cards"}
	BrowseTitle     = Text{"すべてのカード", "All cards"}
	BrowseCount     = Text{"%d枚", "%d cards"}
	BrowseSearch    = Text{"検索（/）", "Search (/)"}
	BrowseAll       = Text{"すべて", "All"}
	BrowseNew       = Text{"新規", "New"}
	BrowseDue       = Text{"復習", "Due"}
	BrowseSuspended = Text{"保留", "Suspended"}
	BrowseLearning  = Text{"学習中", "Learning"}
	BrowseNone      = Text{"見つかりません", "Nothing found"}
	CardSuspend     = Text{"保留にする", "Suspend"}
	CardUnsuspend   = Text{"保留をやめる", "Unsuspend"}
	CardFlag        = Text{"誤りとして報告", "Flag as wrong"}
	CardUnflag      = Text{"報告を取り消す", "Unflag"}
	CardIsSuspended = Text{"このカードは保留中です。", "This card is suspended."}
	CardIsFlagged   = Text{"このカードは誤りとして報告済みです。", "This card is flagged as wrong."}
	CardSource      = Text{"出典の本文", "Source text"}
	SourceViewTitle = Text{"出典の本文", "Source text"}
)

func browseTexts() []Text {
	return []Text{BrowseButton, BrowseTitle, BrowseCount, BrowseSearch, BrowseAll, BrowseNew, BrowseDue, BrowseLearning, BrowseSuspended,
		BrowseNone, CardSuspend, CardUnsuspend, CardFlag, CardUnflag, CardIsSuspended, CardIsFlagged, CardSource, SourceViewTitle}
}
