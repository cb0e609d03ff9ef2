package corpus

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"factdeck/cards/docformat"
)

// Parse reads one document. file names it in errors and gives the document
// its ID and File (only its base name is kept). Text that is not valid UTF-8,
// or that holds control characters a text file never has, is rejected: a
// binary or mis-encoded file would otherwise turn into garbage cards.
func Parse(file string, data []byte) (*Document, error) {
	if err := checkText(file, data); err != nil {
		return nil, err
	}
	base := filepath.Base(file)
	d := &Document{
		ID:   strings.TrimSuffix(base, filepath.Ext(base)),
		File: base,
		Raw:  string(data),
	}
	if strings.TrimSpace(Normalize(d.Raw)) == "" {
		return nil, fmt.Errorf("corpus %s: no text", file)
	}
	paras := paragraphs(d)
	d.norm = documentMapping(paras)
	d.Sentences = sentences(d, paras)
	classify(d, paras)
	d.Title = title(d, paras)
	d.Date = date(d, paras)
	dateExcerpts(d)
	markDuplicates([]*Document{d})
	return d, nil
}

// checkText finds the first byte that keeps data from being UTF-8 text.
func checkText(file string, data []byte) error {
	for off := 0; off < len(data); {
		r, n := utf8.DecodeRune(data[off:])
		switch {
		case r == utf8.RuneError && n == 1:
			return fmt.Errorf("corpus %s: byte %d: invalid UTF-8", file, off)
		case r == 0:
			return fmt.Errorf("corpus %s: byte %d: NUL byte, binary file", file, off)
		case binaryControl(r):
			return fmt.Errorf("corpus %s: byte %d: control character %U, binary file", file, off, r)
		}
		off += n
	}
	return nil
}

// binaryControl reports the C0 controls and DEL, except the ones that text
// files use for layout (tab, line feed, vertical tab, form feed, carriage
// return).
func binaryControl(r rune) bool {
	return (r < 0x20 && !strings.ContainsRune("\t\n\v\f\r", r)) || r == 0x7F
}

// Options change how documents are read.
type Options struct {
	// MaxSize is the largest file read, in bytes; 0 means
	// docformat.DefaultMaxSize.
	MaxSize int64
}

// Load reads and parses the document at path, in any format docformat
// reads (text in UTF-8, UTF-16, Shift_JIS or EUC-JP; Markdown; HTML;
// .docx; PDF).
func Load(path string) (*Document, error) {
	return Options{}.Load(path)
}

// Load reads and parses the document at path with these options.
func (o Options) Load(path string) (*Document, error) {
	text, err := docformat.ReadFile(path, o.MaxSize)
	if err != nil {
		return nil, fmt.Errorf("corpus %w", err)
	}
	return Parse(path, []byte(text))
}

// LoadAll loads the documents at paths, then marks duplicates across them:
// the first occurrence, in the order of paths, stays the original.
func LoadAll(paths []string) ([]*Document, error) {
	return Options{}.LoadAll(paths)
}

// LoadAll loads the documents at paths with these options.
func (o Options) LoadAll(paths []string) ([]*Document, error) {
	docs := make([]*Document, 0, len(paths))
	seen := map[string]string{}
	for _, p := range paths {
		d, err := o.Load(p)
		if err != nil {
			return nil, err
		}
		// Refs are "docID#index", so two files with one ID would make
		// duplicate refs ambiguous.
		if prev, ok := seen[d.ID]; ok {
			return nil, fmt.Errorf("corpus %s: document ID %q already used by %s", p, d.ID, prev)
		}
		seen[d.ID] = p
		docs = append(docs, d)
	}
	markDuplicates(docs)
	return docs, nil
}
