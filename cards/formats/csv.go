package formats

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"factdeck/cards/deck"
)

// CSVColumns head the CSV that WriteCSV writes and ReadCSV reads (only
// prompt and answer are required there). Lists (choices, accepted
// answers, tags) hold one item a line inside their cell.
var CSVColumns = []string{"id", "type", "prompt", "answer", "choices", "also", "accept", "unit", "tolerance", "tags", "kind", "source", "date", "sentence", "note", "paragraph"}

// bom is the UTF-8 byte-order mark. Excel reads a CSV file without it in
// the machine's legacy code page, which garbles Japanese.
const bom = "\ufeff"

// WriteCSV writes the deck as CSV by RFC 4180 (section 2: CRLF between
// records, a header row, fields with commas, quotes or line breaks in
// quotes, a quote doubled), UTF-8 with a byte-order mark: one card a
// row, with its fact's kind, source, date and sentence, and last the
// paragraph around the sentence where the deck keeps one.
func WriteCSV(d *deck.Deck) ([]byte, []Warning, error) {
	var b bytes.Buffer
	b.WriteString(bom)
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.Write(CSVColumns); err != nil {
		return nil, nil, err
	}
	for _, c := range d.Cards {
		f, _ := d.Fact(c.Fact)
		s, _ := d.Source(f.Source)
		tol := ""
		if c.Tolerance != 0 {
			tol = strconv.FormatFloat(c.Tolerance, 'g', -1, 64)
		}
		date := f.Date
		if date == "" {
			date = s.Date
		}
		row := []string{c.ID, c.Type, c.Prompt, c.Answer, cellList(c.Choices), cellList(c.Also), cellList(c.Accept), c.Unit, tol,
			cellList(tagsOf(c)), f.Kind, s.Title, date, f.Sentence, c.Note, f.Paragraph}
		if err := w.Write(row); err != nil {
			return nil, nil, err
		}
	}
	w.Flush()
	return b.Bytes(), nil, w.Error()
}

// cellList puts a list in one cell, an item a line; a line break inside
// an item would split it, so it becomes a space.
func cellList(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = oneLine(s)
	}
	return strings.Join(out, "\n")
}
