// Package kahoot writes a deck as Kahoot!'s quiz spreadsheet, the .xlsx
// that Kahoot!'s "Import spreadsheet" reads (Kahoot! Help Center, "How
// to import questions from a spreadsheet"; the layout of its template:
// the column titles on row 8, a question a row from row 9, the question's
// number in column A).
package kahoot

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
)

// Kahoot!'s limits.
const (
	MaxQuestion = 120 // characters of a question
	MaxAnswer   = 75  // characters of an answer
	MaxAnswers  = 4
)

// TimeLimits are the seconds a question may last.
var TimeLimits = []int{5, 10, 20, 30, 60, 90, 120, 240}

// Columns are the template's column titles, B to H.
var Columns = []string{
	"Question - max 120 characters",
	"Answer 1 - max 75 characters",
	"Answer 2 - max 75 characters",
	"Answer 3 - max 75 characters",
	"Answer 4 - max 75 characters",
	"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
	"Correct answer(s) - choose at least one",
}

// HeaderRow is the row of the column titles; questions follow it.
const HeaderRow = 8

// Sheet is the name of the worksheet.
const Sheet = "Sheet1"

// Question is one row of the spreadsheet.
type Question struct {
	Text    string
	Answers []string
	Seconds int
	Correct []int // 1-based
}

// Write makes the spreadsheet. Multiple-choice cards keep their answer
// and, when there are more than four choices, the first three others;
// true/false cards become two answers. Cards that are not multiple
// choice (typed, numeric, ordering, matching) are left out with a
// warning, and a text over Kahoot!'s limit is cut, with a warning for
// each cut.
func Write(d *deck.Deck) ([]byte, []formats.Warning, error) {
	qs, warns := Questions(d)
	if len(qs) == 0 {
		return nil, warns, fmt.Errorf("no card is multiple choice or true/false: Kahoot! has nothing to import")
	}
	f := excelize.NewFile()
	defer f.Close()
	set := func(cell string, v any) error { return f.SetCellValue(Sheet, cell, v) }
	if err := set("B1", d.Title); err != nil {
		return nil, nil, err
	}
	if err := set("B2", fmt.Sprintf("factdeck: %d questions. Import in Kahoot!: Add question › Import spreadsheet.", len(qs))); err != nil {
		return nil, nil, err
	}
	for i, title := range Columns {
		if err := set(cellName(i+2, HeaderRow), title); err != nil {
			return nil, nil, err
		}
	}
	for i, q := range qs {
		row := HeaderRow + 1 + i
		values := []any{i + 1, q.Text}
		for j := range MaxAnswers {
			a := ""
			if j < len(q.Answers) {
				a = q.Answers[j]
			}
			values = append(values, a)
		}
		var correct []string
		for _, c := range q.Correct {
			correct = append(correct, strconv.Itoa(c))
		}
		values = append(values, q.Seconds, strings.Join(correct, ","))
		if err := f.SetSheetRow(Sheet, cellName(1, row), &values); err != nil {
			return nil, nil, err
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		return nil, nil, err
	}
	return b.Bytes(), warns, nil
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// Questions turns the deck's cards into Kahoot! questions, with the
// warnings of what it left out or cut.
func Questions(d *deck.Deck) ([]Question, []formats.Warning) {
	var qs []Question
	var warns []formats.Warning
	for _, c := range d.Cards {
		var answers []string
		correct := 0
		switch c.Type {
		case deck.TypeMCQ:
			answers = fourChoices(c)
			if len(c.Choices) > MaxAnswers {
				warns = append(warns, formats.Warning{Card: c.ID, Msg: fmt.Sprintf("%d choices: kept the answer and %d others", len(c.Choices), MaxAnswers-1)})
			}
			correct = slices.Index(answers, c.Answer) + 1
		case deck.TypeTrueFalse:
			answers = []string{formats.TrueFalseWord(d.Language, "true"), formats.TrueFalseWord(d.Language, "false")}
			correct = 1
			if c.Answer == "false" {
				correct = 2
			}
		default:
			warns = append(warns, formats.Warning{Card: c.ID, Msg: c.Type + " is not multiple choice: left out"})
			continue
		}
		text, cut := fit(c.Prompt, MaxQuestion, true)
		if cut {
			warns = append(warns, formats.Warning{Card: c.ID, Msg: fmt.Sprintf("question of %d characters cut to %d: %s", utf8.RuneCountInString(c.Prompt), utf8.RuneCountInString(text), deck.Quote(text))})
		}
		for i, a := range answers {
			if short, cut := fit(a, MaxAnswer, false); cut {
				warns = append(warns, formats.Warning{Card: c.ID, Msg: fmt.Sprintf("answer %d of %d characters cut to %d: %s", i+1, utf8.RuneCountInString(a), MaxAnswer, deck.Quote(short))})
				answers[i] = short
			}
		}
		if hasDuplicates(answers) {
			warns = append(warns, formats.Warning{Card: c.ID, Msg: "answers are the same once cut to 75 characters: left out"})
			continue
		}
		qs = append(qs, Question{Text: text, Answers: answers, Seconds: timeFor(text, answers), Correct: []int{correct}})
	}
	return qs, warns
}

// fourChoices keeps the answer and the first three other choices, in
// the card's order.
func fourChoices(c deck.Card) []string {
	if len(c.Choices) <= MaxAnswers {
		return slices.Clone(c.Choices)
	}
	var out []string
	others := 0
	for _, ch := range c.Choices {
		if ch == c.Answer || others < MaxAnswers-1 {
			if ch != c.Answer {
				others++
			}
			out = append(out, ch)
		}
	}
	return out
}

// fit cuts s to max characters, marking the cut with "…". A question
// first loses its context note (（文脈：…）), an aid the student can do
// without, then its middle, so that the question itself, which ends the
// prompt, stays; an answer loses its end.
func fit(s string, max int, question bool) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= max {
		return s, false
	}
	if question {
		if i := strings.Index(s, "（文脈："); i >= 0 {
			if j := strings.Index(s[i:], "）"); j >= 0 {
				s = s[:i] + s[i+j+len("）"):]
			}
		}
		r := []rune(s)
		if len(r) <= max {
			return s, true
		}
		head := (max - 1) / 3
		tail := max - 1 - head
		return string(r[:head]) + "…" + string(r[len(r)-tail:]), true
	}
	r := []rune(s)
	return string(r[:max-1]) + "…", true
}

func hasDuplicates(list []string) bool {
	seen := map[string]bool{}
	for _, s := range list {
		if seen[s] {
			return true
		}
		seen[s] = true
	}
	return false
}

// timeFor gives a question time to read: 20 seconds, 30 for a longer
// text, 60 for one near the limit (reading Japanese runs at about 8
// characters a second, and a player also reads the answers).
func timeFor(text string, answers []string) int {
	n := utf8.RuneCountInString(text)
	for _, a := range answers {
		n += utf8.RuneCountInString(a)
	}
	switch {
	case n <= 80:
		return 20
	case n <= 160:
		return 30
	}
	return 60
}
