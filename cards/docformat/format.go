// Package docformat turns the documents teachers have — plain text in any
// common Japanese encoding, Markdown, HTML, Word .docx and PDF — into the
// plain UTF-8 text that cards/corpus parses: the title on the first line,
// one paragraph or heading a line, table rows as tab-separated cells.
package docformat

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is a kind of document file.
type Format string

// The formats deckgen reads.
const (
	Plain    Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	Docx     Format = "docx"
	PDF      Format = "pdf"
)

// DefaultMaxSize is the largest input read unless the caller raises it:
// far above any teacher's document, far below what would exhaust memory.
const DefaultMaxSize int64 = 200 << 20

// ErrTooLarge is wrapped by the error for a file over the size limit.
var ErrTooLarge = errors.New("file too large")

// FormatOf picks a file's format from its name, then from its first bytes
// for names without a known extension.
func FormatOf(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".docx":
		return Docx
	case ".pdf":
		return PDF
	case ".txt", ".text":
		return Plain
	}
	switch {
	case strings.HasPrefix(string(head), "%PDF-"):
		return PDF
	case strings.HasPrefix(string(head), "PK\x03\x04"):
		return Docx
	case looksLikeHTML(head):
		return HTML
	}
	return Plain
}

// looksLikeHTML reports a file that starts, after spaces and a byte-order
// mark, with a doctype or an html tag.
func looksLikeHTML(head []byte) bool {
	s := strings.ToLower(strings.TrimLeft(strings.TrimPrefix(string(head), "\ufeff"), " \t\r\n"))
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html")
}

// ReadFile reads the document at path and returns its plain text. It
// refuses what is not a regular file (a device such as /dev/zero, a pipe,
// a directory) and files larger than maxSize bytes (0: DefaultMaxSize), so
// a wrong argument never reads until memory runs out.
func ReadFile(path string, maxSize int64) (string, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	fi, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if !fi.Mode().IsRegular() {
		return "", fmt.Errorf("%s: not a regular file (%s); give a text, Markdown, HTML, .docx or PDF document", path, kindOf(fi.Mode()))
	}
	if fi.Size() > maxSize {
		return "", fmt.Errorf("%s: %w: %d bytes, over the limit of %d (raise it with --max-size)", path, ErrTooLarge, fi.Size(), maxSize)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// The file may grow after Stat; read one byte past the limit to see it.
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(data)) > maxSize {
		return "", fmt.Errorf("%s: %w: over the limit of %d bytes (raise it with --max-size)", path, ErrTooLarge, maxSize)
	}
	format := FormatOf(path, data[:min(len(data), 512)])
	if format == PDF {
		return pdfText(path)
	}
	return Text(path, format, data)
}

// kindOf names a file mode's type for an error message.
func kindOf(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeCharDevice != 0, m&os.ModeDevice != 0:
		return "a device"
	case m&os.ModeNamedPipe != 0:
		return "a pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file"
}

// Text converts data of the given format to plain text; name is used in
// errors only. PDF needs a file on disk: use ReadFile.
func Text(name string, format Format, data []byte) (string, error) {
	switch format {
	case Docx:
		s, err := docxText(data)
		if err != nil {
			return "", fmt.Errorf("%s: %w", name, err)
		}
		return s, nil
	case PDF:
		return "", fmt.Errorf("%s: a PDF is read from its file", name)
	}
	s, err := decode(data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	switch format {
	case Markdown:
		return markdownText([]byte(s)), nil
	case HTML:
		return htmlText(s), nil
	}
	return plainText(s), nil
}

// plainText drops a byte-order mark and ends every line with "\n".
func plainText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}
