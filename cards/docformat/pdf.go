package docformat

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// pdfTimeout bounds one pdftotext run: a hostile PDF must not hang a build.
const pdfTimeout = 2 * time.Minute

// ErrNoPdftotext is wrapped by the error for a PDF when Debian's
// poppler-utils (pdftotext) is not installed.
var ErrNoPdftotext = errors.New("reading PDF needs pdftotext: install Debian's poppler-utils (apt-get install poppler-utils, or make deps)")

// pdfText extracts a PDF's text with poppler's pdftotext, then joins the
// lines it wrapped: a PDF stores lines as laid out on the page, so a
// sentence runs over several of them.
func pdfText(path string) (string, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, ErrNoPdftotext)
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", "-nopgbrk", path, "-")
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 200 {
			msg = msg[:200] + "…"
		}
		return "", fmt.Errorf("%s: pdftotext could not read it (%v): %s", path, err, msg)
	}
	return unwrapPDF(out.String()), nil
}

// unwrapPDF joins the lines pdftotext wrapped: a PDF stores lines as laid
// out on the page, so a sentence runs over several of them. Within a block
// (blocks are separated by blank lines) a line is joined to the next only
// when it runs nearly the block's full width and does not end a sentence:
// a shorter line ends its paragraph, or is a heading.
func unwrapPDF(s string) string {
	var l lines
	for _, block := range strings.Split(plainText(s), "\n\n") {
		var rows []string
		full := 0
		for _, line := range strings.Split(block, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				rows = append(rows, line)
				full = max(full, width(line))
			}
		}
		for _, line := range rows {
			l.write(joinWide(line) + "\n")
			if endsSentence(line) || width(line)*100 < full*85 {
				l.end()
			}
		}
		l.block()
	}
	return l.text("")
}

// width is a line's width in half-width columns.
func width(s string) int {
	n := 0
	for _, r := range s {
		n++
		if wide(r) {
			n++
		}
	}
	return n
}

// joinWide drops a single space between two Japanese characters, which
// PDF text extraction inserts where the page had a gap, never the text.
func joinWide(s string) string {
	rs := []rune(s)
	out := rs[:0:0]
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && wide(rs[i-1]) && wide(rs[i+1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// endsSentence reports a line ending in sentence-final punctuation.
func endsSentence(line string) bool {
	for _, end := range []string{"。", "！", "？", "」", "』", "!", "?", ".", ")", "）"} {
		if strings.HasSuffix(line, end) {
			return true
		}
	}
	return false
}
