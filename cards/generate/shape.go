package generate

import (
	"regexp"
	"strings"
	"unicode"

	"factdeck/cards/deck"
)

// Shape classes: what a key is, for choosing its distractors and wording.
const (
	classDate   = "date"
	classAmount = "amount"
	classPerson = "person"
	classOrg    = "organization"
	classPlace  = "place"
	classCell   = "cell"
	classTerm   = "term" // an acronym or expansion of something not an organization
)

// shape is what a key is and how it is written. Distractors come from the
// pool of the same shape: a percent for a percent, a full date for a full
// date, a katakana name for a katakana name.
type shape struct {
	class  string
	pool   string // the pool key: class and form
	date   date   // for classDate
	amount amount // for classAmount
}

// shapeOf classifies the fact's key; ok is false for a key no distractor
// could stand in for.
func shapeOf(f *fact) (shape, bool) {
	if f.kind == deck.KindTable {
		if t, _, ok := tableOf(f); !ok || f.column == "" || len(t.Columns) > 0 && f.column == t.Columns[0] {
			return shape{}, false // a row's own header asks nothing
		}
		return shape{class: classCell, pool: classCell + ":" + f.doc.ID + ":" + f.column}, true
	}
	if f.kind == deck.KindAcronym {
		return acronymShape(f)
	}
	if class := nameClass(f.kind); class != "" {
		return shape{class: class, pool: class + ":" + script(f.key)}, true
	}
	if !isValueKind(f.kind) {
		// An event or relation may hold a date or a sum in its key
		// ("25%の関税"), but what it asks is the whole span.
		return shape{}, false
	}
	if d, ok := parseDate(f.key); ok {
		return shape{class: classDate, pool: classDate + ":" + d.shape(), date: d}, true
	}
	if a, ok := parseAmount(f.key); ok {
		return shape{class: classAmount, pool: classAmount + ":" + a.unit + dimensionOf(f), amount: a}, true
	}
	return shape{}, false
}

// dimensions are the quantities a sentence names before a measure (標高
// 2,214メートル, 水深約1,600メートル). Two values in one unit but of
// different quantities are no distractors for each other: a mountain's
// height offered for a vent's depth is plainly out of place.
var dimensions = regexp.MustCompile(`(標高|海抜|水深|深さ|高さ|全長|長さ|距離|延長|幅|面積|人口|気温|水温|温度|重さ|重量|体重|身長|速度|時速|秒速|直径|半径)(?:は|が|の|で|を|約|およそ|最高|最大|最低|平均|、|\s)*$`)

// dimensionOf is "/" and the quantity the sentence names just before f's
// key, or "" for none.
func dimensionOf(f *fact) string {
	if f.start < 0 || f.start > len(f.sentence) {
		return ""
	}
	before := f.sentence[:f.start]
	if len(before) > 30 {
		before = before[len(before)-30:]
	}
	if m := dimensions.FindStringSubmatch(strings.ToValidUTF8(before, "")); m != nil {
		return "/" + m[1]
	}
	return ""
}

// isValueKind reports the kinds whose key is a date or an amount.
func isValueKind(kind string) bool {
	switch kind {
	case deck.KindDate, deck.KindNumber, deck.KindPercent, deck.KindMoney:
		return true
	}
	return false
}

// nameClass maps the kinds of facts and entities that name something to
// the class of their names.
func nameClass(kind string) string {
	switch kind {
	case deck.KindPerson:
		return classPerson
	case deck.KindOrganization, deck.KindAcronym:
		return classOrg
	case deck.KindPlace:
		return classPlace
	}
	return ""
}

// script tells how a name is written, so that distractors look alike: an
// acronym in Latin capitals, a foreign name in katakana (with its parts
// joined by ・, as in ドナルド・J・トランプ, or alone), a name in kanji (one
// character, a surname, or a full name).
func script(s string) string {
	runes := []rune(s)
	latin := strings.IndexFunc(s, func(r rune) bool { return r > unicode.MaxASCII }) < 0
	katakana := strings.IndexFunc(s, func(r rune) bool {
		return !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '・' && !unicode.IsSpace(r) && r > unicode.MaxASCII
	}) < 0
	switch {
	case s == "":
		return "none"
	case latin:
		return "latin"
	case katakana && strings.IndexFunc(s, unicode.IsUpper) >= 0:
		return "katakana-initial" // ドナルド・J・トランプ
	case katakana && strings.ContainsRune(s, '・'):
		return "katakana-full"
	case katakana:
		return "katakana"
	case len(runes) == 1:
		return "kanji-1" // 林, 郭; 中, 露 for a country
	case len(runes) == 2:
		return "kanji-short"
	}
	return "kanji"
}

// acronymShape puts an acronym with the acronyms of its class, an
// expansion with the expansions: organizations apart from other terms.
func acronymShape(f *fact) (shape, bool) {
	_, exp, ok := acronymPair(f)
	if !ok {
		return shape{}, false
	}
	class := classTerm
	if isOrgName(exp) {
		class = classOrg
	}
	return shape{class: class, pool: class + ":" + script(f.key)}, true
}
