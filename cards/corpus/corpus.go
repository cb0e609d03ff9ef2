// Package corpus reads the Japanese source documents that factdeck turns into
// flashcards, splits them into sentences, and marks everything that is not a
// claim of the document (photo credits, URLs, bylines, readers' comments,
// headings …) as noise, so that later stages only ever build cards from real
// claims. Repeated sentences are marked as duplicates so that one fact yields
// one card, however often the scraped pages repeat it.
//
// Every sentence keeps its verbatim source text and byte offsets into the
// file, because cards cite their source word for word.
package corpus

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Noise says why a sentence is not a claim of its document. The empty Noise
// (Claim) marks a claim.
type Noise string

// The reasons a sentence is not a claim.
const (
	Claim                Noise = ""
	NoiseURL             Noise = "url"              // a bare link
	NoisePhotoCredit     Noise = "photo-credit"     // "Photo by … on Unsplash" and the English alt-text of images
	NoiseReadMore        Noise = "read-more"        // "さらに読む ⇒ … 出典/画像元: URL" source links
	NoiseByline          Noise = "byline"           // author names and affiliations
	NoisePaywall         Noise = "paywall"          // "この記事は有料会員限定です" and the like
	NoiseComment         Noise = "comment"          // chatty remarks in casual speech or dialect, addressed to readers
	NoiseQuestionHeading Noise = "question-heading" // a heading that only asks a question
	NoiseQuestion        Noise = "question"         // a sentence in running text that only asks a question
	NoiseTeaser          Noise = "teaser"           // the one-line answer under a question heading, or a line cut off as a headline; the body states it in full
	NoiseNavigation      Noise = "navigation"       // site menus and breadcrumbs
	NoiseShare           Noise = "share"            // share buttons
	NoiseHeading         Noise = "heading"          // a short heading with no predicate
	NoiseTable           Noise = "table"            // a table's title, rows and source note; see Document.Tables
	NoiseDate            Noise = "date"             // a line that only gives a date ("公開日:2025/02/08")
	NoiseReference       Noise = "reference"        // an entry of a bibliography
	NoiseMeta            Noise = "meta"             // a sentence about the text itself ("…について解説します。")
)

// Document is one source file, split into sentences.
type Document struct {
	ID        string // the file's base name without extension, e.g. "003_c92c879ab5ea8ecd"
	File      string // the file's base name, e.g. "003_c92c879ab5ea8ecd.txt"
	Title     string // the first heading line before the body, normalized; "" when the text has none
	Date      string // the publication date the text states: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; else ""
	Raw       string // the file's text, verbatim
	Sentences []Sentence
	Tables    []Table
	// Warnings are what the reader left out and why ("line 3: …"), for
	// the person who gave the document; each names its line.
	Warnings []string

	norm Mapping // the running text, normalized, for Locate
}

// Sentence is one sentence of a document, or one line of noise.
type Sentence struct {
	Index     int    // position in Document.Sentences: reading order, with a table after the paragraph it cuts
	Paragraph int    // the logical line it belongs to; a line continued after a page break counts once
	Text      string // Normalize(Raw)
	Raw       string // verbatim; for a rejoined sentence its parts run together (with a space only between two Latin words)
	Start     int    // byte offset of Raw in Document.Raw (for a rejoined sentence, of its first part)
	End       int    // byte offset just past Raw (for a rejoined sentence, past its last part)
	Parts     []Span // the pieces of a sentence rejoined across a page break or a table; nil otherwise
	Mark      string // the list mark taken off the front of the line ("✅", "💡", "-", "■"), if any
	Noise     Noise  // Claim, or why the sentence is not a claim
	DupOf     string // "" or the Ref of the first occurrence of the same normalized sentence
	// Date is the publication date of the excerpt the sentence belongs
	// to, when a date line heads it ("公開日:2019/08/26" above a quoted
	// article, up to the next heading): "YYYY-MM-DD"; "" elsewhere.
	Date string

	pos Mapping // Text with the Document.Raw offset of every byte
}

// maxWarnings bounds a document's warnings: one garbled file must not
// flood the terminal.
const maxWarnings = 20

// warn records a warning about sentence s, naming its line.
func (d *Document) warn(s Sentence, msg string) {
	switch {
	case len(d.Warnings) < maxWarnings:
		line := 1 + strings.Count(d.Raw[:s.Start], "\n")
		if r := []rune(msg); len(r) > 200 {
			msg = string(r[:200]) + "…"
		}
		msg = fmt.Sprintf("line %d: %s", line, msg)
		if slices.Contains(d.Warnings, msg) {
			return // two stages may find the same fault
		}
		d.Warnings = append(d.Warnings, msg)
	case len(d.Warnings) == maxWarnings:
		d.Warnings = append(d.Warnings, "more warnings left out")
	}
}

// Span is a byte range [Start, End) of Document.Raw.
type Span struct{ Start, End int }

// Ref names a sentence across the corpus as "docID#index".
func (s Sentence) Ref(doc string) string { return doc + "#" + strconv.Itoa(s.Index) }

// Rejoined reports whether the sentence was put together from pieces that a
// page break or a table had cut apart; then Raw is not Document.Raw[Start:End].
func (s Sentence) Rejoined() bool { return len(s.Parts) > 1 }

// IsClaim reports whether the sentence is a claim of its document.
func (s Sentence) IsClaim() bool { return s.Noise == Claim }

// RawSpan maps the byte range [i, j) of s.Text back to the span of
// Document.Raw it was normalized from.
func (s Sentence) RawSpan(i, j int) (start, end int) { return s.pos.RawSpan(i, j) }

// Claims returns the sentences that should become facts: claims that are not
// a repeat of an earlier claim.
func (d *Document) Claims() []Sentence {
	var out []Sentence
	for _, s := range d.Sentences {
		if s.IsClaim() && s.DupOf == "" {
			out = append(out, s)
		}
	}
	return out
}

// Table is a table taken out of the running text.
type Table struct {
	Title   string     // normalized caption, e.g. "第1表 目的別の関税概要"
	Columns []string   // the header row
	Rows    [][]string // the body rows, normalized; the first cell of each is the row's header
	Note    string     // the source note under the table, e.g. "(出所) 筆者作成。"
	Cells   []Cell     // every body cell, tied to its row and column headers
	Start   int        // byte offset of the table (its caption, if any) in Document.Raw
	End     int        // byte offset just past the table (its note, if any)
}

// Cell is one body cell of a table.
type Cell struct {
	Row    string // the row's header: the first cell of its row
	Column string // the column's header
	Text   string // normalized
	Start  int    // byte offsets of the cell in Document.Raw
	End    int
}
