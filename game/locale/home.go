package locale

// The home screen (the student's decks) and what a deck's screen says
// about its place among them. %s are titles and file names, %d numbers.
var (
	HomeTitle     = Text{"マイデッキ", "Your decks"}
	HomeCounts    = Text{"%d枚 ・ 新規 %d ・ 学習中 %d ・ 復習 %d", "%d cards · new %d · learning %d · due %d"}
	HomeBuiltin   = Text{"最初から入っているデッキ", "Built-in deck"}
	HomeFromLink  = Text{"共有リンクから", "From a shared link"}
	HomeFromFile  = Text{"ファイル %s から", "From the file %s"}
	HomeUnread    = Text{"このデッキを開けません: %s", "This deck does not open: %s"}
	HomeImport    = Text{"デッキファイルを追加", "Add a deck file"}
	HomeImportKey = Text{"ファイルを選ぶ", "choose a file"}
	HomePage      = Text{"%d / %d ページ", "page %d of %d"}
	HomePrev      = Text{"前へ", "Previous"}
	HomeNext      = Text{"次へ", "Next"}
	HomeHint      = Text{"数字キーでそのデッキを、Enter で前回のデッキを開きます。", "Press a digit to open that deck, Enter for the last one."}
	HomeAdded     = Text{"デッキ「%s」をマイデッキに追加しました。", "Added the deck “%s” to your decks."}
	HomeKnown     = Text{"デッキ「%s」はマイデッキにあります。", "The deck “%s” is already in your decks."}
	HomeAddFailed = Text{"デッキをマイデッキに追加できませんでした", "The deck could not be added to your decks"}
	HomeListError = Text{"マイデッキを読めませんでした（最初から入っているデッキは使えます）", "Your list of decks could not be read (the built-in deck works)"}

	DeckHome       = Text{"マイデッキ", "Decks"}
	DeckRemove     = Text{"削除", "Remove"}
	RemoveTitle    = Text{"このデッキをマイデッキから削除しますか？", "Remove this deck from your list?"}
	RemoveBody     = Text{"「%s」がマイデッキから消えます。同じデッキをまた追加すれば、進み具合は戻ります。", "“%s” leaves your list. Add the same deck again and its progress comes back."}
	RemoveConfirm  = Text{"削除する", "Remove"}
	RemoveCancel   = Text{"やめる", "Cancel"}
	RemoveDone     = Text{"デッキ「%s」をマイデッキから削除しました。", "Removed the deck “%s”."}
	RemoveFailed   = Text{"デッキを削除できませんでした", "The deck could not be removed"}
	DeckOpenFailed = Text{"デッキを開けませんでした", "The deck did not open"}
)

// homeTexts lists the home screen's strings, for textPairs.
func homeTexts() []Text {
	return []Text{HomeTitle, HomeCounts, HomeBuiltin, HomeFromLink, HomeFromFile, HomeUnread, HomeImport, HomeImportKey,
		HomePage, HomePrev, HomeNext, HomeHint, HomeAdded, HomeKnown, HomeAddFailed, HomeListError,
		DeckHome, DeckRemove, RemoveTitle, RemoveBody, RemoveConfirm, RemoveCancel, RemoveDone, RemoveFailed, DeckOpenFailed}
}
