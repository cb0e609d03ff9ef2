package corpus

import (
	"regexp"
	"strings"
)

// tableBlock is a table found among the lines of a document: lines[first]
// through lines[last], caption and note included.
type tableBlock struct {
	first, last int
	table       Table
}

// tableCaption matches a table's caption line, e.g. "第1表 目的別の関税概要".
var tableCaption = regexp.MustCompile(`^(第\s*\d+\s*表|表\s*\d+)`)

// tableNote matches the source note printed under a table, e.g.
// "(出所) 筆者作成。".
var tableNote = regexp.MustCompile(`^(\((出所|出典|注|資料)\)|(出所|出典|注|資料)\s*:)`)

// findTables finds the tables among lines: runs of two or more lines cut
// into cells by tabs (the way a scraped HTML table comes out), with the
// caption line above and the note line below when there are such lines.
func findTables(lines []line) []tableBlock {
	var out []tableBlock
	for i := 0; i < len(lines); i++ {
		if !isRow(lines[i]) {
			continue
		}
		last := i
		for last+1 < len(lines) && isRow(lines[last+1]) {
			last++
		}
		if last == i {
			continue
		}
		blk := tableBlock{first: i, last: last}
		blk.table = buildTable(lines[i : last+1])
		if i > 0 && tableCaption.MatchString(Normalize(lines[i-1].text)) {
			blk.first = i - 1
			blk.table.Title = Normalize(lines[i-1].text)
		}
		if last+1 < len(lines) && tableNote.MatchString(Normalize(lines[last+1].text)) {
			blk.last = last + 1
			blk.table.Note = Normalize(lines[last+1].text)
		}
		blk.table.Start, blk.table.End = lines[blk.first].start, lines[blk.last].end
		out = append(out, blk)
		i = blk.last
	}
	return out
}

// isRow reports a line of two or more tab-separated cells.
func isRow(l line) bool { return strings.Contains(l.text, "\t") }

// buildTable reads rows: the first is the header, the first cell of each
// other row is that row's header.
func buildTable(rows []line) Table {
	var t Table
	head := cells(rows[0])
	for _, c := range head {
		t.Columns = append(t.Columns, c.Text)
	}
	for _, r := range rows[1:] {
		cs := cells(r)
		var row []string
		for k, c := range cs {
			row = append(row, c.Text)
			if k < len(t.Columns) {
				c.Column = t.Columns[k]
			}
			c.Row = cs[0].Text
			t.Cells = append(t.Cells, c)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// cells cuts a row at its tabs, keeping each cell's offsets in Document.Raw.
func cells(l line) []Cell {
	var out []Cell
	off := l.start
	for _, f := range strings.Split(l.text, "\t") {
		lead := len(f) - len(strings.TrimLeftFunc(f, isBlank))
		body := strings.TrimFunc(f, isBlank)
		out = append(out, Cell{Text: Normalize(body), Start: off + lead, End: off + lead + len(body)})
		off += len(f) + 1
	}
	return out
}
