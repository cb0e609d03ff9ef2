package locale

// The share sheet: the deck's link, and its QR code for a projector.
var (
	ShareButton   = Text{"共有", "Share"}
	ShareTitle    = Text{"このデッキを配る", "Share this deck"}
	ShareScan     = Text{"このQRコードを読み取るか、リンクを開くと、このデッキが追加されます。", "Scan this QR code or open the link to add this deck."}
	ShareNoQR     = Text{"このデッキはQRコードに入りきりません。リンクをコピーして配ってください。", "This deck is too large for a QR code: copy the link and hand it out."}
	ShareNoLink   = Text{"このデッキは大きすぎてリンクにできません。デッキのファイルを配ってください。", "This deck is too large for a link: hand out its file."}
	ShareCopy     = Text{"リンクをコピー", "Copy link"}
	ShareCopied   = Text{"リンクをコピーしました。", "The link was copied."}
	ShareNoCopy   = Text{"リンクをコピーできませんでした", "The link could not be copied"}
	ShareLinkWord = Text{"リンク", "Link"}
)

func shareTexts() []Text {
	return []Text{ShareButton, ShareTitle, ShareScan, ShareNoQR, ShareNoLink, ShareCopy, ShareCopied, ShareNoCopy, ShareLinkWord}
}
