package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/extract"
)

// The corpus disagrees with itself in three known ways; each gives linked
// facts, both ways.
func TestConflictsOnCorpus(t *testing.T) {
	_, facts := realCorpus(t)
	byID := map[string]*extract.Fact{}
	for i := range facts {
		byID[facts[i].ID] = &facts[i]
	}
	linked := func(a, b *extract.Fact) bool {
		return a != nil && b != nil && contains(a.Conflicts, b.ID) && contains(b.Conflicts, a.ID)
	}
	tests := []struct {
		name string
		a, b *extract.Fact
	}{
		{"001 has 岸田 as prime minister, others 石破",
			findFact(facts, "001", "岸田文雄首相がワシントン", "person", "岸田文雄"),
			findFact(facts, "003", "日本の石破茂首相は", "person", "石破茂")},
		{"001 dates the first summit 2026年3月, 003 2025年2月7日",
			findFact(facts, "001", "岸田文雄首相がワシントン", "date", "2026年3月"),
			findFact(facts, "003", "日本の石破茂首相は", "date", "2025年2月7日")},
		{"001's summit against 004's 2月7日",
			findFact(facts, "001", "2026年3月に行われた岸田首相", "date", "2026年3月"),
			findFact(facts, "004", "2月7日にワシントンで行われた", "date", "2月7日")},
		{"000 expands IPEF two ways",
			findFact(facts, "000", "IPEF(インド太平洋経済枠組み)", "acronym", "IPEF"),
			findFact(facts, "000", "環太平洋経済連携協定(IPEF)", "acronym", "IPEF")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotNil(t, tt.a)
			require.NotNil(t, tt.b)
			assert.True(t, linked(tt.a, tt.b))
		})
	}
	for _, f := range facts {
		for _, id := range f.Conflicts {
			other := byID[id]
			require.NotNil(t, other, "conflict %s of %s names no fact", id, f.ID)
			assert.Contains(t, other.Conflicts, f.ID, "links go both ways")
			assert.Equal(t, f.Kind, other.Kind, "a conflict is between facts of one kind")
		}
	}
}

// No conflict where the sources agree or speak of different things.
func TestNoFalseConflicts(t *testing.T) {
	_, facts := realCorpus(t)
	quiet := []struct{ doc, in, kind, key string }{
		{"003", "ネタニヤフ首相", "person", "ネタニヤフ"},              // Israel's prime minister
		{"003", "安倍晋三元首相", "person", "安倍晋三"},               // a former one
		{"004", "岸田元首相は2023年", "person", "岸田"},             // a former one
		{"003", "コロンビアのペトロ大統領", "person", "ペトロ"},           // Colombia's president
		{"004", "アメリカ合衆国国際開発庁(USAID)", "acronym", "USAID"}, // one agency, two wordings
		{"003", "日米安保条約は1951年に締結", "date", "1951年"},
		{"002", "2月の首脳会談でも", "date", "2月"},  // agrees with 2025年2月7日
		{"000", "菅義偉官房長官", "person", "菅義偉"}, // in 2019; 002's 林 in 2025
		{"002", "林官房長官は、トランプ", "person", "林"},
	}
	for _, q := range quiet {
		f := findFact(facts, q.doc, q.in, q.kind, q.key)
		require.NotNil(t, f, q.in)
		assert.Empty(t, f.Conflicts, q.in)
	}
}

func TestConflictsNeedSamePost(t *testing.T) {
	a := parse(t, "a.txt", "2025年3月1日\n\n日本の石破茂首相はワシントンを訪れた。\n")
	b := parse(t, "b.txt", "2025年3月1日\n\nイスラエルのネタニヤフ首相はワシントンを訪れた。\n")
	facts, err := extract.Extract([]*corpus.Document{a, b})
	require.NoError(t, err)
	for _, f := range facts {
		assert.Empty(t, f.Conflicts, "%s %s", f.Kind, f.Key)
	}
}

// Two holders of one post are a disagreement when both sentences tell one
// occasion (they name the same other person), not when they share no one:
// those may be holders at different times.
func TestConflictsNeedOneOccasion(t *testing.T) {
	for _, tt := range []struct {
		other    string
		conflict bool
	}{{"ジョーンズ", false}, {"スミス", true}} {
		a := parse(t, "a.txt", "2025年3月1日\n\n日本の山田太郎首相はワシントンで"+tt.other+"国務長官と会談した。\n")
		b := parse(t, "b.txt", "2025年3月1日\n\n日本の鈴木一郎首相はスミス国務長官とパリで会談した。\n")
		facts, err := extract.Extract([]*corpus.Document{a, b})
		require.NoError(t, err)
		var pms []string
		for _, f := range facts {
			if f.Kind == "person" && f.Role == "首相" {
				pms = append(pms, f.Key)
				assert.Equal(t, tt.conflict, len(f.Conflicts) > 0, "%s, with %s", f.Key, tt.other)
			}
		}
		assert.Equal(t, []string{"山田太郎", "鈴木一郎"}, pms)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
