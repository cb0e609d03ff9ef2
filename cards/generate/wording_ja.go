package generate

import (
	"strconv"
	"strings"
)

// japanese writes questions in the style of a Japanese test.
type japanese struct{}

// word is the question word: いつ, 何年, 何％, 約何億ドル, 第何条 …
func (japanese) word(q question) string {
	about := ""
	if q.approx {
		about = "約"
	}
	var w string
	switch q.ask {
	case askWhen:
		w = "いつ"
	case askYear:
		w = "何年"
	case askPercent:
		w = about + "何％"
	case askHowMuch:
		w = "いくら"
		if q.number || q.bound != "" {
			w = about + "何" + q.counter
		}
	case askHowMany:
		w = about + q.prefix + "何" + q.counter
		if q.counter == "つ" {
			w = about + q.prefix + "いくつ" // 何つ is no Japanese
		}
	case askWho:
		w = "誰"
	case askWhere:
		w = "どこ"
	case askWhichOrg:
		w = "何という組織"
	default:
		w = "どれ"
	}
	return w + q.bound
}

// typed asks a numeric card's student for the number alone.
func (japanese) typed(q question) string {
	if q.number {
		return "数字で答えよ。"
	}
	return ""
}

func (japanese) lead(l lead) string {
	s := ""
	if l.source != "" {
		s += l.source + "によると、"
	}
	if l.asOf != "" {
		s += l.asOf + "時点で、"
	}
	return s
}

// notes are the context a blank question gives beside the sentence: the
// source, the year of a month and day, the date of a 現在.
func (japanese) notes(l lead) string {
	var parts []string
	for _, p := range []string{l.source, l.year} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if l.asOf != "" {
		parts = append(parts, l.asOf+"時点")
	}
	if len(parts) == 0 {
		return ""
	}
	return "（" + strings.Join(parts, "、") + "）"
}

// passage quotes the sentence a blank question's sentence leans on.
func (japanese) passage(l lead) string {
	if l.passage == "" {
		return ""
	}
	return "（文脈：" + l.passage + "）"
}

func (j japanese) about(l lead, subject string, q question) string {
	return j.lead(l) + subject + topic(subject) + j.word(q) + "か。" + j.typed(q)
}

func (j japanese) event(l lead, clause string, q question) string {
	return j.lead(l) + clause + "のは" + j.word(q) + "か" + j.notes(lead{year: l.year}) + "。" + j.typed(q)
}

func (j japanese) blank(l lead, b string, q question) string {
	return "次の文の［＿＿＿］に入るのは" + j.word(q) + "か" + j.notes(l) + "。" + j.typed(q) + "「" + b + "」" + j.passage(l)
}

func (j japanese) trueFalse(l lead, s string) string {
	return "次の文は正しいか誤りか" + j.notes(l) + "。「" + s + "」" + j.passage(l)
}

// cloze gives the passage first: read before the sentence, it says what
// the sentence's これ or 同政権 names.
func (j japanese) cloze(l lead, b string) string { return j.passage(l) + b }

func (japanese) stands(acr string) string { return "「" + acr + "」は何の略称か。" }

func (japanese) pickOrg(acr string) string { return "「" + acr + "」とは何という組織か。" }

func (japanese) meaning(term string) string { return "「" + term + "」とは何のことか。" }

func (japanese) popularName(term string) string {
	return "いわゆる「" + term + "」は、何を指すか。"
}

func (japanese) otherName(term string) string {
	return "「" + term + "」は、ほかに何と呼ばれるか。"
}

func (japanese) termFor(desc string, called bool) string {
	if called {
		return desc + "は、何と呼ばれるか。"
	}
	return desc + "を何というか。"
}

func (japanese) whereIn(place, unit string) string {
	return "「" + place + "」はどの" + unit + "にあるか。"
}

func (japanese) provides(term string) string {
	return "「" + term + "」は何を定めているか。"
}

func (japanese) order() string { return "次の出来事を古い順に並べよ。" }

func (japanese) match(table, rowHead, column string) string {
	return table + "で、各" + rowHead + "に当てはまる" + column + "を結べ。"
}

func (japanese) cell(table, rowHead, row, column string) string {
	return table + "で、" + rowHead + "が「" + row + "」の" + column + "はどれか。"
}

func (japanese) cellStatement(table, rowHead, row, column, value string) string {
	return table + "で、" + rowHead + "が「" + row + "」の" + column + "は「" + value + "」である。"
}

// topic is the particle after a subject: は after a noun (支持率は), のは
// after a clause (会談したのは).
func topic(subject string) string {
	r := []rune(subject)
	if len(r) > 0 && strings.ContainsRune("たいうくぐすつぬぶむるだ", r[len(r)-1]) {
		return "のは"
	}
	return "は"
}

func (japanese) source(title, date string) string {
	if date == "" {
		return "「" + title + "」"
	}
	return "「" + title + "」（" + japaneseDate(date) + "）"
}

func (japanese) says(source, value string) string { return source + "では" + value }

func (japanese) according(source string) string { return "【" + source + "によると】" }

func (japanese) disputedLabel(source string) string {
	return "【出典によって異なる：" + source + "によると】"
}

func (japanese) disputedNote(says []string) string {
	return "出典によって異なる：" + strings.Join(says, "、") + "。"
}

func (japanese) contested(why contest) string {
	return "この出典には他の出典と異なる記述がある（" + why.role + "を" + why.holder + "とするが、他の" +
		strconv.Itoa(why.others) + "つの出典では" + why.otherHolder + "）。"
}

func (japanese) supersededLabel(date string) string {
	return "【" + japaneseDate(date) + "時点の記述】"
}

func (japanese) earlierLabel(newer string) string { return "【以前の記述：" + newer + "】" }

func (japanese) supersededNote(newer string) string {
	return "執筆時点の記述で、今とは異なる可能性がある（" + newer + "）。"
}

func (japanese) datedLabel(date string) string {
	return "【" + japaneseDate(date) + "の記事によると】"
}

func (japanese) datedNote(date, source string) string {
	return japaneseDate(date) + "の記事の記述で、今とは異なる可能性がある（出典：" + source + "）。"
}

func (japanese) forecastLabel() string { return "【執筆時点の見通し】" }

func (japanese) forecastNote(source string) string {
	return "書かれた時点の見通しや仮定で、その後の出来事を述べたものではない（出典：" + source + "）。"
}

func (japanese) planLabel(date string) string {
	return "【" + japaneseDate(date) + "時点の予定】"
}

func (japanese) planNote(date, source string) string {
	return japaneseDate(date) + "の時点での予定で、その後どうなったかはこの出典からは分からない（出典：" + source + "）。"
}

func (japanese) frame(source string) string     { return "【" + source + "より】" }
func (japanese) topicFrame(topic string) string { return "【" + topic + "について】" }
