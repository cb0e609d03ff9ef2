package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// isTerminator reports the marks that end a sentence, in raw and in NFKC
// form (！？｡ normalize to !?。).
func isTerminator(r rune) bool {
	switch r {
	case '。', '｡', '！', '？', '!', '?':
		return true
	}
	return false
}

// closerOf pairs each opening bracket with its closing one. A terminator
// inside a pair does not end the sentence: 「歴史に残る一枚。大統領が…」と
// 述べた。 is one sentence.
var closerOf = map[rune]rune{'「': '」', '『': '』', '（': '）', '(': ')'}

// closerOpener maps each closing bracket back to its opening one.
var closerOpener = func() map[rune]rune {
	m := map[rune]rune{}
	for o, c := range closerOf {
		m[c] = o
	}
	return m
}()

// bracketPairs finds the matched bracket pairs of s, as byte offsets of the
// opening and closing brackets. A closer pops the nearest opener of its kind,
// dropping unmatched openers above it; openers never closed match nothing, so
// a stray 「 cannot swallow the rest of a line.
func bracketPairs(s string) [][2]int {
	type open struct {
		r   rune
		off int
	}
	var stack []open
	var pairs [][2]int
	for off, r := range s {
		if _, ok := closerOf[r]; ok {
			stack = append(stack, open{r, off})
			continue
		}
		o, ok := closerOpener[r]
		if !ok {
			continue
		}
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].r == o {
				pairs = append(pairs, [2]int{stack[k].off, off})
				stack = stack[:k]
				break
			}
		}
	}
	return pairs
}

// unclosed returns the opening brackets of s that are never closed, in order.
func unclosed(s string) []rune {
	var stack []rune
	for _, r := range s {
		if _, ok := closerOf[r]; ok {
			stack = append(stack, r)
			continue
		}
		if o, ok := closerOpener[r]; ok {
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k] == o {
					stack = stack[:k]
					break
				}
			}
		}
	}
	return stack
}

// firstUnopened returns the first closing bracket of s that no opening
// bracket in s matches: the end of a quote begun on an earlier line.
func firstUnopened(s string) (rune, bool) {
	var stack []rune
	for _, r := range s {
		if _, ok := closerOf[r]; ok {
			stack = append(stack, r)
			continue
		}
		o, ok := closerOpener[r]
		if !ok {
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != o {
			return r, true
		}
		stack = stack[:len(stack)-1]
	}
	return 0, false
}

// urlPattern matches a link. Scraped pages glue the next sentence straight
// onto a link ("…/1568932関税や…"), so a link ends at the first character a
// URL cannot hold, which includes every non-ASCII one.
var urlPattern = regexp.MustCompile(`(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+`)

// findURLs returns the spans of the links in s, without trailing punctuation
// that belongs to the sentence.
func findURLs(s string) [][2]int {
	var out [][2]int
	for _, m := range urlPattern.FindAllStringIndex(s, -1) {
		u := s[m[0]:m[1]]
		for {
			trimmed := strings.TrimRight(u, ".,;:!?'")
			if strings.HasSuffix(trimmed, ")") && strings.Count(trimmed, ")") > strings.Count(trimmed, "(") {
				trimmed = trimmed[:len(trimmed)-1]
			}
			if trimmed == u {
				break
			}
			u = trimmed
		}
		out = append(out, [2]int{m[0], m[0] + len(u)})
	}
	return out
}

// sourceMarkers introduce a source link. What follows such a link is a new
// sentence, even with no space after the link.
var sourceMarkers = []string{"出典", "画像元", "さらに読む", "Source:", "source:"}

// splitSentences cuts s into sentences and returns their byte spans, trimmed
// of white space. A sentence ends after 。！？!? (with any terminators that
// follow it), never inside a bracket pair or a link, and also after a source
// link.
func splitSentences(s string) [][2]int {
	protected := make([]bool, len(s))
	for _, p := range bracketPairs(s) {
		for k := p[0] + 1; k < p[1]; k++ {
			protected[k] = true
		}
	}
	urls := findURLs(s)
	var out [][2]int
	cut := func(a, b int) {
		for a < b {
			r, n := utf8.DecodeRuneInString(s[a:])
			if !isBlank(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(s[:b])
			if !isBlank(r) {
				break
			}
			b -= n
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	start := 0
	for i := 0; i < len(s); {
		if len(urls) > 0 && urls[0][0] == i {
			end := urls[0][1]
			urls = urls[1:]
			if containsAny(s[start:i], sourceMarkers) && !protected[i] {
				cut(start, end)
				start = end
			}
			i = end
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !isTerminator(r) || protected[i-n] {
			continue
		}
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isTerminator(r) || protected[i] {
				break
			}
			i += n
		}
		cut(start, i)
		start = i
	}
	cut(start, len(s))
	return out
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// sentences splits every paragraph of d into sentences. A table gives one
// sentence per line (caption, row, note), so that its text is accounted for
// but never read as running text.
func sentences(d *Document, paras []paragraph) []Sentence {
	var out []Sentence
	for pi, p := range paras {
		if p.table {
			for _, l := range p.lines {
				out = append(out, newSentence(len(out), pi, lineJoined(l), 0, len(l.text)))
			}
			continue
		}
		j := p.join()
		for k, span := range splitSentences(j.text) {
			s := newSentence(len(out), pi, j, span[0], span[1])
			if k == 0 && span[0] == 0 {
				s.Mark = p.mark
			}
			out = append(out, s)
		}
	}
	return out
}

// newSentence builds the sentence at [a, b) of a joined paragraph text.
func newSentence(index, para int, j joined, a, b int) Sentence {
	raw := j.text[a:b]
	s := Sentence{
		Index:     index,
		Paragraph: para,
		Raw:       raw,
		Start:     j.rawStart(a),
		End:       j.rawEnd(b),
	}
	if parts := j.parts(a, b); len(parts) > 1 {
		s.Parts = parts
	}
	s.pos = j.mapping(a, b)
	s.Text = s.pos.Text
	return s
}
