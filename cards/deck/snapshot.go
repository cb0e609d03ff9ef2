package deck

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"slices"
	"strings"
)

// A snapshot is a deck in encoding/gob, for a deck the app ships inside
// itself. The JSON file stays the deck's one true form (what deckgen
// writes, teachers edit and tests read); the snapshot is made from it by
// `deckgen snapshot` and only spares the app the JSON decoding at start:
// in the browser, decoding the built-in deck's 1.2 MB of JSON took about
// 300 ms before the first frame, and decoding its snapshot takes a tenth
// of that (go test ./cards/deck -bench Builtin, under js/wasm).

// snapshotMagic starts every snapshot, so that a wrong or stale file is
// told apart from a damaged one.
const snapshotMagic = "factdeck/v1 snapshot\n"

// snapshot is what is gob-encoded. Annotations move from the Deck's map to
// a slice sorted by text: gob writes a map in Go's random order, and the
// same deck must give the same bytes, or every rebuild would change the
// committed file.
type snapshot struct {
	Deck        *Deck
	Annotations []annotated
}

type annotated struct {
	Text string
	Annotation
}

// EncodeSnapshot returns the snapshot of d. The bytes depend only on the
// deck's contents.
func EncodeSnapshot(d *Deck) ([]byte, error) {
	body := *d
	body.Annotations = nil
	s := snapshot{Deck: &body}
	for text, a := range d.Annotations {
		s.Annotations = append(s.Annotations, annotated{text, a})
	}
	slices.SortFunc(s.Annotations, func(a, b annotated) int { return strings.Compare(a.Text, b.Text) })
	var buf bytes.Buffer
	buf.WriteString(snapshotMagic)
	if err := gob.NewEncoder(&buf).Encode(&s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// DecodeSnapshot decodes a snapshot made by EncodeSnapshot and validates
// the deck, as Decode does for JSON.
func DecodeSnapshot(data []byte) (*Deck, error) {
	rest, ok := bytes.CutPrefix(data, []byte(snapshotMagic))
	if !ok {
		return nil, fmt.Errorf("not a deck snapshot: it does not start with %q", strings.TrimSpace(snapshotMagic))
	}
	var s snapshot
	if err := gob.NewDecoder(bytes.NewReader(rest)).Decode(&s); err != nil {
		return nil, fmt.Errorf("deck snapshot: %w", err)
	}
	if s.Deck == nil {
		return nil, fmt.Errorf("deck snapshot: no deck")
	}
	d := s.Deck
	if len(s.Annotations) > 0 {
		d.Annotations = make(map[string]Annotation, len(s.Annotations))
		for _, a := range s.Annotations {
			d.Annotations[a.Text] = a.Annotation
		}
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return d, nil
}
