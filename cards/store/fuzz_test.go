package store

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"factdeck/cards/srs"
	"factdeck/cards/study"
)

// The fuzz targets feed outside data to the three readers of progress:
// the progress file (snapshot), the journal, and an import. Each input
// must be decoded or refused without a panic, without allocating more
// than allocBound, and with an error message of at most maxMessage bytes.
// Run one with, for example:
//
//	go test -run XXX -fuzz FuzzDecodeSnapshot -fuzztime 60s ./cards/store/
//
// With FACTDECK_FUZZ_ALLOC_LOG set to a file, each fuzzing process adds a
// line there whenever an input allocates more than any before it, so the
// largest allocation of a run can be read afterwards.

// maxMessage bounds an error message about bad progress data: a few
// problems, each quoting at most a short prefix of the data.
const maxMessage = 4096

// allocBound is how much decoding n bytes may allocate: JSON decoding
// makes a few copies of its input, plus a fixed allowance.
func allocBound(n int) uint64 { return 16<<20 + 64*uint64(n) }

// measure runs f and returns the bytes it allocated.
func measure(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

var allocLog struct {
	sync.Mutex
	max map[string]uint64
}

// checkInput fails the fuzz input that allocated too much or whose error
// is too long, and logs a new largest allocation.
func checkInput(t *testing.T, target string, data []byte, allocated uint64, err error) {
	t.Helper()
	if allocated > allocBound(len(data)) {
		t.Errorf("%s: %d input bytes allocated %d bytes, over the bound of %d", target, len(data), allocated, allocBound(len(data)))
	}
	if err != nil && len(err.Error()) > maxMessage {
		t.Errorf("%s: the error message has %d bytes, over %d: %.300s…", target, len(err.Error()), maxMessage, err.Error())
	}
	path := os.Getenv("FACTDECK_FUZZ_ALLOC_LOG")
	if path == "" {
		return
	}
	allocLog.Lock()
	defer allocLog.Unlock()
	if allocLog.max == nil {
		allocLog.max = map[string]uint64{}
	}
	if allocated <= allocLog.max[target] {
		return
	}
	allocLog.max[target] = allocated
	if f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644); err == nil {
		fmt.Fprintf(f, "%s %d bytes allocated for an input of %d bytes\n", target, allocated, len(data))
		f.Close()
	}
}

// seedFiles adds testdata files to the corpus.
func seedFiles(f *testing.F, names ...string) {
	for _, name := range names {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// seedProgress is a progress with a few answers and a setting changed.
func seedProgress(f *testing.F) *study.Progress {
	p := study.NewProgress()
	at := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	for i, id := range []string{"a", "b", "a", "c"} {
		if _, err := p.Grade(id, srs.Rating(1+i%4), at.Add(time.Duration(i)*time.Hour), time.Second); err != nil {
			f.Fatal(err)
		}
	}
	return p
}

func FuzzDecodeSnapshot(f *testing.F) {
	seedFiles(f, "v1.json", "damaged.json", "newer.json", "deck.json")
	data, err := encodeSnapshot(seedProgress(f), 3, time.Date(2026, 11, 22, 18, 30, 0, 0, time.UTC))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"format":"factdeck/progress","version":1,"progress":{"cards":{"x":{"state":9}},"log":[{"card":"y","rating":7}]}}`))
	long := strings.Repeat("長", 20000) // ids and a format that a message must not quote whole
	f.Add([]byte(`{"format":"factdeck/progress","version":1,"progress":{"cards":{"` + long + `":{"state":9}},"log":[{"card":"` + long + `","rating":7}]}}`))
	f.Add([]byte(`{"format":"` + long + `","version":1}`))
	digits := strings.Repeat("9", 100000) // encoding/json quotes a number it cannot store whole
	f.Add([]byte(`{"format":"factdeck/progress","version":` + digits + `}`))
	f.Add([]byte(`{"format":"factdeck/progress","version":1,"progress":{"log":[{"card":"a","rating":` + digits + `}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var err error
		allocated := measure(func() { _, err = decodeSnapshot(data) })
		checkInput(t, "FuzzDecodeSnapshot", data, allocated, err)
	})
}

func FuzzReplayJournal(f *testing.F) {
	seedFiles(f, "clean.journal", "torn.journal", "stale.journal", "damaged.journal", "foreign.journal")
	f.Add([]byte("{\"format\":\"factdeck/progress-journal\",\"generation\":3}\n{\"n\":" + strings.Repeat("9", 100000) + "}\n"))
	base, err := os.ReadFile("testdata/v1.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		snap, err := decodeSnapshot(base)
		if err != nil {
			t.Fatal(err)
		}
		var status replayStatus
		var applied int
		allocated := measure(func() { status, applied, err = replay(data, snap.Generation, snap.Progress) })
		checkInput(t, "FuzzReplayJournal", data, allocated, err)
		if (status == replayDamaged) != (err != nil) {
			t.Errorf("status %d with error %v", status, err)
		}
		if got := len(snap.Progress.Log()); got != 2+applied {
			t.Errorf("%d answers applied, the log grew to %d from 2", applied, got)
		}
	})
}

func FuzzImport(f *testing.F) {
	seedFiles(f, "v1.json", "damaged.json", "newer.json", "deck.json", "clean.journal")
	s := Memory(Options{})
	s.progress = seedProgress(f)
	data, err := s.Export()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		s := Memory(Options{})
		s.progress = study.NewProgress()
		before := s.Progress()
		allocated := measure(func() { err = s.Import(data) })
		checkInput(t, "FuzzImport", data, allocated, err)
		if err != nil && s.Progress() != before {
			t.Error("a refused import changed the progress")
		}
		if err == nil {
			// What was imported saves and reads back the same.
			again, xerr := s.Export()
			if xerr != nil {
				t.Fatal(xerr)
			}
			if _, derr := decodeSnapshot(again); derr != nil {
				t.Errorf("the imported progress does not read back: %v", errors.Unwrap(derr))
			}
		}
	})
}
