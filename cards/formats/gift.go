package formats

import (
	"strconv"
	"strings"

	"factdeck/cards/deck"
)

// WriteGIFT writes the deck in Moodle's GIFT format (Moodle Docs, "GIFT
// format"): a question a paragraph, named by the card's id (::id::), its
// tags in a comment line (// [tag:…]), the source as general feedback
// (####). Cloze cards are "missing word" questions with the answer where
// the blank was; multiple choice, true/false, short answer (the answer and
// every other accepted form), numerical (with the card's tolerance) and
// matching as the format writes them. GIFT has no ordering question, so
// order cards are left out with a warning. The special characters
// ~ = # { } : and the backslash are escaped with a backslash ("Special
// characters" in the same page), and a line break as \n; [plain] marks
// the texts as plain text, not HTML.
func WriteGIFT(d *deck.Deck) ([]byte, []Warning, error) {
	var b strings.Builder
	var warns []Warning
	b.WriteString("// " + giftComment(d.Title) + "\n\n")
	for _, c := range d.Cards {
		q, ok := giftQuestion(d, c)
		if !ok {
			warns = append(warns, Warning{c.ID, "GIFT has no ordering question: left out"})
			continue
		}
		for _, t := range tagsOf(c) {
			b.WriteString("// [tag:" + giftComment(t) + "]\n")
		}
		// [plain]: the text is not HTML, so <b> stays as typed.
		b.WriteString("::" + giftEscape(c.ID) + "::[plain]" + q + "\n\n")
	}
	return []byte(b.String()), warns, nil
}

// giftQuestion is the question text with its answer block.
func giftQuestion(d *deck.Deck, c deck.Card) (string, bool) {
	feedback := " ####" + giftEscape(Provenance(d, c))
	if c.Note != "" {
		feedback = " ####" + giftEscape(c.Note+"\n"+Provenance(d, c))
	}
	prompt := giftEscape(c.Prompt)
	switch c.Type {
	case deck.TypeCloze:
		before, after, _ := ClozeParts(c.Prompt)
		if after == "" {
			// A block at the end is an ordinary question, not a missing
			// word: keep the blank in the text.
			return prompt + " {" + giftAnswers(c) + feedback + "}", true
		}
		return giftEscape(before) + "{" + giftAnswers(c) + feedback + "}" + giftEscape(after), true
	case deck.TypeMCQ:
		var parts []string
		for _, ch := range c.Choices {
			mark := "~"
			if ch == c.Answer {
				mark = "="
			}
			parts = append(parts, mark+giftEscape(ch))
		}
		return prompt + " {" + strings.Join(parts, " ") + feedback + "}", true
	case deck.TypeTrueFalse:
		tf := "F"
		if c.Answer == "true" {
			tf = "T"
		}
		return prompt + " {" + tf + feedback + "}", true
	case deck.TypeNumeric:
		num := "#" + c.Answer
		if c.Tolerance != 0 {
			num += ":" + strconv.FormatFloat(c.Tolerance, 'g', -1, 64)
		}
		return prompt + giftEscape(unitSuffix(d.Language, c.Unit)) + " {" + num + feedback + "}", true
	case deck.TypeMatch:
		var parts []string
		for _, p := range c.Pairs {
			parts = append(parts, "="+giftEscape(p.Left)+" -> "+giftEscape(p.Right))
		}
		return prompt + " {" + strings.Join(parts, " ") + feedback + "}", true
	case deck.TypeOrder:
		return "", false
	}
	return prompt + " {" + giftAnswers(c) + feedback + "}", true
}

// giftAnswers is a short-answer block: the answer, then the other forms
// that count as right or are accepted.
func giftAnswers(c deck.Card) string {
	parts := []string{"=" + giftEscape(c.Answer)}
	for _, a := range append(append([]string(nil), c.Also...), c.Accept...) {
		parts = append(parts, "="+giftEscape(a))
	}
	return strings.Join(parts, " ")
}

var giftEscaper = strings.NewReplacer(`\`, `\\`, "~", `\~`, "=", `\=`, "#", `\#`, "{", `\{`, "}", `\}`, ":", `\:`,
	"\r\n", `\n`, "\n", `\n`, "\r", `\n`)

// giftEscape escapes GIFT's special characters.
func giftEscape(s string) string { return giftEscaper.Replace(s) }

// giftComment keeps a text on its comment line.
func giftComment(s string) string { return oneLine(s) }
