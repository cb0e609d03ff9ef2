// Package formats writes factdeck decks in the formats schools use
// (Anki's text import, Quizlet, CSV, Moodle's GIFT and XML) and reads a
// teacher's own cards back from Anki text, Quizlet, CSV and GIFT. The
// formats that need a heavy library live in subpackages: apkg (SQLite),
// kahoot (xlsx) and pdf, so the app links only what it uses.
//
// Every writer takes a whole deck and returns the file's bytes with a
// warning for each card it had to leave out or change; no writer fails on
// a valid deck.
package formats

import (
	"cmp"
	"fmt"
	"strings"

	"factdeck/cards/deck"
)

// Warning is a change a writer made to fit a card into its format.
type Warning struct {
	Card string // the card's id
	Msg  string
}

func (w Warning) String() string { return fmt.Sprintf("card %s: %s", deck.Clip(w.Card), w.Msg) }

// Provenance says where a card's answer comes from: the source's title,
// file and date (the fact's own date where it has one), for the back of
// a card and the answer key.
func Provenance(d *deck.Deck, c deck.Card) string {
	f, _ := d.Fact(c.Fact)
	s, _ := d.Source(f.Source)
	where := s.Title
	if s.File != "" && s.File != s.Title {
		where += " (" + s.File + ")"
	}
	if date := cmp.Or(f.Date, s.Date); date != "" {
		where += " " + date
	}
	return where
}

// Sentence is the verbatim sentence the card's fact stands in.
func Sentence(d *deck.Deck, c deck.Card) string {
	f, _ := d.Fact(c.Fact)
	return f.Sentence
}

// TrueFalseWord is how a true/false card's answer reads in the deck's
// language.
func TrueFalseWord(lang, answer string) string {
	ja := strings.HasPrefix(lang, "ja")
	switch {
	case answer == "true" && ja:
		return "正しい"
	case answer == "true":
		return "True"
	case ja:
		return "誤り"
	}
	return "False"
}

// trueFalseAnswer reads a word TrueFalseWord writes (or true/false, T/F,
// ○/×) back as the deck's "true" or "false".
func trueFalseAnswer(s string) (string, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "t", "正しい", "正", "○", "◯":
		return "true", true
	case "false", "f", "誤り", "誤", "×":
		return "false", true
	}
	return "", false
}

// ClozeParts splits a cloze prompt at its blank; ok is false when the
// prompt has none.
func ClozeParts(prompt string) (before, after string, ok bool) {
	return strings.Cut(prompt, deck.Blank)
}

// Filled is the cloze prompt with its blank filled by the answer.
func Filled(c deck.Card) string {
	return strings.Replace(c.Prompt, deck.Blank, c.Answer, 1)
}

// QuizOnlyTag marks, in formats that carry tags, a card the deck keeps
// for quizzes only (deck.Card.QuizOnly).
const QuizOnlyTag = "quiz-only"

// tagsOf are the tags a card carries into a format, with QuizOnlyTag.
func tagsOf(c deck.Card) []string {
	tags := c.Tags
	if c.QuizOnly {
		tags = append(append([]string(nil), tags...), QuizOnlyTag)
	}
	return tags
}

// unitSuffix is how a numeric card's unit follows its prompt in formats
// without a unit field.
func unitSuffix(lang, unit string) string {
	if unit == "" {
		return ""
	}
	if strings.HasPrefix(lang, "ja") {
		return "（単位：" + unit + "）"
	}
	return " (unit: " + unit + ")"
}

// cutUnitSuffix takes a unitSuffix off the end of a prompt.
func cutUnitSuffix(prompt string) (rest, unit string) {
	for _, form := range [][2]string{{"（単位：", "）"}, {" (unit: ", ")"}} {
		if strings.HasSuffix(prompt, form[1]) {
			if i := strings.LastIndex(prompt, form[0]); i >= 0 {
				u := prompt[i+len(form[0]) : len(prompt)-len(form[1])]
				if u != "" {
					return prompt[:i], u
				}
			}
		}
	}
	return prompt, ""
}

// oneLine replaces tabs and line breaks, for formats whose records are
// lines and fields are split by tabs.
func oneLine(s string) string {
	return strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}
