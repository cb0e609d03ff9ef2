// Package locale holds every string the app draws on screen, so that one
// test can check each character against the embedded font's cmap: a glyph
// missing from a subset font draws nothing, silently.
package locale

// Japanese UI strings. The app's audience reads Japanese; the corpus is
// Japanese, so the interface speaks it too.
const (
	AppTitle      = "factdeck"
	DeckScreen    = "デッキ"
	Cards         = "枚"
	Due           = "復習"
	New           = "新規"
	Start         = "学習を始める"
	StartHint     = "Enter またはクリックで開始"
	Flip          = "答えを見る"
	FlipHint      = "Space / Enter / クリックでめくる"
	Again         = "もう一度"
	Hard          = "難しい"
	Good          = "正解"
	Easy          = "簡単"
	GradeHint     = "1〜4 キーで評価"
	Source        = "出典"
	Answer        = "答え"
	Question      = "問題"
	Done          = "今日の学習はおしまい"
	DoneHint      = "Enter でデッキに戻る"
	Back          = "戻る"
	Progress      = "進み具合"
	Reviewed      = "学習済み"
	Remaining     = "残り"
	Conflict      = "資料によって記述が異なります"
	Loading       = "読み込み中…"
	ErrorTitle    = "エラー"
	TrueLabel     = "正しい"
	FalseLabel    = "誤り"
	ChoicesHeader = "選択肢"
	ConflictMark  = "※"
	// Symbols holds the punctuation and letters that scenes put around
	// deck text (separators, quotes, choice letters).
	Symbols = "0123456789/%()[]:.,-+ ・「」（）、ABCDEFGH"
)

// All lists every UI string, for the font coverage test.
func All() []string {
	return []string{
		AppTitle, DeckScreen, Cards, Due, New, Start, StartHint, Flip, FlipHint,
		Again, Hard, Good, Easy, GradeHint, Source, Answer, Question, Done,
		DoneHint, Back, Progress, Reviewed, Remaining, Conflict, Loading,
		ErrorTitle, TrueLabel, FalseLabel, ChoicesHeader, ConflictMark, Symbols,
	}
}
