package generate

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factdeck/cards/deck"
	"factdeck/cards/phrase"
)

// shownTexts lists, once each and sorted, every text of the deck that the
// app sets on screen: prompts, answers, choices and the sentences of the
// cards' facts. A true/false answer is not among them: the app shows its
// own label; nor is the sentence of a fact that only another fact's
// conflict names: the app quotes it inside its "sources disagree" line,
// which it sets as one plain text.
func shownTexts(d *deck.Deck) []string {
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" {
			seen[s] = true
		}
	}
	for _, c := range d.Cards {
		add(c.Prompt)
		if c.Type != deck.TypeTrueFalse {
			add(c.Answer)
		}
		for _, ch := range c.Choices {
			add(ch)
		}
	}
	carded := map[string]bool{}
	for _, c := range d.Cards {
		carded[c.Fact] = true
	}
	for _, f := range d.Facts {
		if carded[f.ID] {
			add(f.Sentence)
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// annotate stores the phrase starts and readings of every shown text. A
// text with neither (a number, a Latin acronym) gets no entry. names are
// the people extract found: the dictionary alone misreads them (菅義偉 as
// かん…えら), so no reading is given inside one and no phrase starts there.
func annotate(d *deck.Deck, a *phrase.Analyzer, names []string, progress func(done, total int)) {
	texts := shownTexts(d)
	d.Annotations = map[string]deck.Annotation{}
	for i, text := range texts {
		an := a.Analyze(text)
		spans := nameSpans(text, names)
		var ann deck.Annotation
		for _, b := range an.Breaks {
			if !inside(spans, b) {
				ann.Breaks = append(ann.Breaks, b)
			}
		}
		for _, r := range an.Ruby {
			if !overlaps(spans, r.Start, r.End) {
				ann.Ruby = append(ann.Ruby, deck.Ruby{Start: r.Start, End: r.End, Reading: r.Reading})
			}
		}
		if len(ann.Breaks) > 0 || len(ann.Ruby) > 0 {
			d.Annotations[text] = ann
		}
		progress(i+1, len(texts))
	}
	if len(d.Annotations) == 0 {
		d.Annotations = nil
	}
}

// span is a rune range [start, end) of a text.
type span struct{ start, end int }

// nameSpans finds where the names stand in text, in runes.
func nameSpans(text string, names []string) []span {
	var out []span
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			start := utf8.RuneCountInString(text[:off+i])
			out = append(out, span{start, start + utf8.RuneCountInString(n)})
			off += i + len(n)
		}
	}
	return out
}

// inside reports whether rune offset b falls strictly within a span.
func inside(spans []span, b int) bool {
	for _, s := range spans {
		if b > s.start && b < s.end {
			return true
		}
	}
	return false
}

func overlaps(spans []span, start, end int) bool {
	for _, s := range spans {
		if start < s.end && s.start < end {
			return true
		}
	}
	return false
}

// personNames are the names of the people among facts and their
// entities, written in kanji (a katakana name needs no reading).
func personNames(facts []*fact) []string {
	seen := map[string]bool{}
	add := func(n string) {
		if hasKanjiText(n) {
			seen[n] = true
		}
	}
	for _, f := range facts {
		if f.kind == deck.KindPerson {
			add(f.key)
		}
		for _, e := range f.entities {
			if e.kind == deck.KindPerson {
				add(e.text)
			}
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

func hasKanjiText(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}
