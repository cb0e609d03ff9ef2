package generate

import (
	"strconv"
	"strings"
)

// english writes English questions around the Japanese spans, for
// learners who read the sources but want the instructions in English.
type english struct{}

// bounds translate the words that bound a value in the sentence.
var bounds = map[string]string{
	"以下": "at most", "以上": "at least", "未満": "under", "超": "over",
	"程度": "about", "前後": "about", "ほど": "about", "近く": "nearly",
}

func (english) word(q question) string {
	var w string
	switch q.ask {
	case askWhen:
		w = "When"
	case askYear:
		w = "In what year"
	case askPercent:
		w = "What percentage"
	case askHowMuch:
		w = "How much"
		if q.number {
			w = "How many " + q.counter
		}
	case askHowMany:
		w = "How many " + q.counter
		if q.prefix != "" {
			w = "Which number (" + q.prefix + "…" + q.counter + ")"
		}
	case askWho:
		w = "Who"
	case askWhere:
		w = "Where"
	case askWhichOrg:
		w = "Which organization"
	default:
		w = "Which"
	}
	if b, ok := bounds[q.bound]; ok {
		w += " (" + b + ")"
	}
	if q.approx {
		w += " (about)"
	}
	return w
}

func (english) typed(q question) string {
	if q.number {
		return " Answer with a number."
	}
	return ""
}

func (english) lead(l lead) string {
	s := ""
	if l.source != "" {
		s += "According to " + l.source + ", "
	}
	if l.asOf != "" {
		s += "as of " + l.asOf + ", "
	}
	return s
}

func (english) notes(l lead) string {
	var parts []string
	for _, p := range []string{l.source, l.year} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if l.asOf != "" {
		parts = append(parts, "as of "+l.asOf)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func (english) passage(l lead) string {
	if l.passage == "" {
		return ""
	}
	return " (context: " + l.passage + ")"
}

func (e english) about(l lead, subject string, q question) string {
	return e.lead(l) + e.word(q) + ": " + subject + "?" + e.typed(q)
}

func (e english) event(l lead, clause string, q question) string {
	return e.lead(l) + e.word(q) + ": " + clause + e.notes(lead{year: l.year}) + "?" + e.typed(q)
}

func (e english) blank(l lead, b string, q question) string {
	w := e.word(q)
	return "Fill in the blank: " + strings.ToLower(w[:1]) + w[1:] + e.notes(l) + "?" + e.typed(q) + " 「" + b + "」" + e.passage(l)
}

func (e english) trueFalse(l lead, s string) string {
	return "Correct or incorrect" + e.notes(l) + "? 「" + s + "」" + e.passage(l)
}

func (e english) cloze(l lead, b string) string { return strings.TrimPrefix(e.passage(l)+" ", " ") + b }

func (english) stands(acr string) string { return "What does " + acr + " stand for?" }

func (english) pickOrg(acr string) string { return "Which organization is " + acr + "?" }

func (english) meaning(term string) string { return "What is 「" + term + "」?" }

func (english) popularName(term string) string {
	return "What does the so-called \u201c" + term + "\u201d refer to?"
}

func (english) otherName(term string) string { return "What else is 「" + term + "」 called?" }

func (english) termFor(desc string, _ bool) string {
	return "What is the term for 「" + desc + "」?"
}

func (english) whereIn(place, unit string) string {
	return "In which " + unit + " is 「" + place + "」?"
}

func (english) provides(term string) string { return "What does 「" + term + "」 provide?" }

func (english) order() string { return "Put these events in order, oldest first." }

func (english) match(table, rowHead, column string) string {
	return "In " + table + ", match each " + rowHead + " with its " + column + "."
}

func (english) cell(table, rowHead, row, column string) string {
	return "In " + table + ", which is the " + column + " for " + rowHead + " 「" + row + "」?"
}

func (english) cellStatement(table, rowHead, row, column, value string) string {
	return "In " + table + ", the " + column + " for " + rowHead + " 「" + row + "」 is 「" + value + "」."
}

func (english) source(title, date string) string {
	if date == "" {
		return "「" + title + "」"
	}
	return "「" + title + "」 (" + date + ")"
}

func (english) says(source, value string) string { return source + " says " + value }

func (english) according(source string) string { return "[According to " + source + "] " }

func (english) disputedLabel(source string) string {
	return "[Sources differ; according to " + source + "] "
}

func (english) disputedNote(says []string) string {
	return "Sources differ: " + strings.Join(says, "; ") + "."
}

func (english) contested(why contest) string {
	return "This source contradicts the others: it names " + why.holder + " as " + why.role + ", where " +
		strconv.Itoa(why.others) + " other sources name " + why.otherHolder + "."
}

func (english) supersededLabel(date string) string { return "[As of " + date + "] " }

func (english) earlierLabel(newer string) string { return "[An earlier account; " + newer + "] " }

func (english) supersededNote(newer string) string {
	return "As of its writing; it may differ now (" + newer + ")."
}

func (english) planLabel(date string) string { return "[Planned as of " + date + "] " }

func (english) planNote(date, source string) string {
	return "Planned as of " + date + "; the source cannot say what happened after (source: " + source + ")."
}

func (english) datedLabel(date string) string { return "[An article of " + date + " says] " }

func (english) datedNote(date, source string) string {
	return "Stated in an article of " + date + "; it may no longer hold (source: " + source + ")."
}

func (english) forecastLabel() string { return "[A forecast when written] " }

func (english) forecastNote(source string) string {
	return "A forecast or supposition when written, not a report of what happened (source: " + source + ")."
}

func (english) frame(source string) string     { return "[From " + source + "] " }
func (english) topicFrame(topic string) string { return "[About " + topic + "] " }
