package locale

// The Teacher screen: a quiz picked from a deck, saved, exported, shared
// and started.
var (
	TeacherButton     = Text{"先生用", "Teacher"}
	TeacherTitle      = Text{"小テストを作る", "Make a quiz"}
	TeacherName       = Text{"小テストの名前", "Quiz name"}
	TeacherSearch     = Text{"本文を検索", "Search text"}
	TeacherTag        = Text{"話題", "Topic"}
	TeacherKind       = Text{"事実", "Fact"}
	TeacherType       = Text{"形式", "Type"}
	TeacherSource     = Text{"出典", "Source"}
	TeacherAny        = Text{"すべて", "all"}
	TeacherConflicts  = Text{"異なる出典: 含む", "Disputed: in"}
	TeacherNoConflict = Text{"異なる出典: 除く", "Disputed: out"}
	TeacherRandom     = Text{"%d枚を選ぶ", "Pick %d"}
	TeacherSeed       = Text{"シード %d", "Seed %d"}
	TeacherOffered    = Text{"候補 %d", "Cards %d"}
	TeacherPicked     = Text{"小テスト %d", "Quiz %d"}
	TeacherNoneOffer  = Text{"条件に合うカードがありません", "No card matches"}
	TeacherNonePicked = Text{"まだカードを選んでいません。候補の行をタップすると加わります。", "No card picked yet: tap a card in the list to add it."}
	TeacherUp         = Text{"上へ", "Up"}
	TeacherDown       = Text{"下へ", "Down"}
	TeacherPreview    = Text{"プレビュー", "Preview"}
	TeacherSave       = Text{"保存・書き出し", "Save / export"}
	TeacherStart      = Text{"開始", "Start"}
	TeacherEmpty      = Text{"先にカードを選んでください。", "Pick some cards first."}
	TeacherSaveTitle  = Text{"小テストを保存", "Save the quiz"}
	TeacherSaveHome   = Text{"ホームに追加", "Add to home"}
	TeacherSaveFile   = Text{"デッキのファイル", "Deck file"}
	TeacherSaved      = Text{"「%s」をホームに追加しました。", "%s was added to the home screen."}
	TeacherWritten    = Text{"%sに保存しました。", "Saved as %s."}
	// TeacherPreparing says a file takes a moment (its module is fetched
	// on the first export); TeacherBusy, that one is still being made.
	TeacherPreparing = Text{"%sを作成しています…", "Making %s…"}
	TeacherBusy      = Text{"前のファイルを作成中です。保存されるまでお待ちください。", "Still making the last file; wait until it is saved."}
	TeacherNotSaved  = Text{"保存できませんでした", "Could not save"}
	TeacherClear     = Text{"すべて外す", "Clear"}
	TeacherCut       = Text{"（%d件の注意：形式に入りきらないカードがあります）", " (%d warnings: some cards do not fit the format)"}
)

// Card types and fact kinds as the Teacher screen's filters name them.
var (
	TypeNames = map[string]Text{
		"cloze": {"空所", "Cloze"}, "mcq": {"選択", "Choice"}, "truefalse": {"正誤", "True/false"},
		"numeric": {"数値", "Number"}, "basic": {"一問一答", "Q&A"}, "order": {"並べ替え", "Order"}, "match": {"組み合わせ", "Match"},
	}
	KindNames = map[string]Text{
		"date": {"日付", "Date"}, "number": {"数", "Number"}, "percent": {"割合", "Percent"}, "money": {"金額", "Money"},
		"person": {"人物", "Person"}, "organization": {"組織", "Organization"}, "place": {"場所", "Place"},
		"acronym": {"略語", "Acronym"}, "definition": {"定義", "Definition"}, "table": {"表", "Table"},
		"event": {"出来事", "Event"}, "relation": {"関係", "Relation"},
	}
)

func teacherTexts() []Text {
	out := []Text{TeacherButton, TeacherTitle, TeacherName, TeacherSearch, TeacherTag, TeacherKind, TeacherType, TeacherSource,
		TeacherAny, TeacherConflicts, TeacherNoConflict, TeacherRandom, TeacherSeed, TeacherOffered, TeacherPicked,
		TeacherNoneOffer, TeacherNonePicked, TeacherUp, TeacherDown, TeacherPreview, TeacherSave, TeacherStart, TeacherEmpty,
		TeacherSaveTitle, TeacherSaveHome, TeacherSaveFile, TeacherSaved, TeacherWritten, TeacherNotSaved, TeacherClear, TeacherCut, TeacherPreparing, TeacherBusy}
	for _, names := range []map[string]Text{TypeNames, KindNames} {
		for _, t := range names {
			out = append(out, t)
		}
	}
	return out
}
