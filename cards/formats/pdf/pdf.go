// Package pdf writes a deck as a printable quiz on A4: the questions,
// then, on pages of their own, the answer key with the source and date of
// each answer. Text is set in TrueType fonts the caller passes (the app's
// Japanese fonts), embedded as subsets with a Unicode map (fpdf's UTF-8
// fonts write a ToUnicode CMap), so a reader can copy and search the text.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"

	"factdeck/cards/deck"
	"factdeck/cards/formats"
)

// Options are what the quiz needs besides the deck.
type Options struct {
	// Fonts are TrueType fonts, the first for all it has, each next one
	// for the characters the ones before lack.
	Fonts [][]byte
	// Created is the file's creation date (zero: now).
	Created time.Time
}

// Page layout, in millimetres.
const (
	margin   = 18.0
	textSize = 10.5 // points
	lineH    = 6.0
	indent   = 8.0
)

// Write makes the PDF. A character none of the fonts has is drawn as the
// first font's missing glyph, with a warning naming it.
func Write(d *deck.Deck, o Options) (_ []byte, _ []formats.Warning, err error) {
	defer func() {
		// fpdf panics on some fonts and characters it cannot handle;
		// a teacher gets an error, not a crash.
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: %v", r)
		}
	}()
	if len(o.Fonts) == 0 {
		return nil, nil, errors.New("pdf: no font")
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.SetMargins(margin, margin, margin)
	p.SetAutoPageBreak(true, margin)
	p.SetTitle(d.Title, true)
	p.SetLang(d.Language)
	p.SetCreator("factdeck", true)
	// Resources in a fixed order: the same deck gives the same file.
	p.SetCatalogSort(true)
	if !o.Created.IsZero() {
		p.SetCreationDate(o.Created)
		p.SetModificationDate(o.Created)
	}
	t := &typesetter{pdf: p, size: textSize, widths: map[rune]float64{}, fonts: map[rune]string{}, missing: map[rune]bool{}}
	for i, data := range o.Fonts {
		f, err := sfnt.Parse(data)
		if err != nil {
			return nil, nil, fmt.Errorf("pdf: font %d: %w", i+1, err)
		}
		name := fmt.Sprintf("f%d", i)
		p.AddUTF8FontFromBytes(name, "", data)
		t.faces = append(t.faces, &face{name: name, font: f})
	}
	l := labelsFor(d.Language)
	p.SetFooterFunc(func() {
		p.SetY(-margin + 4)
		t.pdf.SetFont("f0", "", 9)
		p.CellFormat(0, 5, fmt.Sprintf("%s – %d –", d.Title, p.PageNo()), "", 0, "C", false, 0, "")
	})

	p.AddPage()
	t.heading(d.Title, 16)
	// The score is out of the quiz's questions, one point each.
	t.paragraph(l.nameLine+strconv.Itoa(len(d.Cards)), 0)
	p.Ln(2)
	for i, c := range d.Cards {
		t.block(questionLines(d, c, i+1, l))
	}

	p.AddPage()
	t.heading(d.Title+" "+l.key, 14)
	for i, c := range d.Cards {
		t.block(answerLines(d, c, i+1, l))
	}
	if err := p.Error(); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		return nil, nil, fmt.Errorf("pdf: %w", err)
	}
	return b.Bytes(), t.warnings(), nil
}

// item is a paragraph of a question or an answer, indented by level.
type item struct {
	text  string
	level int
}

// block writes the paragraphs of one question, on a new page when they
// would not fit on this one (and fit on a page).
func (t *typesetter) block(items []item) {
	width := pageWidth(t.pdf)
	var lines [][]rune
	var levels []int
	for _, it := range items {
		for _, ln := range t.wrap(it.text, width-float64(it.level)*indent) {
			lines = append(lines, ln)
			levels = append(levels, it.level)
		}
	}
	_, pageH := t.pdf.GetPageSize()
	need := float64(len(lines))*lineH + 3
	if t.pdf.GetY()+need > pageH-margin && need < pageH-2*margin {
		t.pdf.AddPage()
	}
	for i, ln := range lines {
		t.line(margin+float64(levels[i])*indent, ln, lineH)
	}
	t.pdf.Ln(3)
}

func (t *typesetter) heading(text string, size float64) {
	old := t.size
	t.size = size
	t.widths = map[rune]float64{}
	for _, ln := range t.wrap(text, pageWidth(t.pdf)) {
		t.line(margin, ln, size*0.5)
	}
	t.size = old
	t.widths = map[rune]float64{}
	t.pdf.Ln(4)
}

func (t *typesetter) paragraph(text string, level int) {
	for _, ln := range t.wrap(text, pageWidth(t.pdf)-float64(level)*indent) {
		t.line(margin+float64(level)*indent, ln, lineH)
	}
}

func pageWidth(p *fpdf.Fpdf) float64 {
	w, _ := p.GetPageSize()
	return w - 2*margin
}

func (t *typesetter) warnings() []formats.Warning {
	if len(t.missing) == 0 {
		return nil
	}
	var rs []rune
	for r := range t.missing {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return []formats.Warning{{Card: "*", Msg: fmt.Sprintf("no embedded font has %q: printed as 〓", string(rs))}}
}

// labels are the words the quiz prints, in the deck's language.
type labels struct {
	nameLine, key, answer, source, also, trueWord, falseWord string
	marks                                                    []string
}

func labelsFor(lang string) labels {
	if strings.HasPrefix(lang, "ja") {
		return labels{nameLine: "名前：＿＿＿＿＿＿＿＿＿＿　日付：＿＿＿＿＿＿　点数：＿＿＿／", key: "解答と出典", answer: "答：",
			source: "出典：", also: "ほかに認める答：", trueWord: "正しい", falseWord: "誤り", marks: []string{"ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク", "ケ", "コ"}}
	}
	return labels{nameLine: "Name: ____________________  Date: __________  Score: ____ /", key: "Answer key", answer: "Answer: ",
		source: "Source: ", also: "Also accepted: ", trueWord: "True", falseWord: "False", marks: []string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"}}
}

// mark labels the i-th choice.
func (l labels) mark(i int) string {
	if i < len(l.marks) {
		return l.marks[i]
	}
	return fmt.Sprint(i + 1)
}

// questionLines are what the student reads and where they answer.
func questionLines(d *deck.Deck, c deck.Card, n int, l labels) []item {
	items := []item{{fmt.Sprintf("%d. %s", n, c.Prompt), 0}}
	blank := l.answer + "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
	switch c.Type {
	case deck.TypeMCQ:
		for i, ch := range c.Choices {
			items = append(items, item{l.mark(i) + "　" + ch, 1})
		}
	case deck.TypeTrueFalse:
		items = append(items, item{l.trueWord + "　・　" + l.falseWord, 1})
	case deck.TypeOrder:
		for i, ch := range c.Choices {
			items = append(items, item{"（　）" + l.mark(i) + "　" + ch, 1})
		}
	case deck.TypeMatch:
		left, right := matchSides(c)
		for i, s := range left {
			items = append(items, item{fmt.Sprintf("%d　%s　→（　）", i+1, s), 1})
		}
		for i, s := range right {
			items = append(items, item{l.mark(i) + "　" + s, 1})
		}
	case deck.TypeNumeric:
		items = append(items, item{blank + " " + c.Unit, 1})
	default:
		items = append(items, item{blank, 1})
	}
	return items
}

// matchSides are a match card's left items in order and its right items
// shuffled by the card's id, the same on every print.
func matchSides(c deck.Card) (left, right []string) {
	for _, p := range c.Pairs {
		left = append(left, p.Left)
		right = append(right, p.Right)
	}
	r := rand.New(rand.NewPCG(uint64(crc32.ChecksumIEEE([]byte(c.ID))), 1))
	r.Shuffle(len(right), func(i, j int) { right[i], right[j] = right[j], right[i] })
	return left, right
}

// answerLines are the key's entry for a question: the answer (with the
// other accepted forms and the note) and its source with its date.
func answerLines(d *deck.Deck, c deck.Card, n int, l labels) []item {
	answer := c.Answer
	switch c.Type {
	case deck.TypeTrueFalse:
		answer = l.falseWord
		if c.Answer == "true" {
			answer = l.trueWord
		}
	case deck.TypeMCQ:
		if i := slices.Index(c.Choices, c.Answer); i >= 0 {
			answer = l.mark(i) + "　" + c.Answer
		}
	case deck.TypeNumeric:
		answer += c.Unit
		if c.Tolerance != 0 {
			answer += fmt.Sprintf("（±%g）", c.Tolerance)
		}
	case deck.TypeOrder:
		var marks []string
		for _, it := range c.Items {
			if i := slices.Index(c.Choices, it); i >= 0 {
				marks = append(marks, l.mark(i))
			}
		}
		answer = strings.Join(marks, " → ") + "（" + c.Answer + "）"
	case deck.TypeMatch:
		left, right := matchSides(c)
		var pairs []string
		for i := range left {
			for k, r := range right {
				if r == c.Pairs[i].Right {
					pairs = append(pairs, fmt.Sprintf("%d→%s", i+1, l.mark(k)))
					break
				}
			}
		}
		answer = strings.Join(pairs, "、") + "（" + c.Answer + "）"
	}
	items := []item{{fmt.Sprintf("%d. %s", n, answer), 0}}
	if others := slices.Concat(c.Also, c.Accept); len(others) > 0 {
		items = append(items, item{l.also + strings.Join(others, "、"), 1})
	}
	if c.Note != "" {
		items = append(items, item{c.Note, 1})
	}
	items = append(items, item{l.source + formats.Provenance(d, c), 1}, item{"「" + formats.Sentence(d, c) + "」", 1})
	return items
}
