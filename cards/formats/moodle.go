package formats

import (
	"encoding/xml"
	"strconv"
	"strings"

	"factdeck/cards/deck"
)

// Moodle XML (Moodle Docs, "Moodle XML format"): a quiz element of
// question elements, each with its type, name, question text, general
// feedback, answers with a fraction (100 for right, 0 for wrong) and tags.
type moodleQuiz struct {
	XMLName   xml.Name         `xml:"quiz"`
	Questions []moodleQuestion `xml:"question"`
}

type moodleQuestion struct {
	Type            string           `xml:"type,attr"`
	Category        *moodleText      `xml:"category,omitempty"`
	Name            *moodleText      `xml:"name,omitempty"`
	QuestionText    *moodleFormatted `xml:"questiontext,omitempty"`
	GeneralFeedback *moodleFormatted `xml:"generalfeedback,omitempty"`
	DefaultGrade    string           `xml:"defaultgrade,omitempty"`
	Single          string           `xml:"single,omitempty"`
	Shuffle         string           `xml:"shuffleanswers,omitempty"`
	UseCase         string           `xml:"usecase,omitempty"`
	Answers         []moodleAnswer   `xml:"answer"`
	Subquestions    []moodleSub      `xml:"subquestion"`
	Tags            *moodleTags      `xml:"tags,omitempty"`
}

type moodleText struct {
	Text string `xml:"text"`
}

type moodleFormatted struct {
	Format string `xml:"format,attr"`
	Text   string `xml:"text"`
}

type moodleAnswer struct {
	Fraction  string `xml:"fraction,attr"`
	Format    string `xml:"format,attr,omitempty"`
	Text      string `xml:"text"`
	Tolerance string `xml:"tolerance,omitempty"`
}

type moodleSub struct {
	Format string     `xml:"format,attr"`
	Text   string     `xml:"text"`
	Answer moodleText `xml:"answer"`
}

type moodleTags struct {
	Tags []moodleText `xml:"tag"`
}

// WriteMoodleXML writes the deck as a Moodle XML question bank file in
// one category named by the deck's title: multichoice (one right answer),
// truefalse, shortanswer (cloze and basic cards, with every accepted form
// at 100%), numerical (with the card's tolerance) and matching. Moodle has
// no ordering question of its own, so order cards are left out with a
// warning. Texts are plain text, escaped as XML by encoding/xml.
func WriteMoodleXML(d *deck.Deck) ([]byte, []Warning, error) {
	quiz := moodleQuiz{Questions: []moodleQuestion{{Type: "category", Category: &moodleText{"$course$/" + d.Title}}}}
	var warns []Warning
	for _, c := range d.Cards {
		q, ok := moodleQuestionOf(d, c)
		if !ok {
			warns = append(warns, Warning{c.ID, "Moodle XML has no ordering question: left out"})
			continue
		}
		quiz.Questions = append(quiz.Questions, q)
	}
	out, err := xml.MarshalIndent(quiz, "", "  ")
	if err != nil {
		return nil, nil, err
	}
	return append(append([]byte(xml.Header), out...), '\n'), warns, nil
}

func moodleQuestionOf(d *deck.Deck, c deck.Card) (moodleQuestion, bool) {
	feedback := Provenance(d, c)
	if c.Note != "" {
		feedback = c.Note + "\n" + feedback
	}
	q := moodleQuestion{
		Name:            &moodleText{c.ID},
		QuestionText:    &moodleFormatted{"plain_text", c.Prompt},
		GeneralFeedback: &moodleFormatted{"plain_text", feedback},
		DefaultGrade:    "1",
	}
	if tags := tagsOf(c); len(tags) > 0 {
		q.Tags = &moodleTags{}
		for _, t := range tags {
			q.Tags.Tags = append(q.Tags.Tags, moodleText{t})
		}
	}
	right := func(s string) moodleAnswer { return moodleAnswer{Fraction: "100", Format: "plain_text", Text: s} }
	switch c.Type {
	case deck.TypeMCQ:
		q.Type, q.Single, q.Shuffle = "multichoice", "true", "1"
		for _, ch := range c.Choices {
			a := right(ch)
			if ch != c.Answer {
				a.Fraction = "0"
			}
			q.Answers = append(q.Answers, a)
		}
	case deck.TypeTrueFalse:
		q.Type = "truefalse"
		t, f := right("true"), right("false")
		if c.Answer == "true" {
			f.Fraction = "0"
		} else {
			t.Fraction = "0"
		}
		q.Answers = []moodleAnswer{t, f}
	case deck.TypeNumeric:
		q.Type = "numerical"
		q.QuestionText.Text += unitSuffix(d.Language, c.Unit)
		a := right(c.Answer)
		a.Tolerance = strconv.FormatFloat(c.Tolerance, 'g', -1, 64)
		q.Answers = []moodleAnswer{a}
	case deck.TypeMatch:
		q.Type, q.Shuffle = "matching", "1"
		for _, p := range c.Pairs {
			q.Subquestions = append(q.Subquestions, moodleSub{"plain_text", p.Left, moodleText{p.Right}})
		}
	case deck.TypeOrder:
		return q, false
	default: // cloze and basic: typed answers
		q.Type, q.UseCase = "shortanswer", "0"
		if c.Type == deck.TypeCloze {
			q.QuestionText.Text = strings.Replace(c.Prompt, deck.Blank, "_____", 1)
		}
		// In a short answer, * is a wildcard; \* is a star.
		for _, a := range append(append([]string{c.Answer}, c.Also...), c.Accept...) {
			q.Answers = append(q.Answers, right(strings.ReplaceAll(a, "*", `\*`)))
		}
	}
	return q, true
}
