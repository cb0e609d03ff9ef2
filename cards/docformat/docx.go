package docformat

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// maxDocxXML bounds the unzipped document.xml, so a small zip that
// expands to gigabytes (a zip bomb) is refused instead of read.
const maxDocxXML = 256 << 20

// docxText reads a Word .docx file: the body in word/document.xml, read
// with the standard library. Each paragraph (w:p) becomes a line, w:tab a
// tab, w:br a line break; a table row's cells are joined by tabs. The
// first paragraph, normally the title, comes first as in the file.
func docxText(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("not a .docx file (not a zip archive): %w", err)
	}
	var body *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			body = f
		}
	}
	if body == nil {
		return "", errors.New("not a .docx file: it has no word/document.xml")
	}
	rc, err := body.Open()
	if err != nil {
		return "", fmt.Errorf("word/document.xml: %w", err)
	}
	defer rc.Close()
	s, err := docxBody(io.LimitReader(rc, maxDocxXML+1))
	if err != nil {
		return "", fmt.Errorf("word/document.xml: %w", err)
	}
	return s, nil
}

// docxBody turns the WordprocessingML of document.xml into lines.
func docxBody(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	var l lines
	inText := false
	cellsInRow := 0
	read := int64(0)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("malformed XML: %w", err)
		}
		if read = dec.InputOffset(); read > maxDocxXML {
			return "", errors.New("document.xml is too large")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				l.cell()
			case "br", "cr":
				l.end()
			case "tr":
				l.end()
				cellsInRow = 0
			case "tc":
				if cellsInRow > 0 {
					l.cell()
				}
				cellsInRow++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				// A paragraph inside a table cell stays in its cell.
				if cellsInRow == 0 {
					l.block()
				}
			case "tr":
				l.end()
				cellsInRow = 0
			case "tbl":
				l.block()
			}
		case xml.CharData:
			if inText {
				l.write(string(t))
			}
		}
	}
	return l.text(""), nil
}
