package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
)

// factsOf extracts the facts of one sentence under a heading.
func factsOf(t *testing.T, sentence string) []extract.Fact {
	t.Helper()
	doc := parse(t, "names.txt", "見出し\n\n"+sentence+"\n")
	facts, err := extract.Extract([]*corpus.Document{doc})
	require.NoError(t, err)
	return facts
}

// Names the dictionary does not know are read whole: a foreign name
// joined by ・, a Japanese given name split into single kanji, and a name
// after a role label.
func TestPeopleTheDictionaryDoesNotKnow(t *testing.T) {
	for _, tt := range []struct{ sentence, name, role string }{
		{"工場の設計は、フランス人技師のポール・ルモワーヌが担当した。", "ポール・ルモワーヌ", ""},
		{"初代の場長には、地元の商人だった尾高惇忠が就いた。", "尾高惇忠", ""},
		{"発表によると、代表取締役社長: 川村翔太は新工場の稼働を急ぐ考えだ。", "川村翔太", "代表取締役社長"},
	} {
		facts := factsOf(t, tt.sentence)
		f := findFact(facts, "names", tt.name, deck.KindPerson, tt.name)
		if assert.NotNil(t, f, "%s: %v", tt.sentence, kindsKeys(facts, deck.KindPerson)) && tt.role != "" {
			assert.Equal(t, tt.role, f.Role, tt.sentence)
		}
	}
}

// An organization is named by a company form or by a name before its
// head; a generic modifier, or an activity after another noun, names none.
func TestOrganizationsNamedByTheirHead(t *testing.T) {
	for _, tt := range []struct{ sentence, org string }{
		{"新しい路線の車両は、株式会社スカイリンクが開発した。", "株式会社スカイリンク"},
		{"調査は南洋大学の研究班が2年かけて行った。", "南洋大学"},
		{"選手の多くは、地元の北陽建設で働きながら練習している。", "北陽建設"},
	} {
		facts := factsOf(t, tt.sentence)
		assert.NotNil(t, findFact(facts, "names", tt.org, deck.KindOrganization, tt.org), "%s: %v", tt.sentence, kindsKeys(facts, deck.KindOrganization))
	}
	for _, tt := range []struct{ sentence, notOrg string }{
		{"国立大学の学生が、地域の祭りを手伝った。", "国立大学"},
		{"台湾の企業による熊本工場建設が進み、地元の雇用が増えた。", "熊本工場建設"},
		{"防衛や宇宙の重要機関での人員削減が懸念されている。", "重要機関"},
	} {
		facts := factsOf(t, tt.sentence)
		assert.NotContains(t, kindsKeys(facts, deck.KindOrganization), tt.notOrg, tt.sentence)
	}
}

// 「…のことで」 defines a term as 「…のことである」 does.
func TestTermDefinedMidSentence(t *testing.T) {
	facts := factsOf(t, "リベロとは、守備だけを受け持つ選手のことで、ほかの選手と違う色のユニフォームを着る。")
	var got *extract.Fact
	for i, f := range facts {
		if f.Kind == deck.KindDefinition && f.Predicate == extract.DefinesTerm {
			got = &facts[i]
		}
	}
	if assert.NotNil(t, got, kindsKeys(facts, deck.KindDefinition)) {
		assert.Equal(t, "リベロ", got.Key)
		assert.Equal(t, "守備だけを受け持つ選手", got.Expansion)
	}
}

// A common name in brackets (通称) names the phrase before it.
func TestNicknameInBrackets(t *testing.T) {
	facts := factsOf(t, "町の農家にとって大切な、窒素を多く含む家畜のふん(通称:堆肥)の値段が上がった。")
	var got *extract.Fact
	for i, f := range facts {
		if f.Kind == deck.KindDefinition {
			got = &facts[i]
		}
	}
	if assert.NotNil(t, got, kindsKeys(facts, deck.KindDefinition)) {
		assert.Equal(t, "堆肥", got.Key)
		assert.Equal(t, "窒素を多く含む家畜のふん", got.Expansion)
		assert.Equal(t, extract.NamesTerm, got.Predicate)
	}
}

// A head office written as a label in a profile is where the body before
// the bracket has it.
func TestHeadOfficeLabel(t *testing.T) {
	facts := factsOf(t, "海辺バス(本社・静岡県松風町)は来月、新しい路線を開く。")
	f := findFact(facts, "names", "松風町", deck.KindPlace, "静岡県松風町")
	if assert.NotNil(t, f, kindsKeys(facts, deck.KindPlace)) {
		assert.Equal(t, "本社", f.Predicate)
	}
}

// What something was registered or designated as is the answer of the
// designation, without the name of who grants it or a rank before it.
func TestDesignations(t *testing.T) {
	for _, tt := range []struct{ sentence, status string }{
		{"2016年には、駅舎と車庫が重要文化財に指定された。", "重要文化財"},
		{"その湿地は2012年、国際自然保護連合(IUCN)の保護地域に登録された。", "保護地域"},
		{"村は2023年、県内で2番目の「景観保全地区」に認定された。", "景観保全地区"},
	} {
		facts := factsOf(t, tt.sentence)
		assert.Contains(t, kindsKeys(facts, deck.KindEvent), "event:"+tt.status, tt.sentence)
	}
}

// A name given in quotes (という名前, の通称, と名付け) is a fact, its
// reading left out; so is a business or a site named in quotes after what
// it is.
func TestQuotedNames(t *testing.T) {
	for _, tt := range []struct{ sentence, key string }{
		{"見つかった彗星には、発見した町にちなんで「あさぎり」という名前が付けられた。", "event:あさぎり"},
		{"地元では、その形から「鬼岩(おにいわ)」の通称で知られている。", "event:鬼岩"},
		{"新しい品種は、産地の名をとって「みなみ紅」と名付けられた。", "event:みなみ紅"},
		{"町の老舗茶商「青葉園」は、2020年に海外への販売を始めた。", "organization:青葉園"},
		{"荷物は道の駅「かわせみ」で受け取れる。", "place:道の駅「かわせみ」"},
	} {
		facts := factsOf(t, tt.sentence)
		var keys []string
		for _, k := range []string{deck.KindEvent, deck.KindOrganization, deck.KindPlace} {
			keys = append(keys, kindsKeys(facts, k)...)
		}
		assert.Contains(t, keys, tt.key, tt.sentence)
	}
	// What something is, then its name in quotes: the name is asked, the
	// category stays beside the blank.
	keys := kindsKeys(factsOf(t, "荷物を運ぶのは、同社が独自に開発した無人航空機(UAV)「KR-7」だ。"), deck.KindEvent)
	assert.Contains(t, keys, "event:KR-7")
	assert.NotContains(t, keys, "event:無人航空機(UAV)「KR-7」")
}

// Where something happened is the whole place the sentence gives, the
// prefecture with the town or site inside it, and the prefecture alone is
// not asked beside it.
func TestPlaceWithinAPlace(t *testing.T) {
	for _, tt := range []struct{ sentence, place, not string }{
		{"政府は1890年、長野県の岡谷に国営の試験場を設立した。", "place:長野県の岡谷", "place:長野県"},
		{"先月、静岡県の浜名湖博物館で開かれた講演会に参加した。", "place:静岡県の浜名湖博物館", "place:静岡県"},
	} {
		keys := kindsKeys(factsOf(t, tt.sentence), deck.KindPlace)
		assert.Contains(t, keys, tt.place, tt.sentence)
		assert.NotContains(t, keys, tt.not, tt.sentence)
	}
	assert.NotContains(t, kindsKeys(factsOf(t, "荷物は村内の8つの集落に届く。"), deck.KindPlace), "place:村内", "inside the village names no place")
}

// A claim to be a first is a fact with where or since when it is one.
func TestFirstClaims(t *testing.T) {
	for _, tt := range []struct{ sentence, key string }{
		{"この方式で橋を架けたのは、世界で初めてだという。", "relation:世界で初めて"},
		{"無人の駅で電子切符を導入するのは、県内で初めてです(当社調べ)。", "relation:県内で初めて"},
		{"町立の天文台としては、長野県で最初の例だった。", "relation:長野県で最初の例"},
		{"地元の高校が全国大会に出るのは、1990年に大会が始まって以来初めてだ。", "relation:以来初めて"},
	} {
		assert.Contains(t, kindsKeys(factsOf(t, tt.sentence), deck.KindRelation), tt.key, tt.sentence)
	}
	assert.NotContains(t, kindsKeys(factsOf(t, "初めての観望会は雨で中止になった。"), deck.KindRelation), "relation:初めて")
}

// A day without its year is dated by the post: one past, in the year
// before when its month is still to come; one planned, in the year ahead.
func TestYearOfADay(t *testing.T) {
	doc := parse(t, "blog.txt", "観望会の記録\n投稿日: 2025年9月14日\n\n次回の観望会は10月11日の予定で、木星がテーマだ。\n町の天文台では、11月3日に特別公開が行われた。\n")
	facts, err := extract.Extract([]*corpus.Document{doc})
	require.NoError(t, err)
	years := map[string]string{}
	for _, f := range facts {
		if f.Kind == deck.KindDate {
			years[f.Key] = f.Context
		}
	}
	assert.Equal(t, "2025年", years["10月11日"], "planned: still to come")
	assert.Equal(t, "2024年", years["11月3日"], "held: the last November before the post")
}

// A figure in brackets after a title (a book's year) glosses nothing.
func TestYearInBracketsIsNoGloss(t *testing.T) {
	facts := factsOf(t, "ウェント教授はSocial Theory of International Politics(1999)の中で、国家の行動を論じた。")
	assert.Empty(t, kindsKeys(facts, deck.KindDefinition, deck.KindAcronym))
}

// A word that points at a company named elsewhere is no organization.
func TestCompanyPointersAreNoNames(t *testing.T) {
	keys := kindsKeys(factsOf(t, "配送に使う機体は、スカイリンクが自社で開発した無人航空機です。"), deck.KindOrganization)
	assert.NotContains(t, keys, "organization:自社")
}
