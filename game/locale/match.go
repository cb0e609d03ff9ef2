package locale

// The Match game: join each tile to its partner as fast as you can.
var (
	MatchButton   = Text{"マッチ", "Match"}
	MatchTitle    = Text{"マッチ", "Match"}
	MatchHowTo    = Text{"組になる2枚を続けてタップするか、1枚を相手の上へドラッグします。間違えると1秒たされます。", "Tap two tiles that go together, or drag one onto the other. A wrong pair adds a second."}
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
	MatchKeys     = Text{"←↑↓→ で移動、Space か Enter で選ぶ。タイルを相手の上へドラッグしても組にできます。", "←↑↓→ move, Space or Enter picks. Dragging a tile onto its partner pairs them too."}
)

func matchTexts() []Text {
	return []Text{MatchButton, MatchTitle, MatchHowTo, MatchTime, MatchMisses, MatchBest, MatchNoBest, MatchDone,
		MatchNewBest, MatchAgain, MatchTooFew, MatchTileWord, MatchChosen, MatchKeys}
}
