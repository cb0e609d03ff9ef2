package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/docformat"
	"factdeck/cards/extract"
	"factdeck/cards/generate"
	"factdeck/cards/safefile"
)

const buildUsage = "usage: deckgen build -o FILE [-title TITLE] [--seed N] [--types LIST] [--kinds LIST] [--min-quality Q] [--skip-caveated] [--paragraphs] [--lang ja|en] [--allow-empty] [--max-size BYTES] DOC...\n\nDOC is plain text (UTF-8, UTF-16, Shift_JIS or EUC-JP), Markdown (.md), HTML (.html), Word (.docx) or PDF (.pdf, read with poppler-utils' pdftotext)."

func build(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("build", buildUsage, stderr)
	out := fs.String("o", "", "write the deck to this `file` (required)")
	title := fs.String("title", "", "the deck's title (default: the first document's title)")
	seed := fs.Uint64("seed", 1, "the `seed` of distractors, choice order and true/false statements")
	types := fs.String("types", "", "make only these card types, a comma `list` of "+strings.Join(deck.Types, ","))
	kinds := fs.String("kinds", "", "use only facts of these kinds, a comma `list` of "+strings.Join(deck.Kinds, ","))
	skipCaveated := fs.Bool("skip-caveated", false, "leave out the cards on claims that sources dispute, that a dated excerpt makes, or that forecast (kept otherwise, with a caveat)")
	paragraphs := fs.Bool("paragraphs", false, "keep with each fact the paragraph of its source around the sentence, for the app's source viewer")
	minQuality := fs.Float64("min-quality", generate.DefaultMinQuality, "drop cards whose quality `score` (0..1: context, answer span, length, agreeing sources) is lower")
	lang := fs.String("lang", "ja", "the `language` of the questions' wording: ja or en")
	allowEmpty := fs.Bool("allow-empty", false, "write the deck even when the documents give no card (a warning, exit 0)")
	maxSize := fs.Int64("max-size", docformat.DefaultMaxSize, "refuse a document larger than this many `bytes`")
	if err := fs.parse(args, func() bool { return *out != "" && fs.NArg() > 0 }); err != nil {
		return err
	}
	if err := outputNotInput(*out, fs.Args()); err != nil {
		return err
	}
	opt := generate.Options{
		Title:        *title,
		Language:     *lang,
		Seed:         *seed,
		Types:        list(*types),
		Kinds:        list(*kinds),
		MinQuality:   *minQuality,
		SkipCaveated: *skipCaveated,
		Paragraphs:   *paragraphs,
	}
	if err := opt.Validate(); err != nil {
		return err
	}
	bar := newProgress(stderr, inputSize(fs.Args()))
	opt.Progress = bar.show
	d, docs, err := buildDeck(fs.Args(), corpus.Options{MaxSize: *maxSize}, opt, bar)
	bar.done()
	if err != nil {
		return err
	}
	warnDocuments(stderr, docs)
	if len(d.Cards) == 0 {
		if !*allowEmpty {
			return noCards(*out+" not written", docs, d)
		}
		fmt.Fprintf(stderr, "deckgen: warning: %v\n", noCards(*out+" written without cards", docs, d))
		// An empty list, not null: a reader sees a deck of no cards.
		d.Facts, d.Cards = []deck.Fact{}, []deck.Card{}
	}
	if err := d.Validate(); err != nil && !(*allowEmpty && onlyEmpty(err)) {
		return fmt.Errorf("generated deck is invalid (a bug): %w", err)
	}
	data, err := deck.Marshal(d)
	if err != nil {
		return err
	}
	if err := safefile.Write(*out, data); err != nil {
		return err
	}
	summarize(stdout, *out, docs, d)
	return nil
}

// noCards explains a build that made no card, which deckgen refuses to
// write unless -allow-empty says so: an empty deck would open in the app
// with nothing to study.
func noCards(what string, docs []*corpus.Document, d *deck.Deck) error {
	sentences, noise, dups := countSentences(docs)
	return fmt.Errorf("%s: the documents gave no cards (%d sentences, %d of them noise and %d repeated; %d facts). "+
		"Give documents with full sentences of facts (dates, numbers, names), or lower -min-quality, or widen -types and -kinds; -allow-empty writes the empty deck",
		what, sentences, noise, dups, len(d.Facts))
}

// buildDeck loads the documents, extracts their facts and makes the deck,
// telling the bar of each stage; a deck without a title takes the first
// document's.
func buildDeck(paths []string, read corpus.Options, opt generate.Options, bar *progress) (*deck.Deck, []*corpus.Document, error) {
	bar.show("load", 0, 1)
	docs, err := read.LoadAll(paths)
	if err != nil {
		return nil, nil, err
	}
	bar.show("extract", 0, 1)
	facts, err := extract.Extract(docs)
	if err != nil {
		return nil, nil, err
	}
	if opt.Title == "" {
		opt.Title = docs[0].Title
	}
	if opt.Title == "" {
		// An untitled text (a single sentence, a list) is named by its file.
		opt.Title = strings.TrimSuffix(docs[0].File, filepath.Ext(docs[0].File))
	}
	d, err := generate.BuildFacts(docs, facts, opt)
	return d, docs, err
}

// outputNotInput refuses an output path that names one of the inputs: the
// teacher's document would be overwritten with JSON.
func outputNotInput(out string, inputs []string) error {
	ofi, err := os.Stat(out)
	if err != nil {
		return nil // a file that does not exist yet is no input
	}
	for _, in := range inputs {
		if ifi, err := os.Stat(in); err == nil && os.SameFile(ofi, ifi) {
			return fmt.Errorf("-o %s is one of the documents given; write the deck to another file", deck.Quote(out))
		}
	}
	return nil
}

// onlyEmpty reports a validation error that only says the deck has no
// cards or facts, which -allow-empty accepts.
func onlyEmpty(err error) bool {
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return errors.Is(err, deck.ErrEmpty)
	}
	for _, e := range joined.Unwrap() {
		if !onlyEmpty(e) {
			return false
		}
	}
	return true
}

// warnDocuments prints what reading each document left out.
func warnDocuments(w io.Writer, docs []*corpus.Document) {
	for _, d := range docs {
		for _, msg := range d.Warnings {
			fmt.Fprintf(w, "deckgen: warning: %s: %s\n", d.File, msg)
		}
	}
}

// list splits a comma list, dropping blanks: "cloze, mcq" → [cloze mcq].
func list(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// summarize prints what the build found and made.
func summarize(w io.Writer, out string, docs []*corpus.Document, d *deck.Deck) {
	sentences, noise, dups := countSentences(docs)
	conflicts := 0
	for _, f := range d.Facts {
		if len(f.Conflicts) > 0 {
			conflicts++
		}
	}
	fmt.Fprintf(w, "%s: %d documents, %d sentences (%d noise, %d repeated, dropped)\n", out, len(docs), sentences, noise, dups)
	fmt.Fprintf(w, "facts by kind: %s\n", tally(d.Facts, deck.Kinds, func(f deck.Fact) string { return f.Kind }))
	fmt.Fprintf(w, "cards by type: %s\n", tally(d.Cards, deck.Types, func(c deck.Card) string { return c.Type }))
	fmt.Fprintf(w, "conflicts: %d facts whose sources disagree\n", conflicts)
}

// countSentences counts the documents' sentences, and those dropped as
// noise or as repeats.
func countSentences(docs []*corpus.Document) (sentences, noise, dups int) {
	for _, doc := range docs {
		for _, s := range doc.Sentences {
			sentences++
			switch {
			case s.Noise != "":
				noise++
			case s.DupOf != "":
				dups++
			}
		}
	}
	return sentences, noise, dups
}

// tally counts items by key, in the order of keys (the deck's own order of
// kinds and types), then any other key.
func tally[T any](items []T, keys []string, key func(T) string) string {
	counts := map[string]int{}
	var extra []string
	for _, it := range items {
		k := key(it)
		if counts[k] == 0 && !contains(keys, k) {
			extra = append(extra, k)
		}
		counts[k]++
	}
	var parts []string
	for _, k := range append(append([]string{}, keys...), extra...) {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, counts[k]))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// progressThreshold is the input size past which a build shows progress:
// the built-in corpus builds in a moment, a large one takes a while.
const progressThreshold = 1 << 20

// progress draws a bar on stderr during a long build, and only when stderr
// is a terminal, so logs and tests never see it.
type progress struct {
	w     io.Writer
	on    bool
	last  string
	drawn bool
}

func newProgress(stderr io.Writer, size int64) *progress {
	return &progress{w: stderr, on: size > progressThreshold && isTerminal(stderr)}
}

// inputSize is the total size of the files, or 0 if one cannot be read (the
// build reports that error itself).
func inputSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return 0
		}
		n += fi.Size()
	}
	return n
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

const barWidth = 30

func (p *progress) show(stage string, done, total int) {
	if !p.on || total == 0 {
		return
	}
	filled := barWidth * done / total
	line := fmt.Sprintf("\r%-12s [%s%s] %3d%%", stage, strings.Repeat("=", filled), strings.Repeat(" ", barWidth-filled), 100*done/total)
	if line != p.last {
		fmt.Fprint(p.w, line)
		p.last, p.drawn = line, true
	}
}

// done ends the bar's line.
func (p *progress) done() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}
