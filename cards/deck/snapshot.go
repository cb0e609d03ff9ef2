package deck

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

// A snapshot is a deck in a compact binary form, for a deck the app ships
// inside itself. The JSON file stays the deck's one true form (what deckgen
// writes, teachers edit and tests read); the snapshot is made from it by
// `deckgen snapshot` and only spares the app the JSON decoding at start.
// In the browser, decoding the built-in deck's 1.2 MB of JSON took about
// 300 ms before the first frame, and encoding/gob still about 100 ms: most
// of that is running reflection code for the first time, in a freshly
// compiled WebAssembly module. Reading this format is a few plain loops.
//
// Layout, after snapshotMagic; every number is a varint (encoding/binary):
//
//	string table: count, each string's byte length, then all their bytes
//	deck:         format, title, language
//	sources:      count, then id, file, title, date each
//	facts:        count, then id, source, sentence, kind, key, conflicts,
//	              date each
//	cards:        count, then id, fact, type, prompt, answer, choices, tags,
//	              tolerance (its IEEE 754 bits), unit, quiz_only (0 or 1),
//	              items, pairs (count, then left and right each), accept,
//	              also, note each
//	annotations:  count, then text, breaks, ruby (start, end, reading) each,
//	              sorted by text
//	paragraphs:   only when a fact has one (Fact.Paragraph): count, then
//	              the fact's index in facts and its paragraph each, in
//	              fact order
//
// A string is its index in the table, a list is its length then its items.
// The table holds each distinct string once, "" first: a sentence that many
// cards share, or that is also an annotation's key, is stored once, and so
// is a paragraph that several facts stand in.
//
// The paragraphs come last and only where there are any, so a deck
// without them has the same bytes as before the field existed, and a
// snapshot made before then still reads.

// snapshotMagic starts every snapshot, so that a wrong or stale file is
// told apart from a damaged one.
const snapshotMagic = "factdeck/v1 snapshot 2\n"

// EncodeSnapshot returns the snapshot of d. The bytes depend only on the
// deck's contents.
func EncodeSnapshot(d *Deck) []byte {
	var e snapshotEncoder
	e.index = map[string]uint64{"": 0}
	e.table = []string{""}
	e.strs(d.Format, d.Title, d.Language)
	e.uint(len(d.Sources))
	for _, s := range d.Sources {
		e.strs(s.ID, s.File, s.Title, s.Date)
	}
	e.uint(len(d.Facts))
	for _, f := range d.Facts {
		e.strs(f.ID, f.Source, f.Sentence, f.Kind, f.Key)
		e.list(f.Conflicts)
		e.strs(f.Date)
	}
	e.uint(len(d.Cards))
	for _, c := range d.Cards {
		e.strs(c.ID, c.Fact, c.Type, c.Prompt, c.Answer)
		e.list(c.Choices)
		e.list(c.Tags)
		e.body = binary.AppendUvarint(e.body, math.Float64bits(c.Tolerance))
		e.strs(c.Unit)
		e.bool(c.QuizOnly)
		e.list(c.Items)
		e.uint(len(c.Pairs))
		for _, p := range c.Pairs {
			e.strs(p.Left, p.Right)
		}
		e.list(c.Accept)
		e.list(c.Also)
		e.strs(c.Note)
	}
	texts := make([]string, 0, len(d.Annotations))
	for text := range d.Annotations {
		texts = append(texts, text)
	}
	slices.Sort(texts)
	e.uint(len(texts))
	for _, text := range texts {
		a := d.Annotations[text]
		e.strs(text)
		e.uint(len(a.Breaks))
		for _, b := range a.Breaks {
			e.int(b)
		}
		e.uint(len(a.Ruby))
		for _, r := range a.Ruby {
			e.int(r.Start)
			e.int(r.End)
			e.strs(r.Reading)
		}
	}

	var withParagraph []int
	for i, f := range d.Facts {
		if f.Paragraph != "" {
			withParagraph = append(withParagraph, i)
		}
	}
	if len(withParagraph) > 0 {
		e.uint(len(withParagraph))
		for _, i := range withParagraph {
			e.uint(i)
			e.strs(d.Facts[i].Paragraph)
		}
	}

	out := []byte(snapshotMagic)
	out = binary.AppendUvarint(out, uint64(len(e.table)))
	for _, s := range e.table {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range e.table {
		out = append(out, s...)
	}
	return append(out, e.body...)
}

type snapshotEncoder struct {
	table []string
	index map[string]uint64
	body  []byte
}

func (e *snapshotEncoder) uint(n int) { e.body = binary.AppendUvarint(e.body, uint64(n)) }
func (e *snapshotEncoder) int(n int)  { e.body = binary.AppendVarint(e.body, int64(n)) }

func (e *snapshotEncoder) bool(b bool) {
	if b {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

func (e *snapshotEncoder) strs(list ...string) {
	for _, s := range list {
		i, ok := e.index[s]
		if !ok {
			i = uint64(len(e.table))
			e.index[s] = i
			e.table = append(e.table, s)
		}
		e.body = binary.AppendUvarint(e.body, i)
	}
}

func (e *snapshotEncoder) list(items []string) {
	e.uint(len(items))
	e.strs(items...)
}

// DecodeSnapshot decodes a snapshot made by EncodeSnapshot and validates
// the deck, as Decode does for JSON. Damaged data gives an error, never a
// panic or an allocation larger than the data calls for.
func DecodeSnapshot(data []byte) (*Deck, error) {
	rest, ok := bytes.CutPrefix(data, []byte(snapshotMagic))
	if !ok {
		return nil, fmt.Errorf("not a deck snapshot: it does not start with %q", strings.TrimSpace(snapshotMagic))
	}
	r := snapshotReader{data: rest}
	r.readTable()
	d := r.deck()
	if r.err == nil && r.off != len(r.data) {
		r.fail("%d bytes after the deck", len(r.data)-r.off)
	}
	if r.err != nil {
		return nil, fmt.Errorf("deck snapshot: %w", r.err)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}

// snapshotReader reads a snapshot's varints and strings. The first problem
// is kept in err; from then on every read returns zero values, so the
// decoding code reads straight through and checks once at the end.
type snapshotReader struct {
	data []byte // the snapshot after the magic
	off  int
	// table holds the strings, all slices of one string made from the
	// table's bytes, so decoding copies the text once.
	table []string
	err   error
}

var errTruncated = errors.New("data ends too soon")

func (r *snapshotReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("at byte %d: %s", len(snapshotMagic)+r.off, fmt.Sprintf(format, args...))
	}
}

func (r *snapshotReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	x, n := binary.Uvarint(r.data[r.off:])
	switch {
	case n == 0:
		r.err = errTruncated
	case n < 0:
		r.fail("number out of range")
	}
	r.off += max(n, 0)
	return x
}

func (r *snapshotReader) int() int {
	u := r.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	if int64(int(x)) != x {
		r.fail("number out of range")
		return 0
	}
	return int(x)
}

// Each item of a list takes at least this many bytes, one per varint:
// a card has fifteen (id, fact, type, prompt, answer, the lengths of
// choices and tags, tolerance, unit, quiz_only, the lengths of items,
// pairs, accept and also, note), a fact seven, and so on.
const (
	minSourceBytes     = 4
	minFactBytes       = 7
	minCardBytes       = 15
	minAnnotationBytes = 3
	minRubyBytes       = 3
	minPairBytes       = 2
	minParagraphBytes  = 2
	minItemBytes       = 1 // a string of a list, a break
)

// count reads a list's length. Every item takes at least size bytes, so a
// length beyond the bytes left is damage, caught before allocating: a
// count alone could otherwise ask for a list a hundred times the data.
func (r *snapshotReader) count(size int) int {
	n := r.uvarint()
	left := uint64(len(r.data) - r.off)
	if n > left/uint64(size) {
		r.fail("a list of %d items in %d bytes", n, left)
		return 0
	}
	return int(n)
}

func (r *snapshotReader) str() string {
	i := r.uvarint()
	if i >= uint64(len(r.table)) {
		if r.err == nil {
			r.fail("string %d of %d", i, len(r.table))
		}
		return ""
	}
	return r.table[i]
}

func (r *snapshotReader) list() []string {
	n := r.count(minItemBytes)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *snapshotReader) pairs() []Pair {
	n := r.count(minPairBytes)
	if n == 0 {
		return nil
	}
	out := make([]Pair, n)
	for i := range out {
		out[i] = Pair{Left: r.str(), Right: r.str()}
	}
	return out
}

func (r *snapshotReader) readTable() {
	n := r.count(minItemBytes)
	lens := make([]uint64, n)
	var total uint64
	for i := range lens {
		lens[i] = r.uvarint()
		total += lens[i]
		if total > uint64(len(r.data)) {
			r.fail("strings longer than the data")
			return
		}
	}
	if r.err != nil {
		return
	}
	if total > uint64(len(r.data)-r.off) {
		r.err = errTruncated
		return
	}
	blob := string(r.data[r.off : r.off+int(total)])
	r.off += int(total)
	r.table = make([]string, n)
	at := 0
	for i, l := range lens {
		r.table[i] = blob[at : at+int(l)]
		at += int(l)
	}
}

func (r *snapshotReader) deck() *Deck {
	d := &Deck{Format: r.str(), Title: r.str(), Language: r.str()}
	if n := r.count(minSourceBytes); n > 0 {
		d.Sources = make([]Source, n)
		for i := range d.Sources {
			d.Sources[i] = Source{ID: r.str(), File: r.str(), Title: r.str(), Date: r.str()}
		}
	}
	if n := r.count(minFactBytes); n > 0 {
		d.Facts = make([]Fact, n)
		for i := range d.Facts {
			d.Facts[i] = Fact{ID: r.str(), Source: r.str(), Sentence: r.str(), Kind: r.str(), Key: r.str(), Conflicts: r.list(), Date: r.str()}
		}
	}
	if n := r.count(minCardBytes); n > 0 {
		d.Cards = make([]Card, n)
		for i := range d.Cards {
			d.Cards[i] = Card{ID: r.str(), Fact: r.str(), Type: r.str(), Prompt: r.str(), Answer: r.str(),
				Choices: r.list(), Tags: r.list(), Tolerance: math.Float64frombits(r.uvarint()), Unit: r.str(),
				QuizOnly: r.uvarint() != 0, Items: r.list(), Pairs: r.pairs(), Accept: r.list(), Also: r.list(), Note: r.str()}
		}
	}
	if n := r.count(minAnnotationBytes); n > 0 {
		d.Annotations = make(map[string]Annotation, n)
		for range n {
			text := r.str()
			d.Annotations[text] = r.annotation()
		}
	}
	if r.off < len(r.data) {
		r.paragraphs(d.Facts)
	}
	return d
}

// paragraphs reads the facts' paragraphs, each naming its fact by index.
func (r *snapshotReader) paragraphs(facts []Fact) {
	n := r.count(minParagraphBytes)
	next := uint64(0) // facts come in order, each once
	for range n {
		i, p := r.uvarint(), r.str()
		if i < next || i >= uint64(len(facts)) {
			r.fail("a paragraph of fact %d, after fact %d, of %d facts", i, next, len(facts))
			return
		}
		facts[i].Paragraph, next = p, i+1
	}
}

func (r *snapshotReader) annotation() Annotation {
	var a Annotation
	if n := r.count(minItemBytes); n > 0 {
		a.Breaks = make([]int, n)
		for i := range a.Breaks {
			a.Breaks[i] = r.int()
		}
	}
	if n := r.count(minRubyBytes); n > 0 {
		a.Ruby = make([]Ruby, n)
		for i := range a.Ruby {
			a.Ruby[i] = Ruby{Start: r.int(), End: r.int(), Reading: r.str()}
		}
	}
	return a
}
