package docformat

import (
	"strings"
	"unicode/utf8"
)

// lines builds a document's plain text one line at a time: headings and
// paragraphs on lines of their own, table cells joined by tabs, blank
// lines between blocks, so cards/corpus sees the same shapes whatever the
// file's format.
type lines struct {
	b   strings.Builder
	cur strings.Builder
	// space and wrapped hold a space or a line break not yet written: it
	// is written, or not, when the next character comes.
	space, wrapped bool
}

// write adds text to the current line. Runs of spaces become one space;
// a line break (a source's hard wrap) becomes a space between words of
// Latin script and nothing between Japanese characters, which are written
// without spaces.
func (l *lines) write(s string) {
	for _, r := range s {
		switch r {
		case '\n', '\r':
			l.wrapped = true
		case '\t', ' ', '\u00a0', '\u3000':
			l.space = true
		default:
			l.put(r)
		}
	}
}

// put writes r after the space or line break seen before it, if any.
func (l *lines) put(r rune) {
	if l.cur.Len() > 0 {
		last, _ := utf8.DecodeLastRuneInString(l.cur.String())
		switch {
		case last == ' ' || last == '\t':
		case l.space:
			l.cur.WriteByte(' ')
		case l.wrapped && !wide(last) && !wide(r):
			l.cur.WriteByte(' ')
		}
	}
	l.space, l.wrapped = false, false
	l.cur.WriteRune(r)
}

// wide reports the characters of Japanese text (kana, kanji, full-width
// forms and punctuation), which a line break joins without a space.
func wide(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFF00 && r <= 0xFFEF
}

// cell ends a table cell: the next text goes after a tab.
func (l *lines) cell() {
	l.trimSpace()
	l.space, l.wrapped = false, false
	l.cur.WriteByte('\t')
}

// end ends the current line, if it holds anything.
func (l *lines) end() {
	l.trimSpace()
	l.space, l.wrapped = false, false
	s := strings.TrimRight(l.cur.String(), "\t")
	l.cur.Reset()
	if strings.TrimSpace(s) == "" {
		return
	}
	l.b.WriteString(s)
	l.b.WriteByte('\n')
}

// block ends the current line and leaves a blank line after it.
func (l *lines) block() {
	l.end()
	if s := l.b.String(); s != "" && !strings.HasSuffix(s, "\n\n") {
		l.b.WriteByte('\n')
	}
}

func (l *lines) trimSpace() {
	s := strings.TrimRight(l.cur.String(), " ")
	l.cur.Reset()
	l.cur.WriteString(strings.TrimLeft(s, " "))
}

// text returns what was written, with the title (if any) first.
func (l *lines) text(title string) string {
	l.end()
	body := strings.TrimSpace(l.b.String())
	title = strings.TrimSpace(strings.Join(strings.Fields(title), " "))
	if title != "" && !strings.HasPrefix(body, title) {
		return title + "\n\n" + body + "\n"
	}
	return body + "\n"
}
