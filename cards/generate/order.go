package generate

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
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
func eventOf(f *fact, events []*fact) (event, bool) {
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
	if label == "" {
		label, _ = relativeEvent(f, events)
	}
	if label == "" {
		label, _ = clauseAfterDate(f, events)
	}
	if rest, ok := strings.CutPrefix(f.sentence[f.end:], "、"); label == "" && f.start == 0 && ok {
		// "2026年3月、日本の岸田文雄首相がワシントンD.C.を訪れ…臨みました。"
		label = strings.TrimSuffix(rest, "。")
		if !strings.HasSuffix(label, "た") || sentenceContext(label) < 1 {
			label = ""
		}
	}
	n := utf8.RuneCountInString(label)
	if n < minLabel || n > maxLabel || anyDate.MatchString(label) || reveals(label, f.key) || generic(label) ||
		strings.Contains(label, "次期") {
		// A government "to come" that took office reads as nonsense once
		// the label stands alone (トランプ次期政権が発足した).
		return event{}, false
	}
	return event{fact: f, date: d, label: label}, true
}

// order makes cards that put three or four events in order, oldest first.
// Events join a card only if their dates tell the order for certain (two
// of one day never share a card); an event joins at most
// maxOrderUses cards, each a different set, so no card repeats another.
// The choices stand in the right order; the app shuffles them.
func (b *builder) order(facts []*fact) []made {
	events := datedEvents(facts)
	var out []made
	seenSet := set{}
	uses := map[string]int{}
	for pass := 0; pass < orderPasses; pass++ {
		// Each pass takes the events in another order fixed by content,
		// so its groups differ from the last pass's.
		sort.Slice(events, func(i, j int) bool {
			return hash(events[i].label, strconv.Itoa(pass)) < hash(events[j].label, strconv.Itoa(pass))
		})
		for _, g := range orderGroups(events, uses) {
			k := groupKey(g)
			if seenSet[k] {
				continue
			}
			seenSet[k] = true
			for _, e := range g {
				uses[e.label]++
			}
			out = append(out, b.orderCard(g))
		}
	}
	return out
}

// maxOrderUses bounds how many ordering cards one event appears on;
// orderPasses how often the events are regrouped to find new sets.
const (
	maxOrderUses = 4
	orderPasses  = 6
)

// datedEvents are the events of facts, one per label. order groups them in
// orders fixed by content, not by the seed: which events share a card
// decides the card's id.
func datedEvents(facts []*fact) []event {
	inSentence := map[string][]*fact{} // the event facts of each sentence
	for _, f := range facts {
		if f.kind == deck.KindEvent {
			inSentence[f.sentenceRef()] = append(inSentence[f.sentenceRef()], f)
		}
	}
	var events []event
	seenLabel := set{}
	for _, f := range facts {
		e, ok := eventOf(f, inSentence[f.sentenceRef()])
		if !ok || seenLabel[comparable(e.label)] {
			continue
		}
		seenLabel.add(e.label)
		events = append(events, e)
	}
	return events
}

// orderGroups splits events into groups of three or four whose dates are
// ordered for certain, leaving out events used maxOrderUses times.
func orderGroups(events []event, uses map[string]int) [][]event {
	var left []event
	for _, e := range events {
		if uses[e.label] < maxOrderUses {
			left = append(left, e)
		}
	}
	var out [][]event
	for len(left) >= 3 {
		var group, rest []event
		for _, e := range left {
			if len(group) < 4 && orderedWithAll(e, group) {
				group = append(group, e)
			} else {
				rest = append(rest, e)
			}
		}
		if len(group) < 3 {
			break
		}
		out = append(out, group)
		left = rest
	}
	return out
}

// groupKey names a set of events whatever their order.
func groupKey(g []event) string {
	labels := make([]string, len(g))
	for i, e := range g {
		labels[i] = e.label
	}
	sort.Strings(labels)
	return strings.Join(labels, "\x00")
}

// orderedWithAll reports whether e's date is certainly before or after
// every date of group.
func orderedWithAll(e event, group []event) bool {
	for _, g := range group {
		_, ok := e.date.before(g.date)
		if !ok || abs(e.date.y-g.date.y) > maxOrderSpan {
			return false
		}
	}
	return true
}

// maxOrderSpan bounds the years between two events of one ordering card:
// a treaty of 1951 among the events of 2025 goes first by common sense.
const maxOrderSpan = 5

func abs(n int) int { return max(n, -n) }

func (b *builder) orderCard(group []event) made {
	sort.Slice(group, func(i, j int) bool {
		before, _ := group[i].date.before(group[j].date)
		return before
	})
	labels := make([]string, len(group))
	for i, e := range group {
		labels[i] = e.label
	}
	c := deck.Card{Type: deck.TypeOrder, Prompt: b.words.order(), Choices: labels, Answer: strings.Join(labels, " → "),
		Items: slices.Clone(labels)}
	return made{card: c, fact: group[0].fact, quality: b.quality(group[0].fact, c, group[0].fact.subject != "")}
}

// genericThings are nouns that name one of many events of their kind: a
// label "ギャラップ社が世論調査を実施した" does not say which poll.
var genericThings = []string{"世論調査", "調査", "共同声明", "声明", "会談", "首脳会談", "記者会見", "会見", "演説", "発言", "会合"}

// generic reports a label whose event is a generic thing with no more
// than its doer to tell it apart.
func generic(label string) bool {
	for _, g := range genericThings {
		for _, p := range []string{"を", "が"} {
			if i := strings.Index(label, g+p); i >= 0 {
				before := label[:i]
				if before == "" || strings.HasSuffix(before, "が") || strings.HasSuffix(before, "は") || strings.HasSuffix(before, "日米") || strings.HasSuffix(before, "全国") {
					return true
				}
			}
		}
	}
	return false
}
