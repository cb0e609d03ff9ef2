package locale

// The Match game: join each tile to its partner as fast as you can.
var (
	MatchButton   = Text{"マッチ", "Match"}
	MatchTitle    = Text{"マッチ", "Match"}
	MatchHowTo    = Text{"組になる2枚を続けてタップします。間違えると1秒たされます。", "Tap two tiles that go together. A wrong pair adds a second."}
	MatchTime     = Text{"時間 %.1f秒", "Time %.1fs"}
	MatchMisses   = Text{"ミス %d", "Misses %d"}
	MatchBest     = Text{"ベスト %.1f秒", "Best %.1fs"}
	MatchNoBest   = Text{"ベストはまだありません", "No best time yet"}
	MatchDone     = Text{"完成！ %.1f秒", "Done! %.1fs"}
	MatchNewBest  = Text{"ベストを更新しました！", "A new best time!"}
	MatchAgain    = Text{"もう一度", "Play again"}
	MatchTooFew   = Text{"このデッキには、マッチに使える組が足りません。", "This deck states too few pairs for Match."}
	MatchTileWord = Text{"タイル", "Tile"}
	MatchChosen   = Text{"（選択中）", " (chosen)"}
)

func matchTexts() []Text {
	return []Text{MatchButton, MatchTitle, MatchHowTo, MatchTime, MatchMisses, MatchBest, MatchNoBest, MatchDone,
		MatchNewBest, MatchAgain, MatchTooFew, MatchTileWord, MatchChosen}
}
