package generate

import (
	"factdeck/cards/corpus"
)

// tableOf finds the table a cell fact comes from: the one with a cell of
// the fact's row, column and text.
func tableOf(f *fact) (*corpus.Table, int, bool) {
	for i := range f.doc.Tables {
		t := &f.doc.Tables[i]
		for _, c := range t.Cells {
			if c.Row == f.row && c.Column == f.column && c.Text == f.key {
				return t, i, true
			}
		}
	}
	return nil, 0, false
}

// tableName is how a question names a cell's table: its caption, or the
// word 表 when it has none.
func tableName(f *fact) string {
	name := "表"
	if t, _, ok := tableOf(f); ok && t.Title != "" {
		name = t.Title
	}
	// "第1表" alone points into a document the student has not seen.
	return "「" + sourceName(f) + "」の" + name
}

// rowHead is the header of a table's first column, which names its rows.
func rowHead(f *fact) string {
	if t, _, ok := tableOf(f); ok && len(t.Columns) > 0 && t.Columns[0] != "" {
		return t.Columns[0]
	}
	return "行"
}
