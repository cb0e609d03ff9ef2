package formats

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"factdeck/cards/deck"
)

// ReadGIFT reads Moodle's GIFT format (Moodle Docs, "GIFT format"):
// questions split by blank lines, // comments (a "// [tag:x]" comment
// tags the next question), $CATEGORY lines, ::names:: (kept as card
// ids), and the answer blocks of multiple choice, true/false, short
// answer, numerical (value:tolerance or min..max) and matching
// questions; a block inside the text (a missing word) leaves a blank
// there. Per-answer feedback (#), general feedback (####) and weights
// (%50%) are read past. An essay or description question ({} or no
// block) has no answer to learn, and is an error naming its line.
func ReadGIFT(data []byte) ([]ImportedCard, error) {
	if err := checkSize(data); err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte(bom))), "\r\n", "\n")
	var cards []ImportedCard
	var buf []string
	var tags []string
	start := 0
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		c, err := giftParse(strings.Join(buf, "\n"))
		if err != nil {
			return &LineError{Line: start, Msg: err.Error()}
		}
		c.Line, c.Tags = start, tags
		cards = append(cards, c)
		buf, tags = nil, nil
		return nil
	}
	for i, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(trimmed, "//"):
			for _, m := range giftTag.FindAllStringSubmatch(trimmed, -1) {
				tags = append(tags, strings.TrimSpace(m[1]))
			}
		case strings.HasPrefix(trimmed, "$CATEGORY:") && len(buf) == 0:
		default:
			if len(buf) == 0 {
				start = i + 1
			}
			buf = append(buf, line)
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return cards, nil
}

var (
	giftTag    = regexp.MustCompile(`\[tag:([^\]]*)\]`)
	giftFormat = regexp.MustCompile(`^\s*\[(html|moodle|plain|markdown)\]`)
	giftWeight = regexp.MustCompile(`^%(-?[0-9.]+)%`)
)

// giftParse reads one question.
func giftParse(q string) (ImportedCard, error) {
	var c ImportedCard
	q = strings.TrimSpace(q)
	if strings.HasPrefix(q, "::") {
		end := unescapedIndex(q[2:], "::")
		if end < 0 {
			return c, errors.New("the question's ::name:: is not closed")
		}
		c.ID = strings.TrimSpace(giftUnescape(q[2 : 2+end]))
		q = q[2+end+2:]
	}
	q = giftFormat.ReplaceAllString(q, "")
	open := unescapedIndex(q, "{")
	if open < 0 {
		return c, errors.New("no answer block {…}: a description has nothing to learn")
	}
	closing := unescapedIndex(q[open+1:], "}")
	if closing < 0 {
		return c, errors.New("the answer block { is not closed by }")
	}
	before, block, after := q[:open], q[open+1:open+1+closing], q[open+1+closing+1:]
	if rest := strings.TrimSpace(after); rest != "" && unescapedIndex(rest, "{") >= 0 {
		return c, errors.New("more than one answer block: only one blank a question is read")
	}
	before, after = strings.TrimSpace(giftUnescape(before)), strings.TrimSpace(giftUnescape(after))
	if gf := unescapedIndex(block, "####"); gf >= 0 {
		block = block[:gf]
	}
	block = strings.TrimSpace(block)
	if block == "" {
		return c, errors.New("an essay question ({}) has no answer to learn")
	}
	c.Prompt = before
	if after != "" {
		c.Prompt = before + deck.Blank + after
	}
	if err := giftAnswer(&c, block); err != nil {
		return c, err
	}
	return c, nil
}

// giftAnswer reads an answer block into c.
func giftAnswer(c *ImportedCard, block string) error {
	word := strings.ToUpper(strings.TrimSpace(cutFeedback(block)))
	switch word {
	case "T", "TRUE":
		c.Type, c.Answer = deck.TypeTrueFalse, "true"
		return nil
	case "F", "FALSE":
		c.Type, c.Answer = deck.TypeTrueFalse, "false"
		return nil
	}
	if strings.HasPrefix(block, "#") {
		return giftNumeric(c, block[1:])
	}
	items, err := giftItems(block)
	if err != nil {
		return err
	}
	var right, wrong []string
	for _, it := range items {
		if left, r, ok := strings.Cut(it.text, "->"); ok && it.right {
			c.Pairs = append(c.Pairs, deck.Pair{Left: strings.TrimSpace(left), Right: strings.TrimSpace(r)})
			continue
		}
		if it.right {
			right = append(right, it.text)
		} else {
			wrong = append(wrong, it.text)
		}
	}
	switch {
	case len(c.Pairs) > 0:
		if len(right)+len(wrong) > 0 {
			return errors.New("a matching question mixes pairs (a -> b) with other answers")
		}
		c.Type = deck.TypeMatch
		// As the deck's match cards: a choice is a pair as it reads.
		for _, p := range c.Pairs {
			c.Choices = append(c.Choices, p.Left+" ⇔ "+p.Right)
		}
		c.Answer = strings.Join(c.Choices, "、")
	case len(right) == 0:
		return errors.New("no right answer (=…) in the block")
	case len(wrong) == 0:
		c.Answer = right[0]
		if len(right) > 1 {
			c.Also = right[1:]
		}
	case len(right) > 1:
		return errors.New("a multiple choice question with more than one right answer (=)")
	default:
		c.Type = deck.TypeMCQ
		c.Answer = right[0]
		for _, it := range items {
			c.Choices = append(c.Choices, it.text)
		}
	}
	return nil
}

// giftNumeric reads a numerical block: value, value:tolerance,
// min..max, or =-prefixed answers of which the first right one counts.
func giftNumeric(c *ImportedCard, body string) error {
	body = strings.TrimSpace(cutFeedback(body))
	if strings.HasPrefix(body, "=") {
		items, err := giftItems(body)
		if err != nil {
			return err
		}
		if len(items) == 0 {
			return errors.New("a numerical block without a value")
		}
		body = items[0].text
	}
	c.Type = deck.TypeNumeric
	if lo, hi, ok := strings.Cut(body, ".."); ok {
		l, err1 := strconv.ParseFloat(strings.TrimSpace(lo), 64)
		h, err2 := strconv.ParseFloat(strings.TrimSpace(hi), 64)
		if err1 != nil || err2 != nil || h < l {
			return fmt.Errorf("numerical range %q: want min..max", clip(body))
		}
		c.Answer = strconv.FormatFloat((l+h)/2, 'g', -1, 64)
		c.Tolerance = (h - l) / 2
	} else {
		value, tol, _ := strings.Cut(body, ":")
		if _, err := strconv.ParseFloat(strings.TrimSpace(value), 64); err != nil {
			return fmt.Errorf("numerical answer %q is not a number", clip(value))
		}
		c.Answer = strings.TrimSpace(value)
		if tol = strings.TrimSpace(tol); tol != "" {
			t, err := strconv.ParseFloat(tol, 64)
			if err != nil || t < 0 {
				return fmt.Errorf("numerical tolerance %q is not a number of 0 or more", clip(tol))
			}
			c.Tolerance = t
		}
	}
	c.Prompt, c.Unit = cutUnitSuffix(c.Prompt)
	return nil
}

type giftItem struct {
	right bool
	text  string
}

// giftItems splits a block at its unescaped = and ~ into answers, each
// without its weight and feedback, unescaped.
func giftItems(block string) ([]giftItem, error) {
	var items []giftItem
	var cur *giftItem
	var b strings.Builder
	end := func() {
		if cur != nil {
			text := giftWeight.ReplaceAllString(strings.TrimSpace(b.String()), "")
			if m := giftWeight.FindStringSubmatch(strings.TrimSpace(b.String())); m != nil && cur.right {
				// =%50% is half right: not the one right answer.
				cur.right = m[1] == "100"
			}
			cur.text = strings.TrimSpace(giftUnescape(cutFeedback(text)))
			items = append(items, *cur)
		}
		b.Reset()
	}
	escaped := false
	for _, r := range block {
		switch {
		case escaped:
			b.WriteRune('\\')
			b.WriteRune(r)
			escaped = false
		case r == '\\':
			escaped = true
		case r == '=' || r == '~':
			end()
			cur = &giftItem{right: r == '='}
		default:
			if cur == nil && !isSpace(r) {
				return nil, fmt.Errorf("answer text %q before any = or ~", clip(block))
			}
			b.WriteRune(r)
		}
	}
	end()
	return items, nil
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// cutFeedback drops an answer's feedback: the text after its first
// unescaped #.
func cutFeedback(s string) string {
	if i := unescapedIndex(s, "#"); i >= 0 {
		return s[:i]
	}
	return s
}

// unescapedIndex is the index of the first sep in s not after a
// backslash, or -1.
func unescapedIndex(s, sep string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], sep) {
			return i
		}
	}
	return -1
}

// giftUnescape reads GIFT's backslash escapes: \n is a line break, and a
// backslash before any other character keeps that character.
func giftUnescape(s string) string {
	var b strings.Builder
	escaped := false
	for _, r := range s {
		switch {
		case escaped && r == 'n':
			b.WriteRune('\n')
			escaped = false
		case escaped:
			b.WriteRune(r)
			escaped = false
		case r == '\\':
			escaped = true
		default:
			b.WriteRune(r)
		}
	}
	if escaped {
		b.WriteRune('\\')
	}
	return b.String()
}
