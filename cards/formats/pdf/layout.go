package pdf

import (
	"strings"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"
)

// face is one embedded font and the glyphs it has.
type face struct {
	name string
	font *sfnt.Font
	buf  sfnt.Buffer
}

func (f *face) has(r rune) bool {
	i, err := f.font.GlyphIndex(&f.buf, r)
	return err == nil && i != 0
}

// run is a piece of a line set in one font.
type run struct {
	font string
	text string
}

// typesetter sets text in the first of its faces that has each
// character, and breaks lines where Japanese allows: between any two
// characters but not before closing punctuation, and Latin words only at
// spaces.
type typesetter struct {
	pdf     *fpdf.Fpdf
	faces   []*face
	size    float64
	widths  map[rune]float64
	fonts   map[rune]string
	missing map[rune]bool
}

// substitute stands for a character no face has, or one outside the
// Basic Multilingual Plane, which fpdf cannot map: the geta mark that
// Japanese printing uses for a missing character.
const substitute = '〓'

// printable is r, or substitute when r cannot be printed.
func (t *typesetter) printable(r rune) rune {
	if r > 0xFFFF {
		t.missing[r] = true
		return substitute
	}
	t.fontOf(r)
	if t.missing[r] {
		return substitute
	}
	return r
}

func (t *typesetter) fontOf(r rune) string {
	if f, ok := t.fonts[r]; ok {
		return f
	}
	name := t.faces[0].name
	found := unicode.IsSpace(r)
	for _, f := range t.faces {
		if f.has(r) {
			name, found = f.name, true
			break
		}
	}
	if !found {
		t.missing[r] = true
	}
	t.fonts[r] = name
	return name
}

func (t *typesetter) width(r rune) float64 {
	if w, ok := t.widths[r]; ok {
		return w
	}
	t.pdf.SetFont(t.fontOf(r), "", t.size)
	w := t.pdf.GetStringWidth(string(r))
	t.widths[r] = w
	return w
}

// noLineStart are characters a line may not begin with (kinsoku): they
// hang at the end of the line before instead.
const noLineStart = "、。，．・：；？！）」』】〕〉》’”ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;?!)]}%"

// noLineEnd are characters a line may not end with: opening brackets
// go down with what they open.
const noLineEnd = "（「『【［〔〈《‘“([{"

// wrap breaks text into lines no wider than width.
func (t *typesetter) wrap(text string, width float64) [][]rune {
	var lines [][]rune
	for _, para := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		var line []rune
		w := 0.0
		lastBreak := -1 // index in line after which a break may come
		for _, r := range para {
			if r == '\t' {
				r = ' '
			}
			r = t.printable(r)
			rw := t.width(r)
			if w+rw > width && len(line) > 0 && !strings.ContainsRune(noLineStart, r) {
				cut := len(line)
				if isWordRune(r) && lastBreak >= 0 && isWordRune(line[len(line)-1]) {
					cut = lastBreak + 1
				}
				for cut > 1 && strings.ContainsRune(noLineEnd, line[cut-1]) {
					cut--
				}
				lines = append(lines, trimRight(line[:cut]))
				line = append([]rune(nil), line[cut:]...)
				for len(line) > 0 && line[0] == ' ' {
					line = line[1:]
				}
				w = 0
				for _, x := range line {
					w += t.width(x)
				}
				lastBreak = -1
			}
			line = append(line, r)
			w += rw
			if r == ' ' || !isWordRune(r) {
				lastBreak = len(line) - 1
			}
		}
		lines = append(lines, line)
	}
	return lines
}

func trimRight(line []rune) []rune {
	for len(line) > 0 && line[len(line)-1] == ' ' {
		line = line[:len(line)-1]
	}
	return line
}

// isWordRune is a character of a Latin word or number, which stays on
// one line with its neighbours.
func isWordRune(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-')
}

// runs splits a line into pieces of one font each.
func (t *typesetter) runs(line []rune) []run {
	var out []run
	for _, r := range line {
		f := t.fontOf(r)
		if n := len(out); n > 0 && out[n-1].font == f {
			out[n-1].text += string(r)
			continue
		}
		out = append(out, run{font: f, text: string(r)})
	}
	return out
}

// line writes one line at the current position, then moves down by h.
func (t *typesetter) line(x float64, line []rune, h float64) {
	t.pdf.SetX(x)
	for _, r := range t.runs(line) {
		t.pdf.SetFont(r.font, "", t.size)
		t.pdf.CellFormat(t.pdf.GetStringWidth(r.text), h, r.text, "", 0, "L", false, 0, "")
	}
	t.pdf.Ln(h)
}
