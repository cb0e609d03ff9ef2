package formats

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvAliases are other names a spreadsheet may give the two required
// columns.
var csvAliases = map[string]string{
	"question": "prompt", "front": "prompt", "term": "prompt", "問題": "prompt",
	"back": "answer", "definition": "answer", "解答": "answer", "答え": "answer",
}

// ReadCSV reads a CSV file with a header row (RFC 4180; a byte-order
// mark is skipped): the columns WriteCSV writes, in any order, of which
// only prompt and answer are required. Lists hold an item a line.
func ReadCSV(data []byte) ([]ImportedCard, error) {
	if err := checkSize(data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil, errors.New("the file is empty: want a header row with prompt and answer")
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{}
	for i, name := range header {
		name = strings.ToLower(strings.TrimSpace(name))
		if alias, ok := csvAliases[name]; ok {
			name = alias
		}
		if _, dup := col[name]; !dup {
			col[name] = i
		}
	}
	for _, need := range []string{"prompt", "answer"} {
		if _, ok := col[need]; !ok {
			return nil, &LineError{Line: 1, Msg: fmt.Sprintf("the header row has no %q column", need)}
		}
	}
	var cards []ImportedCard
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := r.FieldPos(0)
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue
		}
		c := ImportedCard{Line: line, ID: get("id"), Type: strings.TrimSpace(get("type")), Prompt: get("prompt"), Answer: get("answer"),
			Choices: lines(get("choices")), Also: lines(get("also")), Accept: lines(get("accept")),
			Tags: lines(get("tags")), Unit: get("unit"), Note: get("note"), Kind: strings.TrimSpace(get("kind"))}
		if tol := strings.TrimSpace(get("tolerance")); tol != "" {
			c.Tolerance, err = strconv.ParseFloat(tol, 64)
			if err != nil {
				return nil, &LineError{Line: line, Field: "tolerance", Msg: fmt.Sprintf("%q is not a number", clip(tol))}
			}
		}
		if c.Type == "order" || c.Type == "match" {
			// Their items and pairs do not fit in a cell; as text (the
			// items in the question) they still make a question with its
			// answer.
			c.Type = "basic"
		}
		cards = append(cards, c)
	}
	return cards, nil
}

// lines splits a list cell into its items, one a line.
func lines(cell string) []string {
	var out []string
	for _, s := range strings.Split(strings.ReplaceAll(cell, "\r\n", "\n"), "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LineError{Line: pe.Line, Msg: fmt.Sprintf("column %d: %v", pe.Column, pe.Err)}
	}
	return err
}

// clip cuts a text quoted in an error to 40 characters.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
