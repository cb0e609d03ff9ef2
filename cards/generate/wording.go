package generate

import (
	"strings"

	"factdeck/cards/deck"
)

// ask is the kind of question a key answers: いつ, 何年, 何％, いくら, 何人, 誰,
// どこ, 何という組織, or which cell of a table.
type ask int

const (
	askWhen ask = iota
	askYear
	askPercent
	askHowMuch
	askHowMany
	askWho
	askWhere
	askWhichOrg
	askWhich
)

// question is what a card asks about a key.
type question struct {
	ask     ask
	counter string // a count's counter or a sum's unit: "人", "カ国", "億ドル"
	prefix  string // an ordinal's 第: ask 第何条
	approx  bool   // the key is approximate (約): ask 約何億ドル
	bound   string // the sentence bounds the value: 10%以下 asks 何％以下
	number  bool   // the answer is typed as a plain number
}

// currencies end a money amount's unit.
var currencies = []string{"ドル", "円", "ユーロ", "元", "ポンド", "ウォン"}

// questionFor picks the question a key answers from its shape.
func questionFor(sh shape) question {
	switch sh.class {
	case classDate:
		if sh.date.m == 0 {
			return question{ask: askYear}
		}
		return question{ask: askWhen}
	case classAmount:
		a := sh.amount
		q := question{counter: a.unit, prefix: a.prefix, approx: a.approx, ask: askHowMany}
		switch {
		case a.unit == "%" || a.unit == "パーセント":
			q.ask, q.counter = askPercent, ""
		case hasAnySuffix(a.unit, currencies):
			q.ask = askHowMuch
		case a.unit == "年" && a.value < 600:
			q.counter = "年間" // 115年 (にわたって) is a span: 何年 would ask which year
		}
		return q
	case classPerson:
		return question{ask: askWho}
	case classPlace:
		return question{ask: askWhere}
	case classOrg:
		return question{ask: askWhichOrg}
	}
	return question{ask: askWhich}
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// wording writes the questions of one language around the corpus's
// Japanese spans.
type wording interface {
	// about asks for a value of a subject: "…によると、トランプ大統領の
	// 支持率は何％か。"
	about(l lead, subject string, q question) string
	// event asks when something happened: "日米安保条約が締結されたのは何年か。"
	event(l lead, clause string, q question) string
	// blank asks what fills the blank of a sentence, which gives the context.
	blank(l lead, blanked string, q question) string
	trueFalse(l lead, statement string) string
	// cloze is a blanked sentence as a card's whole prompt, with the
	// passage it leans on.
	cloze(l lead, blanked string) string
	stands(acronym string) string   // what an acronym stands for (basic)
	pickOrg(acronym string) string  // the organization an acronym names, among choices
	meaning(term string) string     // what a term means
	otherName(term string) string   // what else a thing is called
	popularName(term string) string // what a so-called name refers to
	// termFor asks for the term a description defines (成層火山 from
	// "…円すい形の火山"); called says the text names it (と呼ばれる).
	termFor(description string, called bool) string
	provides(term string) string       // what an article of a law provides
	whereIn(place, unit string) string // which prefecture, state or country a place is in
	order() string
	match(table, rowHead, column string) string
	cell(table, rowHead, row, column string) string
	cellStatement(table, rowHead, row, column, value string) string

	// Caveats (see caveat.go): a source named with the date it states a
	// claim at (an ISO date, maybe ""), and the labels and notes.
	source(title, date string) string
	says(source, value string) string // what one source states
	according(source string) string   // label: according to a source
	disputedLabel(source string) string
	disputedNote(says []string) string
	contested(why contest) string
	supersededLabel(date string) string
	earlierLabel(newer string) string // an undated claim a later source updates
	supersededNote(newer string) string
	datedLabel(date string) string
	datedNote(date, source string) string
	forecastLabel() string
	forecastNote(source string) string
	// planLabel and planNote mark what was planned, as of date, for a day
	// after it: whether it happened is more than the source can say.
	planLabel(date string) string
	planNote(date, source string) string
	// frame names the source and date a figure was stated in, before a
	// question that gives no year of its own.
	frame(source string) string
	topicFrame(topic string) string // what a question is about, when its sentence leaves it out
}

func wordingFor(lang string) wording {
	if lang == "en" {
		return english{}
	}
	return japanese{}
}

// blanked is the sentence with the fact's key cut out.
// A leading connective is dropped: the sentence is shown alone.
func blanked(f *fact) string {
	if convertedAfter(f) || eraBeside(f) {
		return blankedWithGloss(f)
	}
	if sum, at := sumBefore(f); sum != "" {
		// 維持費約50億ドル(日本円で［＿＿＿］) asks for the exchange rate,
		// and 維持費(日本円で［＿＿＿］) reads as broken: the blank takes the
		// sum's place, and what else the bracket said stays in it
		// (維持費［＿＿＿］(2025年実績)).
		return dropConnective(f.sentence[:at] + deck.Blank + restOfBracket(f.sentence[f.end:]))
	}
	return dropConnective(f.sentence[:f.start] + deck.Blank + f.sentence[f.end:])
}

// restOfBracket is the text after a converted sum, without the bracket
// the sum stood in when nothing else was in it: "、2025年実績)…" becomes
// "(2025年実績)…", ")…" becomes "…".
func restOfBracket(after string) string {
	if r, ok := strings.CutPrefix(after, "、"); ok {
		return "(" + r
	}
	return strings.TrimPrefix(after, ")")
}
