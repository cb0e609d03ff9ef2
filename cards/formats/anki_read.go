package formats

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// ankiFile is what a text file's headers say (Anki Manual, "Importing ›
// Text Files › File Headers"); columns are 1-based, 0 when absent.
type ankiFile struct {
	sep                             rune
	html                            bool
	guid, notetype, deckCol, tagCol int
}

// ReadAnki reads an Anki text file: the file headers WriteAnki writes
// and any others Anki knows are honoured (separator, html, the guid,
// note type, deck and tags columns); other columns are the note's fields
// in order. A Cloze note's first deletion becomes the blank; a Basic
// note's Front is the prompt (a list of choices in it makes a multiple
// choice card) and its Back, up to a rule (<hr>), the answer.
func ReadAnki(data []byte) ([]ImportedCard, error) {
	if err := checkSize(data); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	f := ankiFile{sep: '\t', html: false}
	headerLines := 0
	for bytes.HasPrefix(data, []byte("#")) {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		headerLines++
		if err := f.header(strings.TrimRight(string(line), "\r")); err != nil {
			return nil, &LineError{Line: headerLines, Msg: err.Error()}
		}
		data = rest
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = f.sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var cards []ImportedCard
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		line += headerLines
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &LineError{Line: pe.Line + headerLines, Msg: pe.Err.Error()}
			}
			return nil, err
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		c, err := f.card(rec)
		if err != nil {
			return nil, &LineError{Line: line, Field: "", Msg: err.Error()}
		}
		c.Line = line
		cards = append(cards, c)
	}
	return cards, nil
}

// header reads one "#key:value" line.
func (f *ankiFile) header(line string) error {
	key, value, ok := strings.Cut(strings.TrimPrefix(line, "#"), ":")
	if !ok {
		return nil // a comment
	}
	key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
	column := func(dst *int) error {
		n, err := strconv.Atoi(value)
		if err != nil || n < 1 || n > 64 {
			return fmt.Errorf("header %q: %q is not a column number from 1 to 64", key, value)
		}
		*dst = n
		return nil
	}
	switch key {
	case "separator":
		seps := map[string]rune{"tab": '\t', "comma": ',', "semicolon": ';', "space": ' ', "pipe": '|', "colon": ':'}
		if r, ok := seps[strings.ToLower(value)]; ok {
			f.sep = r
		} else if rs := []rune(value); len(rs) == 1 && rs[0] != '"' && rs[0] != '\n' && rs[0] != '\r' {
			f.sep = rs[0]
		} else {
			return fmt.Errorf("header \"separator\": %q is not a separator Anki knows", value)
		}
	case "html":
		f.html = strings.EqualFold(value, "true")
	case "guid column":
		return column(&f.guid)
	case "notetype column":
		return column(&f.notetype)
	case "deck column":
		return column(&f.deckCol)
	case "tags column":
		return column(&f.tagCol)
	}
	return nil
}

// card reads one note's record.
func (f *ankiFile) card(rec []string) (ImportedCard, error) {
	var c ImportedCard
	var fields []string
	noteType := ""
	for i, v := range rec {
		switch i + 1 {
		case f.guid:
			c.ID = v
		case f.notetype:
			noteType = v
		case f.deckCol:
		case f.tagCol:
			c.Tags = strings.Fields(v)
		default:
			fields = append(fields, v)
		}
	}
	if len(fields) < 1 || strings.TrimSpace(fields[0]) == "" {
		return c, errors.New("the note's first field is empty")
	}
	if strings.EqualFold(noteType, AnkiCloze) || (noteType == "" && clozeMark.MatchString(fields[0])) {
		return f.cloze(c, fields)
	}
	front := fields[0]
	if len(fields) < 2 {
		return c, errors.New("a Basic note needs a Back field after its Front")
	}
	back := fields[1]
	if f.html {
		if i := strings.Index(strings.ToLower(back), "<hr"); i >= 0 {
			back = back[:i]
		}
		if m := choiceList.FindStringSubmatchIndex(front); m != nil {
			for _, li := range listItem.FindAllStringSubmatch(front[m[2]:m[3]], -1) {
				c.Choices = append(c.Choices, f.text(li[1]))
			}
			front = front[:m[0]] + front[m[1]:]
		}
	}
	c.Prompt, c.Answer = f.text(front), f.text(back)
	return c, nil
}

var (
	clozeMark  = regexp.MustCompile(`\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}`)
	choiceList = regexp.MustCompile(`(?is)<ol class="choices">(.*?)</ol>`)
	listItem   = regexp.MustCompile(`(?is)<li>(.*?)</li>`)
	htmlBreak  = regexp.MustCompile(`(?i)<br\s*/?>|</div>|</p>`)
	htmlTag    = regexp.MustCompile(`<[^>]*>`)
)

// cloze reads a Cloze note: its first deletion (c1, else the lowest) is
// the blank and the answer; the text of any other is kept as it reads.
func (f *ankiFile) cloze(c ImportedCard, fields []string) (ImportedCard, error) {
	text := fields[0]
	matches := clozeMark.FindAllStringSubmatchIndex(text, -1)
	if len(matches) == 0 {
		return c, errors.New("a Cloze note's Text has no {{c1::…}} deletion")
	}
	first := matches[0]
	for _, m := range matches {
		if n, _ := strconv.Atoi(text[m[2]:m[3]]); n < mustAtoi(text[first[2]:first[3]]) {
			first = m
		}
	}
	var prompt strings.Builder
	last := 0
	for _, m := range matches {
		prompt.WriteString(f.text(text[last:m[0]]))
		if m[0] == first[0] {
			prompt.WriteString(blankMark)
		} else {
			prompt.WriteString(f.text(text[m[4]:m[5]]))
		}
		last = m[1]
	}
	prompt.WriteString(f.text(text[last:]))
	c.Prompt = strings.Replace(prompt.String(), blankMark, "［＿＿＿］", 1)
	c.Answer = f.text(text[first[4]:first[5]])
	c.Type = "cloze"
	return c, nil
}

// blankMark stands for the blank while the text around it is unescaped.
const blankMark = "\x00blank\x00"

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// text turns a field into plain text: line breaks for <br>, no tags,
// character references read.
func (f *ankiFile) text(s string) string {
	if !f.html {
		return strings.TrimSpace(s)
	}
	s = htmlBreak.ReplaceAllString(s, "\n")
	s = htmlTag.ReplaceAllString(s, "")
	return strings.TrimSpace(html.UnescapeString(s))
}
