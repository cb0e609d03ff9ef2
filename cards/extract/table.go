package extract

import (
	"strings"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// tableFacts makes a fact of every body cell of doc's tables, tied to its
// row and column headers. The cell's sentence is the table row it stands
// in, as the corpus reads it: a row is noise to the running text, but it
// is what the document states, verbatim.
func tableFacts(doc *corpus.Document) []Fact {
	var out []Fact
	for _, tb := range doc.Tables {
		subject := tb.Title
		if i := strings.Index(subject, " "); i >= 0 && strings.HasSuffix(subject[:i], "表") {
			subject = subject[i+1:] // "第1表 目的別の関税概要" is about 目的別の関税概要
		}
		rows := tableRows(doc, tb)
		cursor := map[int]int{}
		for _, c := range tb.Cells {
			s, ok := rowOf(rows, c)
			if !ok || c.Text == "" {
				continue
			}
			i := strings.Index(s.Text[cursor[s.Index]:], c.Text)
			if i < 0 {
				continue
			}
			start := cursor[s.Index] + i
			cursor[s.Index] = start + len(c.Text)
			out = append(out, Fact{
				Kind: deck.KindTable, Key: c.Text, Start: start, End: start + len(c.Text),
				Sentence: s, Doc: doc, Row: c.Row, Column: c.Column,
				Subject: subject, Context: tb.Title,
			})
		}
	}
	return out
}

// tableRows returns the sentences that are rows of table tb.
func tableRows(doc *corpus.Document, tb corpus.Table) []corpus.Sentence {
	var out []corpus.Sentence
	for _, s := range doc.Sentences {
		if s.Noise == corpus.NoiseTable && s.Start >= tb.Start && s.End <= tb.End {
			out = append(out, s)
		}
	}
	return out
}

// rowOf returns the row sentence that holds cell c.
func rowOf(rows []corpus.Sentence, c corpus.Cell) (corpus.Sentence, bool) {
	for _, s := range rows {
		if s.Start <= c.Start && c.End <= s.End {
			return s, true
		}
	}
	return corpus.Sentence{}, false
}
