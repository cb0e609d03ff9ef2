package locale

// Why the deck that the page's address names did not open (the browser's
// #deck= link or ?deck= file). The app then opens the built-in deck and
// says so with BuiltinInstead, so the student is never left with a blank
// page nor silently given another deck. %s is a file name, %d a number.
const (
	DeckLinkFailed     = "共有リンクのデッキを開けませんでした。"
	DeckFileFailed     = "デッキファイル「%s」を開けませんでした。"
	BuiltinInstead     = "代わりに、最初から入っているデッキを開いています。"
	ReasonLinkTooLong  = "リンクが長すぎます（上限 %d 文字）。大きなデッキはファイルで配ってください。"
	ReasonLinkEncoding = "リンクに使えない文字が入っています。リンクが書き換えられたおそれがあります。"
	ReasonLinkDamaged  = "リンクのデータが壊れているか、一部が欠けています。リンクを最後までコピーしたか、先生に確かめてください。"
	ReasonLinkTooLarge = "リンクのデータを展開すると大きすぎます。"
	ReasonLinkNotDeck  = "リンクのデータは factdeck のデッキとして正しくありません。"
	ReasonLinkOther    = "リンクを読み取れませんでした。"
	ReasonDeckEmpty    = "デッキにカードがありません。"
	ReasonFileName     = "ファイル名に使えるのは英数字と . _ - だけで、.json で終わる、index.html と同じ場所のファイルです。"
	ReasonFileMissing  = "ファイルが見つかりません（HTTP 404）。ファイル名を確かめてください。"
	ReasonFileHTTP     = "サーバーがエラーを返しました（HTTP %d）。"
	ReasonFileTooLarge = "ファイルが大きすぎます。"
	ReasonFileNetwork  = "ネットワークに接続できないか、読み込みが中断されました。"
	ReasonFileNotDeck  = "ファイルの内容が factdeck のデッキとして正しくありません。"
	ReasonPickNone     = "リンクのカードは、このアプリの組み込みデッキにひとつもありません。アプリが古いか新しいおそれがあります。"
	PickMissing        = "リンクのカードのうち %d 枚は、このアプリの組み込みデッキにないため除きました。"
)

// deckOpenStrings lists the strings above for All.
func deckOpenStrings() []string {
	return []string{
		DeckLinkFailed, DeckFileFailed, BuiltinInstead, ReasonLinkTooLong, ReasonLinkEncoding,
		ReasonLinkDamaged, ReasonLinkTooLarge, ReasonLinkNotDeck, ReasonLinkOther, ReasonDeckEmpty,
		ReasonFileName, ReasonFileMissing, ReasonFileHTTP, ReasonFileTooLarge, ReasonFileNetwork, ReasonFileNotDeck,
		ReasonPickNone, PickMissing,
	}
}
