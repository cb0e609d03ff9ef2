// Package locale holds every string the app draws on screen, so that one
// test can check each character against the embedded font's cmap: a glyph
// missing from a subset font draws nothing, silently.
package locale

// Japanese UI strings. The app's audience reads Japanese; the corpus is
// Japanese, so the interface speaks it too.
const (
	DeckScreen   = "デッキ"
	Cards        = "枚"
	Due          = "復習"
	New          = "新規"
	Start        = "学習を始める"
	StartHint    = "Enter またはクリックで開始"
	Flip         = "答えを見る"
	Again        = "もう一度"
	Hard         = "難しい"
	Good         = "正解"
	Easy         = "簡単"
	Source       = "出典"
	MoreSources  = "ほか %d 件の出典"
	Answer       = "答え"
	Question     = "問題"
	Done         = "今日の学習はおしまい"
	Back         = "戻る"
	Reviewed     = "学習済み"
	Remaining    = "残り"
	Conflict     = "資料によって記述が異なります"
	TrueLabel    = "正しい"
	FalseLabel   = "誤り"
	ConflictMark = "※"
	SaveFailed   = "進み具合を保存できませんでした"
	NotSaved     = "※保存されていません"
	Quiz         = "クイズ"
	Learning     = "学習中"
	NextDueIn    = "次のカードまで"
	Minutes      = "分"
	Correct      = "正解！"
	Wrong        = "不正解"
	YourAnswer   = "あなたの答え"
	Submit       = "答える"
	Next         = "次へ"
	Score        = "得点"
	Time         = "時間"
	Seconds      = "秒"
	Mistakes     = "間違えた問題"
	NoMistakes   = "全問正解です"
	Reset        = "やり直す"
	TypeHint     = "答えを入力して Enter"
	PageHint     = "← → でページ送り"
	Unit         = "単位"
	// Notices about saved progress; %s are paths and times.
	NoticeDamaged     = "保存された進み具合が壊れていたため、%s に移して直前の正常な状態から始めました。"
	NoticeNewer       = "進み具合は新しい版の factdeck で保存されていたため、%s に移しました（その版なら読めます）。"
	NoticeRestored    = "進み具合を %s のバックアップ（%s 保存）から復元しました。"
	NoticeUnavailable = "ブラウザの保存領域が使えません（プライベートモードなど）。進み具合はこのタブを閉じると消えます。書き出して保存してください。"
	NoticeFull        = "ブラウザの保存領域がいっぱいです。これ以降の進み具合は保存されません。書き出して保存してください。"
	NoticeInUse       = "進み具合のフォルダ %s は別の factdeck が使用中です。このウィンドウでの学習は保存されません。もう一方を閉じてから開き直してください。"
	NoticeInUseTab    = "factdeck は別のタブでも開かれています。このタブでの学習は保存されません。もう一方のタブを閉じてから再読み込みしてください。"
	// Moving progress in and out of the app as a file (the browser's).
	Export         = "書き出す"
	ExportHint     = "進み具合をファイルに保存"
	Import         = "読み込む"
	ImportHint     = "書き出したファイルから"
	BackupKeys     = "E で進み具合を書き出し、I で読み込み。"
	NoticeExported = "進み具合を %s として書き出しました（ブラウザのダウンロード先）。"
	NoticeImported = "進み具合をファイルから読み込みました（回答 %d 件）。"
	ImportFailed   = "ファイルを読み込めませんでした。進み具合は変わっていません"
	ExportFailed   = "進み具合を書き出せませんでした"
	// Answers that the sources disagree on, and a wrong typed answer the
	// student declares right.
	Accepted      = "正解（出典によって答えが異なります）"
	Overridden    = "正解に変更しました"
	OtherAnswers  = "別の出典の答え"
	IWasRight     = "正解にする"
	IWasRightHint = "自分の答えも正しい"
	Ordinal       = "番目: "
	PairMark      = " ⇔ "
	// Symbols holds the punctuation and letters that scenes put around
	// deck text (separators, quotes, choice letters).
	Symbols = "0123456789/%()[]:.,-+ ・「」（）、ABCDEFGH"
	// KeyNames are how key hints write the keys scenes bind.
	KeyNames = "Space Enter Esc ← → U Q E I R N A S O D"
)

// All lists every UI string, for the font coverage test.
func All() []string {
	out := append(constTexts(), neutral()...)
	out = append(out, englishStrings()...)
	return append(out, texts(textPairs()...)...)
}

// constTexts are the Japanese UI constants: each has its English in the
// english table (a test checks).
func constTexts() []string {
	return append(deckOpenStrings(),
		DeckScreen, MoreSources, Cards, Due, New, Start, StartHint, Flip,
		Again, Hard, Good, Easy, Source, Answer, Question, Done,
		Back, Reviewed, Remaining, Conflict,
		SaveFailed, NotSaved, Quiz, Learning, NextDueIn, Minutes,
		Correct, Wrong, YourAnswer, Submit, Next, Score, Time, Seconds,
		Mistakes, NoMistakes, Reset, TypeHint, PageHint, Unit, Ordinal,
		NoticeDamaged, NoticeNewer, NoticeRestored, NoticeUnavailable, NoticeFull, NoticeInUse, NoticeInUseTab,
		Accepted, Overridden, OtherAnswers, IWasRight, IWasRightHint,
		Export, ExportHint, Import, ImportHint, BackupKeys, NoticeExported, NoticeImported, ImportFailed, ExportFailed,
	)
}

// neutral are the strings that read the same in both languages (marks,
// key names), and the true/false answers, which belong to the deck's
// cards (their content stays in the deck's language) and are what a
// student's answer is checked against.
func neutral() []string {
	return []string{ConflictMark, PairMark, Symbols, KeyNames, TrueLabel, FalseLabel}
}
