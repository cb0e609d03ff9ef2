package locale

// Browse's filter sheet: the filters by card type, fact kind, source and
// tag, and the order of the list.
var (
	BrowseFilter       = Text{"条件", "Filter"}
	BrowseFilterCount  = Text{"条件（%d）", "Filter (%d)"}
	BrowseFilterTitle  = Text{"条件と順番", "Filter and sort"}
	BrowsePageSort     = Text{"順番", "Sort"}
	BrowsePageType     = Text{"形式", "Type"}
	BrowsePageKind     = Text{"種類", "Kind"}
	BrowsePageSource   = Text{"出典", "Source"}
	BrowsePageTag      = Text{"タグ", "Tag"}
	BrowseSortDeck     = Text{"デッキ順", "Deck order"}
	BrowseSortDue      = Text{"期限順", "Due date"}
	BrowseSortSource   = Text{"出典順", "Source"}
	BrowseSortText     = Text{"本文順", "Text"}
	BrowseFilterClear  = Text{"条件を解除", "Clear"}
	BrowseFilterNoTags = Text{"このデッキのカードにはタグがありません。", "This deck's cards have no tags."}
)

// CardTypeNames name the card types (deck.Types) as a student reads
// them.
var CardTypeNames = map[string]Text{
	"cloze":     {"空所補充", "Fill in the blank"},
	"mcq":       {"選択式", "Multiple choice"},
	"truefalse": {"正誤", "True or false"},
	"numeric":   {"数値", "Number"},
	"basic":     {"一問一答", "Question and answer"},
	"order":     {"順序", "Order"},
	"match":     {"組み合わせ", "Matching"},
}

// FactKindNames name the fact kinds (deck.Kinds).
var FactKindNames = map[string]Text{
	"date":         {"日付", "Date"},
	"number":       {"数", "Number"},
	"percent":      {"割合", "Percentage"},
	"money":        {"金額", "Money"},
	"person":       {"人物", "Person"},
	"organization": {"組織", "Organization"},
	"place":        {"地名", "Place"},
	"acronym":      {"略語", "Acronym"},
	"definition":   {"定義", "Definition"},
	"table":        {"表", "Table"},
	"event":        {"出来事", "Event"},
	"relation":     {"関係", "Relation"},
}

// NameIn is the name names gives value in l, or value itself for one it
// does not know (a deck from a newer format).
func NameIn(names map[string]Text, value string, l Lang) string {
	if t, ok := names[value]; ok {
		return t.In(l)
	}
	return value
}

func browseFilterTexts() []Text {
	out := []Text{BrowseFilter, BrowseFilterCount, BrowseFilterTitle, BrowsePageSort, BrowsePageType, BrowsePageKind,
		BrowsePageSource, BrowsePageTag, BrowseSortDeck, BrowseSortDue, BrowseSortSource, BrowseSortText,
		BrowseFilterClear, BrowseFilterNoTags}
	for _, names := range []map[string]Text{CardTypeNames, FactKindNames} {
		for _, t := range names {
			out = append(out, t)
		}
	}
	return out
}
