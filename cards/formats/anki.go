package formats

import (
	"bytes"
	"encoding/csv"
	"html"
	"strings"

	"factdeck/cards/deck"
)

// Anki's note types and the columns of the text file. The file headers
// (Anki Manual, "Importing › Text Files › File Headers") name the columns
// of the guid, the note type, the deck and the tags, so Anki needs no
// question when importing, and the guid makes a second import update
// the notes it made the first time instead of adding copies.
const (
	AnkiBasic = "Basic"
	AnkiCloze = "Cloze"
)

// ankiHeader is the file headers; the columns are guid, note type, deck,
// the note type's two fields, and the tags.
const ankiHeader = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"

// WriteAnki writes the deck as a text file for Anki's File › Import.
// Cloze cards become Cloze notes ({{c1::answer}} in the Text field, the
// note and source in Back Extra); every other card a Basic note whose
// Front is the prompt (with the choices as a list) and whose Back is the
// answer, then, after a rule, the note and source. Fields are HTML;
// a field holding a tab, a quote or a line break is quoted as the
// manual's "Text Files" section says.
func WriteAnki(d *deck.Deck) ([]byte, []Warning, error) {
	var b bytes.Buffer
	b.WriteString(ankiHeader)
	w := csv.NewWriter(&b)
	w.Comma = '\t'
	for _, c := range d.Cards {
		typ, front, back := AnkiNote(d, c)
		if err := w.Write([]string{c.ID, typ, d.Title, front, back, AnkiTags(c)}); err != nil {
			return nil, nil, err
		}
	}
	w.Flush()
	return b.Bytes(), nil, w.Error()
}

// AnkiNote is card c as an Anki note: its note type and its two fields,
// as HTML. The .apkg writer uses the same notes.
func AnkiNote(d *deck.Deck, c deck.Card) (noteType, first, second string) {
	extra := ankiExtra(d, c)
	if before, after, ok := ClozeParts(c.Prompt); ok && c.Type == deck.TypeCloze {
		text := ankiClozeText(before) + "{{c1::" + ankiClozeAnswer(c.Answer) + "}}" + ankiClozeText(after)
		return AnkiCloze, text, extra
	}
	front := htmlText(c.Prompt) + htmlText(unitSuffix(d.Language, c.Unit))
	if len(c.Choices) > 0 {
		front += `<ol class="choices">`
		for _, ch := range c.Choices {
			front += "<li>" + htmlText(ch) + "</li>"
		}
		front += "</ol>"
	}
	answer := c.Answer
	if c.Type == deck.TypeTrueFalse {
		answer = TrueFalseWord(d.Language, c.Answer)
	}
	return AnkiBasic, front, htmlText(answer) + "<hr>" + extra
}

// ankiExtra is what the back shows after the answer: the card's note,
// the source and its sentence.
func ankiExtra(d *deck.Deck, c deck.Card) string {
	var parts []string
	if c.Note != "" {
		parts = append(parts, htmlText(c.Note))
	}
	parts = append(parts, htmlText(Provenance(d, c)), "「"+htmlText(Sentence(d, c))+"」")
	return strings.Join(parts, "<br>")
}

// AnkiTags is the card's tags as Anki writes them: separated by spaces,
// so a space inside a tag becomes an underscore.
func AnkiTags(c deck.Card) string {
	tags := tagsOf(c)
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = strings.ReplaceAll(t, " ", "_")
	}
	return strings.Join(out, " ")
}

// htmlText escapes s for an HTML field and keeps its line breaks.
func htmlText(s string) string {
	s = html.EscapeString(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\n", "<br>")
}

// ankiClozeText escapes text around a cloze: a "{{" in it would open
// another deletion, so braces become character references.
func ankiClozeText(s string) string {
	return strings.NewReplacer("{", "&#123;", "}", "&#125;").Replace(htmlText(s))
}

// ankiClozeAnswer escapes a cloze's answer: "::" would start a hint and
// "}}" end the deletion early.
func ankiClozeAnswer(s string) string {
	return strings.NewReplacer(":", "&#58;").Replace(ankiClozeText(s))
}
