package generate

import (
	"sort"
	"strings"

	"factdeck/cards/deck"
)

// matchSep joins a row to its cell in a matching pair.
const matchSep = " ⇔ "

// match makes, for each column of each table, a card that pairs the rows
// with their cells in that column. Only rows whose cell no other row shares
// take part, so every pairing has one answer; a column needs three.
func (b *builder) match(facts []*fact) []made {
	type column struct {
		doc   string
		table int
		name  string
	}
	groups := map[column][]*fact{}
	var keys []column
	for _, f := range facts {
		if f.kind != deck.KindTable || f.row == "" || f.column == "" {
			continue
		}
		t, ti, ok := tableOf(f)
		if !ok || len(t.Columns) == 0 || f.column == t.Columns[0] {
			continue
		}
		k := column{f.doc.ID, ti, f.column}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], f)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		if a.table != b.table {
			return a.table < b.table
		}
		return a.name < b.name
	})
	var out []made
	for _, k := range keys {
		if m, ok := b.matchCard(groups[k]); ok {
			out = append(out, m)
		}
	}
	return out
}

func (b *builder) matchCard(cells []*fact) (made, bool) {
	count := map[string]int{}
	for _, f := range cells {
		count[comparable(f.key)]++
	}
	var pairs []string
	var list []deck.Pair
	var first *fact
	for _, f := range cells {
		if count[comparable(f.key)] != 1 {
			continue
		}
		if first == nil {
			first = f
		}
		pairs = append(pairs, f.row+matchSep+f.key)
		list = append(list, deck.Pair{Left: f.row, Right: f.key})
	}
	if len(pairs) < 3 {
		return made{}, false
	}
	c := deck.Card{
		Type:    deck.TypeMatch,
		Prompt:  b.words.match(tableName(first), rowHead(first), first.column),
		Choices: pairs,
		Answer:  strings.Join(pairs, "、"),
		Pairs:   list,
	}
	m := made{card: c, fact: first, quality: b.quality(first, c, true)}
	// A column of which some rows had to be left out teaches less.
	m.quality *= float64(len(pairs)) / float64(len(cells))
	return m, true
}
