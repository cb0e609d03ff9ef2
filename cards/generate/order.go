package generate

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"factdeck/cards/deck"
)

// event is a dated fact with a short label saying what happened, for
// ordering cards.
type event struct {
	fact  *fact
	date  date
	label string
}

// Bounds on an event label: long enough to say what happened, short
// enough to read as one choice.
const (
	minLabel = 8
	maxLabel = 60
)

// anyDate finds a date or year in a label, which would give the order away.
var anyDate = regexp.MustCompile(`\d{4}年|\d{1,2}月|\d{1,2}日|前年|翌年|同年|同月`)

// eventOf reads a fact as an event: its date, and as its label what
// happened (eventClause) or, when the sentence opens with the date
// ("2026年3月、日本の…首相がワシントンD.C.を訪れ…"), the rest of the sentence.
func eventOf(f *fact) (event, bool) {
	if f.kind != deck.KindDate && f.kind != deck.KindEvent || len(f.conflicts) > 0 {
		return event{}, false
	}
	d, ok := parseDate(f.key)
	if ok && d.y == 0 && f.value >= 1e7 {
		d.y = int(f.value) / 10000 // the year extract inferred for 2月7日
	}
	if !ok || d.y == 0 {
		return event{}, false
	}
	label, _ := eventClause(f)
	if rest, ok := strings.CutPrefix(f.sentence[f.end:], "、"); label == "" && f.start == 0 && ok {
		// "2026年3月、日本の岸田文雄首相がワシントンD.C.を訪れ…臨みました。"
		label = strings.TrimSuffix(rest, "。")
		if !strings.HasSuffix(label, "た") || sentenceContext(label) < 1 {
			label = ""
		}
	}
	n := utf8.RuneCountInString(label)
	if n < minLabel || n > maxLabel || anyDate.MatchString(label) || reveals(label, f.key) {
		return event{}, false
	}
	return event{fact: f, date: d, label: label}, true
}

// order makes cards that put three or four events in order, oldest first.
// Events join a card only if their dates tell the order for certain; each
// event and each date is used once, so no card repeats another. The
// choices stand in the right order; the app shuffles them.
func (b *builder) order(facts []*fact) []made {
	var events []event
	seenDate, seenLabel := set{}, set{}
	for _, f := range facts {
		e, ok := eventOf(f)
		if !ok || seenDate[e.date.String()] || seenLabel[comparable(e.label)] {
			continue
		}
		seenDate.add(e.date.String())
		seenLabel.add(e.label)
		events = append(events, e)
	}
	// An order fixed by content, not by the seed: which events share a
	// card decides the card's id.
	sort.Slice(events, func(i, j int) bool { return hash(events[i].label) < hash(events[j].label) })

	var out []made
	for len(events) >= 3 {
		var group, rest []event
		for _, e := range events {
			if len(group) < 4 && orderedWithAll(e, group) {
				group = append(group, e)
			} else {
				rest = append(rest, e)
			}
		}
		if len(group) < 3 {
			break
		}
		out = append(out, b.orderCard(group))
		events = rest
	}
	return out
}

// orderedWithAll reports whether e's date is certainly before or after
// every date of group.
func orderedWithAll(e event, group []event) bool {
	for _, g := range group {
		_, ok := e.date.before(g.date)
		if !ok {
			return false
		}
	}
	return true
}

func (b *builder) orderCard(group []event) made {
	sort.Slice(group, func(i, j int) bool {
		before, _ := group[i].date.before(group[j].date)
		return before
	})
	labels := make([]string, len(group))
	for i, e := range group {
		labels[i] = e.label
	}
	c := deck.Card{Type: deck.TypeOrder, Prompt: b.words.order(), Choices: labels, Answer: strings.Join(labels, " → ")}
	return made{card: c, fact: group[0].fact, quality: b.quality(group[0].fact, c, group[0].fact.subject != "")}
}
