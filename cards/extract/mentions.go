package extract

import (
	"regexp"
	"unicode"

	"factdeck/cards/deck"
)

// mentionFacts records the organizations and places a sentence names and
// the people it makes the doers of its claim, where no role, verb or value
// has already made them a fact: the institute an analyst speaks for
// (ハドソン研究所のケネス・ワインスタイン氏), the company that built a plant
// (トヨタ自動車は…建設し), the prefecture of the islands (沖縄県の尖閣諸島),
// the senator who stressed a need (ジョージ・グラス氏は…強調した). A
// student is asked for the name as the blank of its sentence. A document
// names such a thing again and again, so only its first mention counts
// (see oncePerDocument).
func (r *reading) mentionFacts() {
	t := r.toks
	for _, e := range r.ents {
		a, b := r.tokenAt(e.Start), r.tokenEndingAt(e.End)
		if a < 0 || b < 0 || inQuote(t, a) || inGloss(t, a) || r.hasFactAt(e.Start, e.End) {
			continue
		}
		switch e.Kind {
		case EntityOrganization:
			if r.standsAlone(a, b) && !t[a].latin() && !genericOrgs[e.Text] {
				r.addTokens(deck.KindOrganization, a, b, Fact{})
			}
		case EntityPlace:
			if r.namedPlace(a, b) {
				r.addTokens(deck.KindPlace, a, b, Fact{})
			}
		case EntityPerson:
			if e.Role == "" && r.doesSomething(b) {
				r.addTokens(deck.KindPerson, a, b, Fact{})
			}
		}
	}
}

// hasFactAt reports a fact already found on the span: an organization
// with its English name, a place where a summit was held, or a place that
// holds it (群馬県 of 群馬県の富岡, asked whole).
func (r *reading) hasFactAt(start, end int) bool {
	for _, f := range r.facts {
		if f.Start == start && f.End == end || f.Kind == deck.KindPlace && f.Start <= start && f.End >= end {
			return true
		}
	}
	return false
}

// eraWords after a place name a time or a style, not the place: 江戸時代,
// 京都風.
var eraWords = map[string]bool{"時代": true, "時期": true, "期": true, "風": true, "流": true, "式": true}

// hiraganaOnly reports a word in hiragana alone: a place name the
// dictionary found inside a longer word written in kana.
func hiraganaOnly(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return s != ""
}

// genericOrgs name an institution of any country, not one the corpus
// tells apart: asking for them teaches nothing.
var genericOrgs = map[string]bool{"政府": true, "議会": true, "上院": true, "下院": true, "政権": true}

// standsAlone reports a name that is not the first word of a longer term
// (the 上院 of 上院議員, the 国務省 of 国務省報道官), so that the blank is the
// whole name.
func (r *reading) standsAlone(a, b int) bool {
	t := r.toks
	if a > 0 && t[a-1].middleDot() {
		return false // the サウス of グローバル・サウス
	}
	return b >= len(t) || !contentNoun(t[b]) || t[b].proper()
}

// namedPlace reports a place a student can tell from others: a state, a
// prefecture, a city, a region (テキサス州, 熊本, ガザ地区), not a country
// named in every other sentence (日本, 米国, 日米) nor a place that only
// begins a longer name.
func (r *reading) namedPlace(a, b int) bool {
	t := r.toks
	for k := a; k < b; k++ {
		if t[k].country() || t[k].Surface == "日米" || t[k].Surface == "米" {
			return false
		}
	}
	if b < len(t) && (t[b].suffix() || collectives[t[b].Surface]) {
		return false // ワシントン発, アジア・欧州諸国, 中東情勢
	}
	if b < len(t) && (eraWords[t[b].Surface] || contentNoun(t[b]) && hiraganaOnly(r.spanText(a, b))) {
		return false // 江戸時代 is a time; みなと of みなと浜鉄道 begins a name
	}
	if b < len(t) && islandWords[t[b].Surface] {
		return false // 沖縄 of 沖縄本島 is half a name
	}
	if withinUnit.MatchString(r.spanText(a, b)) {
		return false // 村内の8つの集落: inside the village, no name
	}
	return b-a > 1 || len([]rune(t[a].Surface)) > 1
}

// islandWords make one name with the place before them: 沖縄本島.
var islandWords = map[string]bool{"本島": true, "本土": true, "半島": true, "列島": true, "諸島": true}

// withinUnit matches "inside (or outside) the unit" words the dictionary
// also lists as place names: 村内, 市内, 県外.
var withinUnit = regexp.MustCompile(`^[村市町県都府道区州国]内$|^[村市町県国]外$`)

// collectives follow a place that only qualifies them: the countries or
// the situation of a region, not the region itself.
var collectives = map[string]bool{"諸国": true, "情勢": true, "地域": true, "諸島": true}

// doesSomething reports a person named just before token b (with 氏 or
// not) who is the topic or subject of a clause: "ジョージ・グラス氏は…",
// "安倍晋三氏が伝えた…".
func (r *reading) doesSomething(b int) bool {
	t := r.toks
	if b < len(t) && honorifics[t[b].Surface] {
		b++
	}
	return b < len(t) && (t[b].is("は") || t[b].is("が"))
}

// inGloss reports a token inside round brackets that hold a gloss or an
// English expansion (中国名:釣魚島), not an example clause of the claim
// ("(例えば、トヨタ自動車はテキサス州に新工場を建設し、…)").
func inGloss(t []token, i int) bool {
	open := -1
	for k := 0; k < i; k++ {
		switch t[k].Surface {
		case "(":
			open = k
		case ")":
			open = -1
		}
	}
	if open < 0 {
		return false
	}
	for k := open + 1; k < len(t) && t[k].Surface != ")"; k++ {
		if t[k].verb() || t[k].comma() {
			return false
		}
	}
	return true
}
