package locale

// The settings screen: its title, the two pages, each choice's label and
// the words on its controls. The language choice is written in each
// language's own name, so a student who cannot read the other one can
// still find theirs.
var (
	Settings      = Text{"設定", "Settings"}
	PageDisplay   = Text{"表示", "Display"}
	PageStudy     = Text{"学習", "Study"}
	Language      = Text{"言語 / Language", "Language / 言語"}
	LangJapanese  = Text{"日本語", "日本語"}
	LangEnglish   = Text{"English", "English"}
	TextSize      = Text{"文字の大きさ", "Text size"}
	TextSizeSmall = Text{"小", "S"}
	TextSizeStd   = Text{"標準", "M"}
	TextSizeLarge = Text{"大", "L"}
	TextSizeXL    = Text{"特大", "XL"}
	Theme         = Text{"配色", "Colours"}
	ThemeDark     = Text{"ダーク", "Dark"}
	ThemeLight    = Text{"ライト", "Light"}
	ThemeContrast = Text{"高コントラスト", "High contrast"}
	Sound         = Text{"効果音", "Sound"}
	// Furigana switches readings over kanji.
	Furigana      = Text{"ふりがな", "Furigana"}
	On            = Text{"オン", "On"}
	Off           = Text{"オフ", "Off"}
	NewPerDay     = Text{"1日の新しいカード", "New cards a day"}
	ReviewsPerDay = Text{"1日の復習の上限", "Reviews a day, at most"}
	Retention     = Text{"目標の定着率", "Desired retention"}
	// RetentionNote says what the retention does.
	RetentionNote = Text{"高いほど復習が増えます", "Higher means more reviews"}
	QuizSchedules = Text{"クイズの答えで復習日を変える", "Quiz answers move reviews"}
)

func settingsTexts() []Text {
	return []Text{Settings, PageDisplay, PageStudy, Language, LangJapanese, LangEnglish,
		TextSize, TextSizeSmall, TextSizeStd, TextSizeLarge, TextSizeXL,
		Theme, ThemeDark, ThemeLight, ThemeContrast, Sound, Furigana, On, Off,
		NewPerDay, ReviewsPerDay, Retention, RetentionNote, QuizSchedules}
}
