package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// The journal holds the answers saved since the last snapshot, one JSON
// line each, after a header line naming the snapshot's generation:
//
//	{"format":"factdeck/progress-journal","generation":7}
//	{"n":1200,"review":{…},"card":{…}}
//
// Appending a line is cheap where rewriting the snapshot is not, and a
// line cut short by a crash is simply the answer that was not saved.
const journalFormat = "factdeck/progress-journal"

type journalHeader struct {
	Format     string `json:"format"`
	Generation uint64 `json:"generation"`
}

// journalLine is one saved answer: its position in the log, the log entry
// and the state of its card at the time of the save.
type journalLine struct {
	N      int          `json:"n"`
	Review study.Review `json:"review"`
	Card   srs.Card     `json:"card"`
}

func encodeJournalHeader(gen uint64) []byte {
	data, _ := json.Marshal(journalHeader{Format: journalFormat, Generation: gen}) // cannot fail
	return append(data, '\n')
}

// encodeJournal writes the log entries from position from onwards, each
// with its card's current state. Two answers to the same card in one save
// both carry the later state, which is the one replay must end with.
func encodeJournal(p *study.Progress, from int) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i, r := range p.Log()[from:] {
		c, _ := p.Card(r.Card)
		if err := enc.Encode(journalLine{N: from + i, Review: r, Card: c}); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}

// replayStatus is what reading a journal found.
type replayStatus int

const (
	replayClean   replayStatus = iota // every line applied; appends may follow
	replayTorn                        // the last line was cut short: dropped
	replayStale                       // left from the snapshot before this one: all in it already
	replayDamaged                     // something else: the rest could not be applied
)

// replay applies the journal data to p, which was read from the snapshot
// of generation gen. It returns what it found and how many answers it
// applied; for replayDamaged, err says what is wrong.
func replay(data []byte, gen uint64, p *study.Progress) (status replayStatus, applied int, err error) {
	status, applied, err = replayUnbounded(data, gen, p)
	if err != nil {
		err = bounded(err)
	}
	return status, applied, err
}

func replayUnbounded(data []byte, gen uint64, p *study.Progress) (status replayStatus, applied int, err error) {
	header, rest, _ := bytes.Cut(data, []byte("\n"))
	var h journalHeader
	if jerr := json.Unmarshal(header, &h); jerr != nil || h.Format != journalFormat {
		return replayDamaged, 0, fmt.Errorf("the first line is not a journal header")
	}
	switch {
	case h.Generation+1 == gen:
		return replayStale, 0, nil // a crash between a snapshot and its new journal
	case h.Generation != gen:
		return replayDamaged, 0, fmt.Errorf("it follows snapshot %d, the progress file is snapshot %d", h.Generation, gen)
	}
	for lineNo := 2; len(rest) > 0; lineNo++ {
		line, next, complete := bytes.Cut(rest, []byte("\n"))
		if !complete {
			return replayTorn, applied, nil
		}
		var l journalLine
		if jerr := json.Unmarshal(line, &l); jerr != nil {
			return replayDamaged, applied, fmt.Errorf("line %d: %v", lineNo, jerr)
		}
		if l.N != len(p.Log()) {
			return replayDamaged, applied, fmt.Errorf("line %d: answer %d follows answer %d", lineNo, l.N, len(p.Log())-1)
		}
		if aerr := p.Apply(l.Review, l.Card); aerr != nil {
			return replayDamaged, applied, fmt.Errorf("line %d: %v", lineNo, aerr)
		}
		applied++
		rest = next
	}
	return replayClean, applied, nil
}
