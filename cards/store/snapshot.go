package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"factdeck/cards/deck"
	"factdeck/cards/jsonpos"
	"factdeck/cards/study"
)

// Format names a progress file; Version is the version of it this build
// reads and writes. Bump Version when study.Progress's JSON changes in a
// way older builds would misread; they will then move the file aside
// instead of losing its new fields.
const (
	Format  = "factdeck/progress"
	Version = 1
)

// ErrNewer is wrapped by the error for a file of a later Version.
var ErrNewer = errors.New("written by a newer version of factdeck")

// snapshot is a whole progress file, as saved, exported and imported.
type snapshot struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Generation numbers the snapshots a store writes; the journal of
	// answers saved since names the generation it follows.
	Generation uint64          `json:"generation"`
	Saved      time.Time       `json:"saved"`
	Progress   *study.Progress `json:"progress"`
}

// encodeSnapshot writes p as a progress file. The progress's own JSON is
// spliced in rather than nested through json.Marshal, which would copy and
// re-validate those megabytes once more.
func encodeSnapshot(p *study.Progress, gen uint64, now time.Time) ([]byte, error) {
	head, err := json.Marshal(snapshot{Format: Format, Version: Version, Generation: gen, Saved: now})
	if err != nil {
		return nil, err
	}
	body, err := p.MarshalJSON()
	if err != nil {
		return nil, err
	}
	// head ends with "progress":null}; put the progress in place of null.
	null := []byte("null}")
	if !bytes.HasSuffix(head, null) {
		return nil, errors.New("store: progress file header does not end with the progress")
	}
	head = head[:len(head)-len(null)]
	out := make([]byte, 0, len(head)+len(body)+2)
	out = append(append(append(out, head...), body...), "}\n"...)
	return out, nil
}

// decodeSnapshot reads and checks a progress file. Its errors say what is
// wrong and where: a JSON syntax error with its line and column, a deck
// file given for a progress file, a newer version (wrapping ErrNewer), or
// every invalid card state and log entry.
func decodeSnapshot(data []byte) (snapshot, error) {
	f, err := decodeSnapshotUnbounded(data)
	if err != nil {
		return snapshot{}, bounded(err)
	}
	return f, nil
}

func decodeSnapshotUnbounded(data []byte) (snapshot, error) {
	var head struct {
		Format     string          `json:"format"`
		Version    int             `json:"version"`
		Generation uint64          `json:"generation"`
		Saved      time.Time       `json:"saved"`
		Progress   json.RawMessage `json:"progress"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return snapshot{}, locate(data, err)
	}
	switch {
	case head.Format == deck.Format:
		return snapshot{}, fmt.Errorf("this is a deck (%s), not a progress file", deck.Format)
	case head.Format != Format:
		return snapshot{}, fmt.Errorf("format is %q, want %q", clip(head.Format), Format)
	case head.Version > Version:
		return snapshot{}, fmt.Errorf("version %d: %w (this one reads version %d)", head.Version, ErrNewer, Version)
	case head.Version < 1:
		return snapshot{}, fmt.Errorf("version %d is not a progress file version", head.Version)
	case len(head.Progress) == 0 || string(head.Progress) == "null":
		return snapshot{}, errors.New("the progress is missing")
	}
	p := new(study.Progress)
	if err := json.Unmarshal(head.Progress, p); err != nil {
		return snapshot{}, fmt.Errorf("progress: %w", err)
	}
	return snapshot{Format: head.Format, Version: head.Version, Generation: head.Generation, Saved: head.Saved, Progress: p}, nil
}

// locate turns a JSON error that carries a byte offset into one that names
// the line and column.
func locate(data []byte, err error) error {
	line, col, ok := jsonpos.Locate(data, err)
	if !ok {
		return fmt.Errorf("not a progress file: %w", err)
	}
	return fmt.Errorf("not a progress file: line %d, column %d: %w", line, col, err)
}
