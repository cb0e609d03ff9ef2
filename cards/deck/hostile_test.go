package deck_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// maxMessage bounds every error message about a deck: MaxReported
// problems of a few hundred bytes each, and what wraps them.
const maxMessage = 8 << 10

// breaksBomb is the JSON of a deck whose one annotation, n characters
// long, has 3n/2 breaks at offset 0, each of them a problem. Validate once
// repeated the whole text in every problem, so the message grew with the
// square of the deck's size: tens of megabytes from a link of a few
// hundred characters.
func breaksBomb(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"format":"factdeck/v1","title":"t","language":"ja","annotations":{"`)
	b.WriteString(strings.Repeat("あ", n))
	b.WriteString(`":{"breaks":[`)
	b.WriteString(strings.TrimSuffix(strings.Repeat("0,", n*3/2), ","))
	b.WriteString(`]}}}`)
	return b.Bytes()
}

// hostileLinks are the links of testdata/breaks-*.link: breaksBomb of the
// given size, packed by PackLink, 228 and 424 characters long.
var hostileLinks = []struct {
	file string
	n    int
}{
	{"breaks-228.link", 6050},
	{"breaks-424.link", 26300},
}

func readLink(t testing.TB, file string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", file))
	require.NoError(t, err)
	return strings.TrimSpace(string(data))
}

// The fixtures hold what their names say, whatever gzip makes of the
// same bytes in another Go version.
func TestHostileLinkFixtures(t *testing.T) {
	for _, h := range hostileLinks {
		payload := readLink(t, h.file)
		assert.Equal(t, strings.TrimSuffix(strings.TrimPrefix(h.file, "breaks-"), ".link"), strconv.Itoa(len(payload)), h.file)
		raw, err := base64.RawURLEncoding.DecodeString(payload)
		require.NoError(t, err)
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		require.NoError(t, err)
		data, err := io.ReadAll(zr)
		require.NoError(t, err)
		assert.Equal(t, breaksBomb(h.n), data, h.file)
	}
}

// allocBound is the most a decoder may allocate for size bytes of input:
// the decoded deck takes a few times its encoded size (a break of 2 bytes
// of JSON is an 8-byte int, a snapshot's 1-byte string a 16-byte header),
// twice that while slices and maps grow, never more.
func allocBound(size int) uint64 { return 32*uint64(size) + 1<<20 }

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A 228-character link once made a 165 MB message and 1.6 GB of
// allocations; a 424-character one took the browser's tab past 4 GB. They
// are now refused before decoding, as too many values for their size.
func TestHostileLinkIsRefusedInBounds(t *testing.T) {
	for _, h := range hostileLinks {
		t.Run(h.file, func(t *testing.T) {
			payload := readLink(t, h.file)
			var err error
			n := allocated(func() { _, err = deck.DecodeLink(payload) })
			require.Error(t, err)
			assert.ErrorIs(t, err, deck.ErrLinkDeck)
			assert.LessOrEqual(t, len(err.Error()), maxMessage, "message of %d bytes", len(err.Error()))
			assert.Less(t, n, allocBound(len(breaksBomb(h.n))), "allocated %d bytes", n)
			t.Logf("%d-character link: %d-byte deck, %d-byte message, %d bytes allocated", len(payload), len(breaksBomb(h.n)), len(err.Error()), n)
		})
	}
}

// The decks of the crafted links, however they reach Validate, give a
// short message that counts the problems it does not list.
func TestValidateBoundsHostileDeck(t *testing.T) {
	for _, h := range hostileLinks {
		var d deck.Deck
		require.NoError(t, json.Unmarshal(breaksBomb(h.n), &d))
		var err error
		n := allocated(func() { err = d.Validate() })
		var more *deck.MoreErrors
		require.ErrorAs(t, err, &more)
		assert.Equal(t, h.n*3/2+2-deck.MaxReported, more.N, "the problems not listed are counted: every break, no cards, no facts")
		assert.LessOrEqual(t, len(err.Error()), maxMessage, "message of %d bytes", len(err.Error()))
		assert.Less(t, n, uint64(64<<10), "allocated %d bytes", n)
	}
}

// wideBreaksBomb is a deck of n characters of annotation text and n bad
// breaks written wide (1000000,…), so its JSON passes Decode's count of
// values and reaches Validate: 6n bytes of text, 8n of breaks.
func wideBreaksBomb(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"format":"factdeck/v1","title":"t","language":"ja","annotations":{"`)
	b.WriteString(strings.Repeat("あ", n))
	b.WriteString(`":{"breaks":[`)
	b.WriteString(strings.TrimSuffix(strings.Repeat("1000000,", n), ","))
	b.WriteString(`]}}}`)
	return b.Bytes()
}

// The same kind of deck as a file, as deckgen and the desktop app read it.
func TestHostileFileIsRefusedInBounds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bomb.json")
	data := wideBreaksBomb(20000)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	var err error
	n := allocated(func() { _, err = deck.Read(path) })
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)
	assert.Contains(t, err.Error(), fmt.Sprintf("and %d more problems", 20000+2-deck.MaxReported))
	assert.LessOrEqual(t, len(err.Error()), maxMessage)
	assert.Less(t, n, allocBound(len(data)), "allocated %d bytes", n)
}

// Values packed closer than any deck's: empty strings, 3 bytes each of
// JSON and 16 of memory.
func TestDenseValuesAreRefused(t *testing.T) {
	data := []byte(`{"cards":[{"id":"c","type":"mcq","choices":[` + strings.TrimSuffix(strings.Repeat(`"",`, 200000), ",") + `]}]}`)
	var err error
	n := allocated(func() { _, err = deck.Decode(data) })
	assert.ErrorContains(t, err, "JSON values in")
	assert.Less(t, n, uint64(1<<20), "refused before decoding: allocated %d bytes", n)
}

func TestHostileSnapshotIsRefusedInBounds(t *testing.T) {
	// DecodeSnapshot validates as Decode does; build the deck without
	// Decode, which would refuse it.
	d := &deck.Deck{Format: deck.Format, Title: "t", Language: "ja", Annotations: map[string]deck.Annotation{
		strings.Repeat("あ", 50000): {Breaks: make([]int, 75000)},
	}}
	snap := deck.EncodeSnapshot(d)
	var err error
	n := allocated(func() { _, err = deck.DecodeSnapshot(snap) })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "more problems")
	assert.LessOrEqual(t, len(err.Error()), maxMessage)
	assert.Less(t, n, allocBound(len(snap)), "allocated %d bytes", n)
}

func TestValidateStopsAfterMaxReported(t *testing.T) {
	d := readValid(t)
	for i := range d.Cards {
		d.Cards[i].Prompt = ""
		d.Cards[i].Answer = ""
	}
	err := d.Validate()
	require.Error(t, err)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "a joined error")
	errs := joined.Unwrap()
	require.Len(t, errs, deck.MaxReported+1)
	for _, e := range errs[:deck.MaxReported] {
		var fe *deck.FieldError
		assert.ErrorAs(t, e, &fe)
	}
	var more *deck.MoreErrors
	require.ErrorAs(t, errs[deck.MaxReported], &more)
	// An empty prompt and answer are 2 problems; c1 (cloze: no blank), c2
	// (mcq: no choice is the answer), c3 (not true or false) and c4 (not
	// a number) have one more each.
	assert.Equal(t, 3+3+3+3+2+2+2-deck.MaxReported, more.N)
	assert.Contains(t, err.Error(), "and 8 more problems")
}

// No message repeats more than a prefix of a text from the deck.
func TestValidateQuotesAPrefix(t *testing.T) {
	long := strings.Repeat("長", 5000)
	for name, break_ := range map[string]func(d *deck.Deck){
		"annotation": func(d *deck.Deck) { d.Annotations[long] = deck.Annotation{Breaks: []int{0}} },
		"card id":    func(d *deck.Deck) { d.Cards[0].ID, d.Cards[0].Prompt = long, "" },
		"fact":       func(d *deck.Deck) { d.Cards[0].Fact = long },
		"answer":     func(d *deck.Deck) { d.Cards[3].Answer = long },
		"choices":    func(d *deck.Deck) { d.Cards[4].Choices = []string{long, long} },
		"type":       func(d *deck.Deck) { d.Cards[0].Type = long },
		"format":     func(d *deck.Deck) { d.Format = long },
		"date":       func(d *deck.Deck) { d.Sources[0].Date = long },
		"kind":       func(d *deck.Deck) { d.Facts[0].Kind = long },
		"key":        func(d *deck.Deck) { d.Facts[0].Key = long },
		"conflicts":  func(d *deck.Deck) { d.Facts[0].Conflicts = []string{long} },
	} {
		t.Run(name, func(t *testing.T) {
			d := readValid(t)
			break_(d)
			err := d.Validate()
			require.Error(t, err)
			assert.Less(t, len(err.Error()), 600, err.Error())
			assert.Contains(t, err.Error(), strings.Repeat("長", deck.QuoteRunes)+`"… (15000 bytes)`)
		})
	}
}

func TestQuote(t *testing.T) {
	assert.Equal(t, `"短い"`, deck.Quote("短い"))
	assert.Equal(t, `"a\nb\xff"`, deck.Quote("a\nb\xff"))
	assert.Equal(t, `"`+strings.Repeat("x", deck.QuoteRunes)+`"… (41 bytes)`, deck.Quote(strings.Repeat("x", deck.QuoteRunes+1)))
	assert.Equal(t, "c1", deck.Clip("c1"))
	assert.Equal(t, `"c 1"`, deck.Clip("c 1"))
	assert.Equal(t, `"c\n1"`, deck.Clip("c\n1"))
}

// encoding/json repeats a misplaced number's literal, however long.
func TestJSONErrorIsBounded(t *testing.T) {
	data := []byte(`{"format":"factdeck/v1","annotations":{"a":{"breaks":[` + strings.Repeat("9", 1<<20) + `]}}}`)
	_, err := deck.Decode(data)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 1, column")
	assert.Contains(t, err.Error(), "cannot unmarshal number 999")
	assert.Less(t, len(err.Error()), 400, err.Error())
}

func TestEmptyDeckIsRefused(t *testing.T) {
	good := readValid(t)
	for name, tc := range map[string]struct {
		json  string
		field string
	}{
		"cards null":  {`{"format":"factdeck/v1","title":"t","language":"ja","sources":[{"id":"s","file":"a","title":"a"}],"facts":[{"id":"f","source":"s","sentence":"x","kind":"date"}],"cards":null}`, `"cards"`},
		"cards empty": {`{"format":"factdeck/v1","title":"t","language":"ja","sources":[{"id":"s","file":"a","title":"a"}],"facts":[{"id":"f","source":"s","sentence":"x","kind":"date"}],"cards":[]}`, `"cards"`},
		"no facts":    {`{"format":"factdeck/v1","title":"t","language":"ja","sources":[],"facts":[],"cards":[]}`, `"facts"`},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := deck.Decode([]byte(tc.json))
			require.ErrorIs(t, err, deck.ErrEmpty)
			assert.Contains(t, err.Error(), "deck: field "+tc.field+": is empty")

			payload, err := deck.PackLink([]byte(tc.json))
			require.NoError(t, err)
			_, err = deck.DecodeLink(payload)
			assert.ErrorIs(t, err, deck.ErrEmpty)
			assert.ErrorIs(t, err, deck.ErrLinkDeck)

			var d deck.Deck
			require.NoError(t, json.Unmarshal([]byte(tc.json), &d))
			_, err = deck.DecodeSnapshot(deck.EncodeSnapshot(&d))
			assert.ErrorIs(t, err, deck.ErrEmpty)
		})
	}
	assert.False(t, errors.Is(good.Validate(), deck.ErrEmpty))
}

// Empty objects decode to 150-byte cards: a file of them would make the
// app allocate a hundred times its size.
func TestDenseObjectsAreRefused(t *testing.T) {
	data := []byte(`{"format":"factdeck/v1","cards":[` + strings.TrimSuffix(strings.Repeat("{},", 300000), ",") + `]}`)
	var err error
	n := allocated(func() { _, err = deck.Decode(data) })
	require.Error(t, err)
	assert.Contains(t, err.Error(), fmt.Sprintf("300001 JSON objects in %d bytes", len(data)))
	assert.Less(t, n, uint64(1<<20), "refused before decoding: allocated %d bytes", n)

	// As much as a link may hold.
	data = []byte(`{"cards":[` + strings.TrimSuffix(strings.Repeat("{},", (deck.MaxLinkDeckSize-20)/3), ",") + `]}`)
	payload, err := deck.PackLink(data)
	require.NoError(t, err)
	n = allocated(func() { _, err = deck.DecodeLink(payload) })
	assert.ErrorIs(t, err, deck.ErrLinkDeck)
	assert.Contains(t, err.Error(), "JSON objects in")
	assert.Less(t, n, allocBound(len(data)), "allocated %d bytes", n)
}

// A snapshot's list length is checked against the bytes left before the
// list is made.
func TestSnapshotCountIsBoundedByData(t *testing.T) {
	good := deck.EncodeSnapshot(&deck.Deck{})
	// The empty deck ends with four zero counts; make the cards' count
	// 100,000, then give 100,000 bytes: one per card, too few for any.
	head := bytes.TrimSuffix(good, []byte{0, 0})
	data := binary.AppendUvarint(head, 100000)
	data = append(data, make([]byte, 100000)...)
	var err error
	n := allocated(func() { _, err = deck.DecodeSnapshot(data) })
	assert.ErrorContains(t, err, "a list of 100000 items")
	assert.Less(t, n, uint64(1<<20), "allocated %d bytes", n)
}

// A deck that is wrong in other ways too is not "empty": it is no deck.
func TestEmptyOnlyWhenNothingElseIsWrong(t *testing.T) {
	for _, data := range []string{
		`{"format":"other"}`,
		`{"format":"factdeck/v1","title":"t","language":"ja","cards":[],"annotations":{"a":{"breaks":[0]}}}`,
	} {
		_, err := deck.Decode([]byte(data))
		require.Error(t, err)
		assert.Contains(t, err.Error(), `deck: field "cards": is empty`)
		assert.False(t, errors.Is(err, deck.ErrEmpty), data)
	}
}

// A link that DecodeLink would refuse is never made: JSON that compresses
// into a short link can still expand past MaxLinkDeckSize.
func TestEncodeLinkRefusesWhatDecodeLinkWould(t *testing.T) {
	d := readValid(t)
	d.Cards[5].Prompt = strings.Repeat("あ", deck.MaxLinkDeckSize/3+1)
	_, err := deck.EncodeLink(d)
	assert.ErrorIs(t, err, deck.ErrLinkTooLarge)
	assert.Less(t, len(err.Error()), 300)
}
