package generate

import (
	"strings"
	"unicode/utf8"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
)

// paragraph is the passage of doc around its sentence i that a fact
// citing sentence (Text of sentence i, or a part of it) keeps for the
// source viewer (deck.Fact.Paragraph): the sentences of the paragraph i
// stands in, as normalized as the sentence. A paragraph longer than
// deck.MaxParagraphRunes keeps the sentences nearest to i, one from each
// side in turn, that fit; a paragraph of the one sentence gives "", as it
// would add nothing.
func paragraph(doc *corpus.Document, i int, sentence string) string {
	ss := doc.Sentences
	if i < 0 || i >= len(ss) {
		return ""
	}
	// A paragraph's sentences are neighbours in reading order.
	first, last := i, i
	for first > 0 && ss[first-1].Paragraph == ss[i].Paragraph {
		first--
	}
	for last < len(ss)-1 && ss[last+1].Paragraph == ss[i].Paragraph {
		last++
	}
	from, to := i, i
	size := utf8.RuneCountInString(ss[i].Text)
	for grew := true; grew; {
		grew = false
		if from > first {
			if n := utf8.RuneCountInString(ss[from-1].Text) + 1; size+n <= deck.MaxParagraphRunes {
				from, size, grew = from-1, size+n, true
			}
		}
		if to < last {
			if n := utf8.RuneCountInString(ss[to+1].Text) + 1; size+n <= deck.MaxParagraphRunes {
				to, size, grew = to+1, size+n, true
			}
		}
	}
	if from == to {
		return ""
	}
	var b strings.Builder
	for j := from; j <= to; j++ {
		// The splitter cuts a line only after an end mark (。！？), so
		// the sentences run together as the line had them.
		b.WriteString(ss[j].Text)
	}
	p := b.String()
	if !strings.Contains(p, sentence) || utf8.RuneCountInString(p) > deck.MaxParagraphRunes {
		return "" // a sentence the generator made its own (a table's row), or a cut that went wrong
	}
	return p
}
