package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// linkConflicts links facts that contradict each other, both ways. It is
// conservative: it links only when the same role, event or acronym is
// given different values.
//
//   - A role held by two different people: 首相 石破茂 in four documents,
//     岸田文雄 in another, each meeting トランプ. Former and future holders
//     (元首相, 次期, 候補) are no contradiction, nor are the leaders of two
//     countries, nor holders on occasions that share no one (官房長官 菅義偉
//     on the alliance, 林 answering トランプ).
//   - The date of a summit told with a different leader at a different
//     date: the first summit with the Japanese prime minister, 2025年2月7日
//     with 石破 here, 2026年3月 with 岸田 there.
//   - An acronym given two expansions that name different things: IPEF as
//     インド太平洋経済枠組み and as 環太平洋経済連携協定 (米国際開発庁 and
//     アメリカ合衆国国際開発庁 name one agency and are no conflict).
func linkConflicts(facts []Fact) {
	links := map[int]map[int]bool{}
	link := func(i, j int) {
		if i == j || facts[i].ID == facts[j].ID {
			return
		}
		for _, p := range [][2]int{{i, j}, {j, i}} {
			if links[p[0]] == nil {
				links[p[0]] = map[int]bool{}
			}
			links[p[0]][p[1]] = true
		}
	}
	holders := roleHolders(facts)
	roleConflicts(facts, holders, link)
	summitConflicts(facts, holders, link)
	acronymConflicts(facts, link)
	for i, js := range links {
		for j := range js {
			facts[i].Conflicts = append(facts[i].Conflicts, facts[j].ID)
		}
		sort.Strings(facts[i].Conflicts)
	}
}

// post is a role in a country: {日本 首相}.
type post struct{ nation, role string }

// currentPost returns the post a person fact says its person holds now,
// and false for a former, future or would-be holder or an unknown country.
func currentPost(f Fact) (post, bool) {
	if f.Kind != deck.KindPerson || f.Role == "" {
		return post{}, false
	}
	for _, p := range []string{"元", "前", "次期", "新"} {
		if strings.HasPrefix(f.Role, p) {
			return post{}, false
		}
	}
	if strings.Contains(f.Role, "候補") {
		return post{}, false
	}
	if f.nation == "" {
		return post{}, false
	}
	return post{f.nation, f.Role}, true
}

// sameName reports two ways of naming one person: 石破 and 石破茂, ルビオ and
// マルコ・ルビオ, ドナルド・トランプ and ドナルド・J・トランプ.
func sameName(a, b string) bool {
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	la, lb := a[strings.LastIndex(a, "・")+1:], b[strings.LastIndex(b, "・")+1:]
	return strings.Contains(a, "・") && strings.Contains(b, "・") && la == lb
}

// roleHolders maps each current post to the fact indexes naming its holders.
func roleHolders(facts []Fact) map[post][]int {
	out := map[post][]int{}
	for i, f := range facts {
		if p, ok := currentPost(f); ok {
			out[p] = append(out[p], i)
		}
	}
	return out
}

// roleConflicts links the facts that name different holders of one post.
func roleConflicts(facts []Fact, holders map[post][]int, link func(i, j int)) {
	for _, is := range holders {
		for x, i := range is {
			for _, j := range is[x+1:] {
				if !sameName(facts[i].Key, facts[j].Key) && meetSomeoneInCommon(facts[i], facts[j]) {
					link(i, j)
				}
			}
		}
	}
}

// meetSomeoneInCommon reports two facts whose sentences name one other
// person beside their post holders (石破 and 岸田 each with トランプ): two
// tellings of one occasion. Holders named on unrelated occasions (菅 on
// the alliance, 林 answering トランプ) may be holders at different times.
func meetSomeoneInCommon(a, b Fact) bool {
	for _, x := range a.Entities {
		if x.Kind != EntityPerson || sameName(x.Text, a.Key) {
			continue
		}
		for _, y := range b.Entities {
			if y.Kind == EntityPerson && !sameName(y.Text, b.Key) && sameName(x.Text, y.Text) {
				return true
			}
		}
	}
	return false
}

// summitConflicts links the dates of summits in different documents that
// disagree on the date and name different holders of one post as taking
// part: two tellings of one summit that cannot both be right.
func summitConflicts(facts []Fact, holders map[post][]int, link func(i, j int)) {
	holderOf := map[string]post{}
	for p, is := range holders {
		for _, i := range is {
			holderOf[facts[i].Key] = p
		}
	}
	var summits []int
	for i, f := range facts {
		if f.Kind == deck.KindDate && strings.Contains(f.Sentence.Text, "首脳会談") {
			summits = append(summits, i)
		}
	}
	for x, i := range summits {
		for _, j := range summits[x+1:] {
			a, b := facts[i], facts[j]
			if a.Doc == b.Doc || !datesDisagree(a.Value, b.Value) {
				continue
			}
			if differentHolders(participants(a, holderOf), participants(b, holderOf)) {
				link(i, j)
			}
		}
	}
}

// participants returns the post holders a fact's sentence names, by post.
func participants(f Fact, holderOf map[string]post) map[post]string {
	out := map[post]string{}
	for _, e := range f.Entities {
		if e.Kind != EntityPerson {
			continue
		}
		for name, p := range holderOf {
			if sameName(name, e.Text) {
				out[p] = e.Text
			}
		}
	}
	return out
}

func differentHolders(a, b map[post]string) bool {
	for p, x := range a {
		if y, ok := b[p]; ok && !sameName(x, y) {
			return true
		}
	}
	return false
}

// datesDisagree compares two date values (YYYYMMDD, 0 for what a date
// leaves out): 2025年2月 and 2025年2月7日 agree, 2025年2月7日 and 2026年3月 do
// not.
func datesDisagree(a, b float64) bool {
	x, y := int(a), int(b)
	for _, unit := range []int{10000, 100, 1} {
		xp, yp := x/unit, y/unit
		if unit != 10000 {
			xp, yp = xp%100, yp%100
		}
		if xp == 0 || yp == 0 {
			return false
		}
		if xp != yp {
			return true
		}
	}
	return false
}

// acronymConflicts links the acronym facts that expand one acronym into
// names of different things, and likewise their reverse facts: names that differ in
// their head (枠組み, 協定), not two wordings of one name (米国際開発庁,
// アメリカ合衆国国際開発庁).
func acronymConflicts(facts []Fact, link func(i, j int)) {
	byAcronym := map[string][]int{}
	for i, f := range facts {
		switch {
		case f.Kind == deck.KindAcronym && acronymLike(f.Key):
			byAcronym[f.Key] = append(byAcronym[f.Key], i)
		case (f.Kind == deck.KindOrganization || f.Kind == deck.KindDefinition) && acronymLike(f.Expansion):
			byAcronym[f.Expansion] = append(byAcronym[f.Expansion], i)
		}
	}
	for _, is := range byAcronym {
		for x, i := range is {
			for _, j := range is[x+1:] {
				if facts[i].Kind == facts[j].Kind && differentThings(longForm(facts[i]), longForm(facts[j])) {
					link(i, j)
				}
			}
		}
	}
}

// longForm is the expanded side of an acronym fact or its reverse.
func longForm(f Fact) string {
	if f.Kind == deck.KindAcronym {
		return f.Expansion
	}
	return f.Key
}

// differentThings reports two Japanese names whose heads differ; an English
// name is a translation, never a conflict.
func differentThings(a, b string) bool {
	if a == b || strings.Contains(a, b) || strings.Contains(b, a) || englishName(a) || englishName(b) {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	tail := func(r []rune) string { return string(r[max(len(r)-2, 0):]) }
	return utf8.RuneCountInString(a) >= 2 && utf8.RuneCountInString(b) >= 2 && tail(ra) != tail(rb)
}
