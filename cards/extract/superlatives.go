package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// Superlative marks a relation read from a sentence that says what is the
// first, the largest, the only one (Fact.Predicate): its key is the thing
// that is, a name a student can be asked for.
const Superlative = "最上"

// superlativeWord finds the words of a first or a superlative.
var superlativeWord = regexp.MustCompile(`最も|最大|最小|最古|最新|最長|最高|最低|最初|初めて|初の|世界初|国内初|全国初|唯一|全国1位|1位`)

// nameRun is a name written in kanji and katakana (大浦川橋梁, 霧ヶ岳火山博物
// 館, 静岡県): no hiragana, which would make it a clause.
const nameRun = `([\p{Han}\p{Katakana}ー・]{2,16})`

var (
	// superlativeTopic matches the topic a sentence opens with: "霧ヶ岳
	// 火山博物館は、全国で初めて…博物館として知られる".
	superlativeTopic = regexp.MustCompile(`^(?:[^、。]{0,16}?)` + nameRun + `は、?`)
	// superlativeCleft matches what a cleft sentence names: "…全国1位だ
	// ったのは静岡県です", "最大の輸出先は米国で、".
	superlativeCleft = regexp.MustCompile(`(?:のは|は)、?` + nameRun + `(?:です|である|であった|だった|でした|で、)`)
)

// minTopicRunes is the shortest topic asked: a two-character common noun
// (標高, 生糸) is more often a measure than a name.
const minTopicRunes = 4

// firstClaim matches a sentence's claim to be a first, with where or
// since when, at its end: 世界で初めてだという, 国内で初めてです(当社調べ),
// 宮城県で最初の例だった, リーグが始まって以来初めてだと聞きました.
var firstClaim = regexp.MustCompile(`((?:世界|国内|全国|日本|[県市町村都道府]内|[\p{Han}]{1,6}(?:県|都|府|道|州|市|町|村|国|地方))で(?:は)?|以来)(初めて|最初の例|初)(?:だ|です|である|だった|であった|でした|となった|となる)(?:という|だという|と聞きました|とのこと)?(?:\([^)]{1,10}\))?。$`)

// firstFacts records the claim to be a first, asked with its scope: what
// a teacher asks of such a sentence is where or since when it is a first.
func (r *reading) firstFacts() {
	if m := firstClaim.FindStringSubmatchIndex(r.text); m != nil {
		r.add(deck.KindRelation, m[2], m[5], Fact{Predicate: FirstClaim})
	}
}

// FirstClaim marks a relation whose key is the claim to be a first with
// its scope (国内で初めて) (Fact.Predicate).
const FirstClaim = "初"

// superlativeFacts records the thing a sentence calls the first, the
// largest or the only one, and the claim to be a first.
func (r *reading) superlativeFacts() {
	r.firstFacts()
	text := r.text
	// A cleft names what the superlative before it picks out.
	if sup := superlativeWord.FindStringIndex(text); sup != nil {
		if m := superlativeCleft.FindStringSubmatchIndex(text); m != nil && m[0] > sup[0] {
			r.superlative(m[2], m[3])
			return
		}
	}
	// A topic is the first or the largest only when the sentence ends on
	// it, not in a clause on the way ("…対米最大の投資国としての地位や、…").
	last := strings.LastIndex(text, "、") + 1
	sup := superlativeWord.FindStringIndex(text[last:])
	if sup == nil {
		return
	}
	if m := superlativeTopic.FindStringSubmatchIndex(text); m != nil && m[1] <= sup[0]+last && utf8.RuneCountInString(text[m[2]:m[3]]) >= minTopicRunes {
		r.superlative(m[2], m[3])
	}
}

// superlative records the name at text[start:end], unless another fact
// already asks for it or it is a word that points back (この, 同).
func (r *reading) superlative(start, end int) {
	name := r.text[start:end]
	if r.hasFactAt(start, end) || strings.HasPrefix(name, "同") || strings.HasPrefix(name, "当") {
		return
	}
	r.add(deck.KindRelation, start, end, Fact{Predicate: Superlative})
}
