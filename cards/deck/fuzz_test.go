package deck_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// The fuzz targets feed the decoders that take outside data (links, deck
// files, snapshots) with mutated inputs. Besides never panicking, each
// input must be decoded or refused within allocBound of its size, with a
// message of at most maxMessage bytes. go test runs the seeds only; a
// fuzzing run is
//
//	go test -run XXX -fuzz FuzzDecodeLink -fuzztime 60s ./cards/deck/
//
// With FACTDECK_FUZZ_REPORT=FILE set, each fuzzing process appends a line
// to FILE whenever an input allocates more than any before it, so the
// largest allocation of a run can be read back.

// bounded runs decode on an input of size bytes and fails t if it
// allocates more than allocBound(size) or returns a message longer than
// maxMessage.
func bounded(t *testing.T, name string, size int, decode func() error) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := decode()
	runtime.ReadMemStats(&after)
	n := after.TotalAlloc - before.TotalAlloc
	if n > allocBound(size) {
		t.Fatalf("%s: %d bytes of input allocated %d bytes, the bound is %d", name, size, n, allocBound(size))
	}
	if err != nil && len(err.Error()) > maxMessage {
		t.Fatalf("%s: a message of %d bytes: %.300s…", name, len(err.Error()), err.Error())
	}
	reportAlloc(name, size, n)
}

var largest struct {
	sync.Mutex
	n map[string]uint64
}

// reportAlloc appends a line to $FACTDECK_FUZZ_REPORT when n is the
// largest allocation this process has seen for the decoder.
func reportAlloc(name string, size int, n uint64) {
	path := os.Getenv("FACTDECK_FUZZ_REPORT")
	if path == "" {
		return
	}
	largest.Lock()
	defer largest.Unlock()
	if largest.n == nil {
		largest.n = map[string]uint64{}
	}
	if n <= largest.n[name] {
		return
	}
	largest.n[name] = n
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return
	}
	defer f.Close()
	fmt.Fprintf(f, "%s\t%d\t%d\n", name, size, n)
}

func validJSON(f *testing.F) []byte {
	data, err := os.ReadFile(filepath.Join("testdata", "valid.json"))
	require.NoError(f, err)
	return data
}

// seedJSON adds decks good and bad: the valid one, the bombs, empty ones,
// cut and mangled ones.
func seedJSON() [][]byte {
	return [][]byte{
		breaksBomb(100),
		[]byte(`{"format":"factdeck/v1","title":"t","language":"ja","cards":null}`),
		[]byte(`{"format":"factdeck/v1","title":"t","language":"ja","sources":[{"id":"s","file":"a","title":"a"}],"facts":[{"id":"f","source":"s","sentence":"x","kind":"date"}],"cards":[{"id":"c","fact":"f","type":"basic","prompt":"p","answer":"a"}]}`),
		[]byte(`{"annotations":{"a":{"ruby":[{"start":0,"end":9,"reading":""}]},"b":{},"c":{"breaks":[1e999]}}}`),
		[]byte(`[`),
		[]byte(`null`),
	}
}

func FuzzDecode(f *testing.F) {
	good := validJSON(f)
	f.Add(good)
	f.Add(good[:len(good)/2])
	for _, s := range seedJSON() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d *deck.Deck
		bounded(t, "Decode", len(data), func() (err error) {
			d, err = deck.Decode(data)
			return err
		})
		if d != nil {
			require.NoError(t, d.Validate())
			require.NotEmpty(t, d.Cards)
		}
	})
}

func FuzzDecodeLink(f *testing.F) {
	good, err := deck.PackLink(validJSON(f))
	require.NoError(f, err)
	f.Add(good)
	f.Add(good[:len(good)-5])
	f.Add("%%%%")
	f.Add("")
	for _, h := range hostileLinks {
		f.Add(readLink(f, h.file))
	}
	for _, s := range seedJSON() {
		p, err := deck.PackLink(s)
		require.NoError(f, err)
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, payload string) {
		// The bound follows what the payload expands to, up to the
		// decoder's own limit.
		size := len(payload) + expanded(payload)
		var d *deck.Deck
		bounded(t, "DecodeLink", size, func() (err error) {
			d, err = deck.DecodeLink(payload)
			return err
		})
		if d != nil {
			require.NoError(t, d.Validate())
			require.NotEmpty(t, d.Cards)
		}
	})
}

// expanded is how many bytes of a link's payload DecodeLink may expand,
// told without DecodeLink: the gzip data's length, at most
// MaxLinkDeckSize+1.
func expanded(payload string) int {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return 0
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return 0
	}
	zr.Multistream(false)
	n, _ := io.Copy(io.Discard, io.LimitReader(zr, deck.MaxLinkDeckSize+1))
	return int(n)
}

// FuzzDecodeSnapshot: damaged bytes give an error, never a panic, nor an
// allocation larger than the data calls for.
func FuzzDecodeSnapshot(f *testing.F) {
	d, err := deck.Read(filepath.Join("testdata", "valid.json"))
	require.NoError(f, err)
	seed := deck.EncodeSnapshot(d)
	f.Add(seed)
	f.Add(seed[:len(seed)-7])
	f.Add([]byte("factdeck/v1 snapshot\n\x00\xff"))
	f.Add(deck.EncodeSnapshot(&deck.Deck{Format: deck.Format}))
	f.Add(deck.EncodeSnapshot(&deck.Deck{Annotations: map[string]deck.Annotation{"ab": {Breaks: []int{0, 0, 5}}}}))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d *deck.Deck
		bounded(t, "DecodeSnapshot", len(data), func() (err error) {
			d, err = deck.DecodeSnapshot(data)
			return err
		})
		if d != nil {
			require.NoError(t, d.Validate())
		}
	})
}
