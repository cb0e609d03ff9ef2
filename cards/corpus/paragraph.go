package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-blank line of a document, without its surrounding white
// space.
type line struct {
	start, end int // byte offsets in Document.Raw
	text       string
}

// rawLines cuts raw into its non-blank lines. A carriage return before a line
// feed is white space like any other, so CRLF files need nothing special.
func rawLines(raw string) []line {
	var out []line
	for off := 0; off <= len(raw); {
		n := strings.IndexByte(raw[off:], '\n')
		if n < 0 {
			n = len(raw) - off
		}
		s := raw[off : off+n]
		lead := len(s) - len(strings.TrimLeftFunc(s, isBlank))
		body := strings.TrimFunc(s, isBlank)
		if body != "" {
			out = append(out, line{start: off + lead, end: off + lead + len(body), text: body})
		}
		off += n + 1
	}
	return out
}

// isBlank is white space, including the invisible marks Normalize drops.
func isBlank(r rune) bool { return unicode.IsSpace(r) || ignorable(r) }

// paragraph is a logical line: one line, or the lines of one sentence that a
// page break or a table cut apart, in reading order. A table block is a
// paragraph too, with table set and one line per caption, row and note; it
// follows the paragraph it interrupts, so that running text stays together.
type paragraph struct {
	lines []line
	mark  string // the list mark taken off the front of the first line
	table bool
}

// paragraphs groups the lines of d into paragraphs, takes tables out of the
// running text, and rejoins sentences they cut.
func paragraphs(d *Document) []paragraph {
	lines := rawLines(d.Raw)
	speakers := speakerLabels(lines)
	blocks := findTables(lines)
	inTable := make([]int, len(lines)) // 1 + index of the block holding the line, or 0
	for b, blk := range blocks {
		for i := blk.first; i <= blk.last; i++ {
			inTable[i] = b + 1
		}
	}
	used := make([]bool, len(lines))
	var out []paragraph
	for i := range lines {
		if used[i] {
			continue
		}
		if b := inTable[i]; b > 0 {
			blk := blocks[b-1]
			d.Tables = append(d.Tables, blk.table)
			out = append(out, paragraph{lines: lines[blk.first : blk.last+1], table: true})
			for k := blk.first; k <= blk.last; k++ {
				used[k] = true
			}
			continue
		}
		used[i] = true
		first, mark := stripMark(lines[i])
		if mark == "" {
			first, mark = stripSpeaker(first, speakers)
		}
		p := paragraph{lines: []line{first}, mark: mark}
		// Follow the sentence over page breaks and tables while the next
		// line of running text carries it on.
		for {
			j := i + 1
			for j < len(lines) && (used[j] || inTable[j] > 0) {
				j++
			}
			if j >= len(lines) || !continues(p, lines[j]) {
				break
			}
			used[j] = true
			p.lines = append(p.lines, lines[j])
			i = j
		}
		out = append(out, p)
	}
	return out
}

// listMarks are the marks scraped pages put in front of list items. They are
// layout, not text, so Text never starts with one.
var listMarks = []string{"✅", "✔", "☑", "💡", "📌", "👉", "■", "□", "●", "◆", "◇", "▼", "▶", "★", "☆", "•", "・", "- ", "* "}

// stripMark takes a list mark (and the space after it) off the front of l.
func stripMark(l line) (line, string) {
	for _, m := range listMarks {
		if rest, ok := strings.CutPrefix(l.text, m); ok {
			body := strings.TrimLeftFunc(rest, isBlank)
			if body == "" {
				return l, ""
			}
			cut := len(l.text) - len(body)
			return line{start: l.start + cut, end: l.end, text: body}, strings.TrimSpace(m)
		}
	}
	return l, ""
}

// speakerLabel matches a name that opens a line and a space after it, as
// an interview prints whose turn it is ("石田 ありがとうございます。").
var speakerLabel = regexp.MustCompile(`^([^\s、。,.:：()「」]{1,8})[ \x{3000}]+\S`)

// minSpeakerTurns is how many lines must open with one name before it is
// taken as a speaker's label rather than text.
const minSpeakerTurns = 3

// speakerLabels finds the names that open at least minSpeakerTurns lines
// followed by a space: an interview's speakers.
func speakerLabels(lines []line) map[string]bool {
	count := map[string]int{}
	for _, l := range lines {
		if m := speakerLabel.FindStringSubmatch(l.text); m != nil {
			count[m[1]]++
		}
	}
	out := map[string]bool{}
	for name, n := range count {
		if n >= minSpeakerTurns {
			out[name] = true
		}
	}
	return out
}

// stripSpeaker takes a speaker's label off the front of l: the turn's
// text is the claim, the label is layout.
func stripSpeaker(l line, speakers map[string]bool) (line, string) {
	m := speakerLabel.FindStringSubmatchIndex(l.text)
	if m == nil || !speakers[l.text[m[2]:m[3]]] {
		return l, ""
	}
	body := strings.TrimLeftFunc(l.text[m[3]:], isBlank)
	cut := len(l.text) - len(body)
	return line{start: l.start + cut, end: l.end, text: body}, l.text[m[2]:m[3]]
}

// continues reports whether next carries on the last sentence of p, cut by a
// page break or a table.
func continues(p paragraph, next line) bool {
	return openQuoteCloses(p, next) || pageBreak(p.lines[len(p.lines)-1], next)
}

// openQuoteCloses reports a quotation left open at the end of p that next
// closes: blogs put a paragraph break inside long quotes, and the quote with
// its "…」と指摘します。" is one sentence.
func openQuoteCloses(p paragraph, next line) bool {
	var text strings.Builder
	for _, l := range p.lines {
		text.WriteString(l.text)
	}
	open := unclosed(text.String())
	if len(open) == 0 {
		return false
	}
	c, ok := firstUnopened(next.text)
	return ok && closerOf[open[len(open)-1]] == c
}

// numberedHeading matches section headings such as "3 日米間の信頼関係構築".
var numberedHeading = regexp.MustCompile(`^\d+(\.\d+)*\s`)

// pageBreak reports a line that stops in mid-sentence and a next line that
// goes on with it. Headings also end without a terminator, so the first line
// must look like running text: it already holds a full stop, or ends on a
// comma, or is too long and comma-laden for a heading. And the next line must
// be running text too, not a heading or a list item.
func pageBreak(prev, next line) bool {
	p, n := Normalize(prev.text), Normalize(next.text)
	last, _ := utf8.DecodeLastRuneInString(p)
	if isTerminator(last) || closerOpener[last] != 0 || last == ':' {
		return false
	}
	prose := strings.Contains(p, "。") || strings.HasSuffix(p, "、") ||
		(utf8.RuneCountInString(p) >= 60 && strings.Contains(p, "、"))
	if !prose || !strings.Contains(n, "。") || numberedHeading.MatchString(n) {
		return false
	}
	if _, mark := stripMark(next); mark != "" {
		return false
	}
	return true
}

// joined is a paragraph's lines put together as one text, remembering where
// each piece lies in Document.Raw.
type joined struct {
	text   string
	pieces []piece
}

// piece is one line inside a joined text.
type piece struct {
	at  int // offset in joined.text
	raw int // offset in Document.Raw
	n   int // length in bytes
}

// join puts the paragraph's lines together. Japanese runs on without a
// space across a line break; only between two Latin letters or digits does
// the break stand for a space.
func (p paragraph) join() joined {
	var j joined
	var b strings.Builder
	for k, l := range p.lines {
		if k > 0 {
			prev, _ := utf8.DecodeLastRuneInString(p.lines[k-1].text)
			next, _ := utf8.DecodeRuneInString(l.text)
			if isASCIIAlnum(prev) && isASCIIAlnum(next) {
				b.WriteByte(' ')
			}
		}
		j.pieces = append(j.pieces, piece{at: b.Len(), raw: l.start, n: len(l.text)})
		b.WriteString(l.text)
	}
	j.text = b.String()
	return j
}

// lineJoined is a single line as a joined text.
func lineJoined(l line) joined {
	return joined{text: l.text, pieces: []piece{{raw: l.start, n: len(l.text)}}}
}

// mapping normalizes [a, b) of j.text, with offsets into Document.Raw.
func (j joined) mapping(a, b int) Mapping {
	return NormalizeMapped(j.text[a:b]).shift(func(off int, end bool) int {
		if end {
			return j.rawEnd(a + off)
		}
		return j.rawStart(a + off)
	})
}

// documentMapping normalizes the running text of a whole document in reading
// order: paragraphs with page breaks rejoined, one space between paragraphs
// (as Normalize would put for a line break), each table line on its own.
func documentMapping(paras []paragraph) Mapping {
	var chunks []Mapping
	for _, p := range paras {
		if !p.table {
			j := p.join()
			chunks = append(chunks, j.mapping(0, len(j.text)))
			continue
		}
		for _, l := range p.lines {
			chunks = append(chunks, lineJoined(l).mapping(0, len(l.text)))
		}
	}
	var m Mapping
	var b strings.Builder
	for _, c := range chunks {
		if c.Text == "" {
			continue
		}
		if b.Len() > 0 {
			// The space stands for the gap between the paragraphs.
			end := m.hi[len(m.hi)-1]
			b.WriteByte(' ')
			m.lo = append(m.lo, end)
			m.hi = append(m.hi, max(end, c.lo[0]))
		}
		b.WriteString(c.Text)
		m.lo = append(m.lo, c.lo...)
		m.hi = append(m.hi, c.hi...)
	}
	m.Text = b.String()
	return m
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// rawStart maps an offset of j.text at which something starts to
// Document.Raw; a joining space maps to the start of the next piece.
func (j joined) rawStart(off int) int {
	for _, p := range j.pieces {
		if off < p.at+p.n {
			return p.raw + max(off-p.at, 0)
		}
	}
	last := j.pieces[len(j.pieces)-1]
	return last.raw + last.n
}

// rawEnd maps an offset of j.text at which something ends to Document.Raw;
// a joining space maps to the end of the previous piece.
func (j joined) rawEnd(off int) int {
	for k := len(j.pieces) - 1; k >= 0; k-- {
		p := j.pieces[k]
		if off > p.at {
			return p.raw + min(off-p.at, p.n)
		}
	}
	return j.pieces[0].raw
}

// parts returns the spans of Document.Raw that [a, b) of j.text covers, one
// per piece it touches.
func (j joined) parts(a, b int) []Span {
	var out []Span
	for _, p := range j.pieces {
		lo, hi := max(a, p.at), min(b, p.at+p.n)
		if lo < hi {
			out = append(out, Span{Start: p.raw + lo - p.at, End: p.raw + hi - p.at})
		}
	}
	return out
}
