package deck_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

var (
	builtinJSON     = filepath.Join("..", "..", "assets", "decks", "corpus.json")
	builtinSnapshot = filepath.Join("..", "..", "assets", "decks", "corpus.snapshot")
)

func TestSnapshotRoundTrip(t *testing.T) {
	d, err := deck.Read(builtinJSON)
	require.NoError(t, err)
	require.NotEmpty(t, d.Annotations, "the test needs a deck with annotations")

	data := deck.EncodeSnapshot(d)
	again, err := deck.DecodeSnapshot(data)
	require.NoError(t, err)
	assert.Equal(t, d, again)

	// Gob writes maps in random order; the snapshot must not, or each
	// rebuild would change the committed file.
	for range 5 {
		more := deck.EncodeSnapshot(d)
		require.True(t, bytes.Equal(data, more), "two snapshots of one deck differ")
	}
}

// The app starts from the committed snapshot, so it must say exactly what
// the committed JSON says.
func TestCommittedSnapshotMatchesDeck(t *testing.T) {
	d, err := deck.Read(builtinJSON)
	require.NoError(t, err)
	want := deck.EncodeSnapshot(d)
	got := readFile(t, builtinSnapshot)
	assert.True(t, bytes.Equal(want, got), "assets/decks/corpus.snapshot is stale: run "+
		"`go run ./cmd/deckgen snapshot -o assets/decks/corpus.snapshot assets/decks/corpus.json`")
}

func TestDecodeSnapshotRejectsBadData(t *testing.T) {
	d, err := deck.Read(builtinJSON)
	require.NoError(t, err)
	good := deck.EncodeSnapshot(d)

	_, err = deck.DecodeSnapshot(readFile(t, builtinJSON))
	assert.ErrorContains(t, err, "not a deck snapshot")

	_, err = deck.DecodeSnapshot(good[:len(good)/2])
	assert.ErrorContains(t, err, "deck snapshot:")

	bad := *d
	bad.Cards = append([]deck.Card{{ID: "c-x", Fact: "no-such-fact", Type: deck.TypeBasic, Prompt: "問", Answer: "答"}}, d.Cards...)
	_, err = deck.DecodeSnapshot(deck.EncodeSnapshot(&bad))
	assert.ErrorContains(t, err, `card c-x: field "fact": names unknown fact "no-such-fact"`, "a snapshot is validated like a JSON deck")
}

// Every optional card and fact field survives the snapshot, including the
// ones the built-in deck may not use yet.
func TestSnapshotKeepsOptionalFields(t *testing.T) {
	d, err := deck.Read(filepath.Join("testdata", "valid.json"))
	require.NoError(t, err)
	require.NotEmpty(t, d.Cards)
	d.Facts[0].Date = "2019-05"
	c := &d.Cards[0]
	c.QuizOnly = true
	c.Accept = []string{"岸田文雄"}
	c.Also = []string{"経団連"}
	c.Note = "出典によって異なる"
	c.Items = []string{"甲", "乙"}
	c.Pairs = []deck.Pair{{Left: "交渉手段", Right: "コロンビア、メキシコ、カナダ"}}

	again, err := deck.DecodeSnapshot(deck.EncodeSnapshot(d))
	require.NoError(t, err)
	assert.Equal(t, d.Facts[0], again.Facts[0])
	assert.Equal(t, *c, again.Cards[0])
}

// Facts' paragraphs survive the snapshot; one that two facts share is
// stored once; a deck without any has the bytes it had before the field
// existed (the committed snapshot, made then, still matches its JSON).
func TestSnapshotParagraphs(t *testing.T) {
	d, err := deck.Read(builtinJSON)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(d.Facts), 3)
	plain := deck.EncodeSnapshot(d)
	assert.True(t, bytes.Equal(plain, readFile(t, builtinSnapshot)))

	para := "前の文。" + d.Facts[1].Sentence + "次の文。"
	d.Facts[1].Paragraph = para
	d.Facts[2].Sentence, d.Facts[2].Paragraph = "次の文。", para
	d.Facts[2].Key = ""
	data := deck.EncodeSnapshot(d)
	again, err := deck.DecodeSnapshot(data)
	require.NoError(t, err)
	assert.Equal(t, d.Facts, again.Facts)
	assert.Empty(t, again.Facts[0].Paragraph)
	assert.Equal(t, 1, bytes.Count(data, []byte(para)), "a shared paragraph is stored once")
}
