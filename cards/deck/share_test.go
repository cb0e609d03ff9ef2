package deck_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// builtinPart is the first n cards of the built-in deck, with the facts and
// sources they use: a teacher's small deck with real Japanese text, which
// compresses like the decks people will share.
func builtinPart(t *testing.T, n int) *deck.Deck {
	t.Helper()
	d, err := deck.Read(filepath.Join("..", "..", "assets", "decks", "corpus.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(d.Cards), n, "the built-in deck has too few cards for this test")
	part := *d
	part.Cards = d.Cards[:n]
	facts := map[string]bool{}
	for _, c := range part.Cards {
		facts[c.Fact] = true
	}
	part.Facts = nil
	sources := map[string]bool{}
	for _, f := range d.Facts {
		if facts[f.ID] {
			part.Facts = append(part.Facts, keepConflicts(f, facts))
			sources[f.Source] = true
		}
	}
	part.Sources = nil
	for _, s := range d.Sources {
		if sources[s.ID] {
			part.Sources = append(part.Sources, s)
		}
	}
	part.Annotations = keepAnnotations(d.Annotations, &part)
	require.NoError(t, part.Validate())
	return &part
}

// keepAnnotations keeps the annotations of the texts a part shows.
func keepAnnotations(all map[string]deck.Annotation, part *deck.Deck) map[string]deck.Annotation {
	kept := map[string]deck.Annotation{}
	add := func(texts ...string) {
		for _, s := range texts {
			if a, ok := all[s]; ok {
				kept[s] = a
			}
		}
	}
	for _, c := range part.Cards {
		add(c.Prompt, c.Answer)
		add(c.Choices...)
	}
	for _, f := range part.Facts {
		add(f.Sentence)
	}
	return kept
}

// keepConflicts drops the conflict links to facts left out of a part.
func keepConflicts(f deck.Fact, kept map[string]bool) deck.Fact {
	var cs []string
	for _, c := range f.Conflicts {
		if kept[c] {
			cs = append(cs, c)
		}
	}
	f.Conflicts = cs
	return f
}

func gzipBase64(t *testing.T, data []byte) string {
	t.Helper()
	payload, err := deck.PackLink(data)
	require.NoError(t, err)
	return payload
}

func TestLinkRoundTrip(t *testing.T) {
	d := readValid(t)
	payload, err := deck.EncodeLink(d)
	require.NoError(t, err)
	assert.Regexp(t, `^[A-Za-z0-9_-]+$`, payload, "base64url without padding: safe in a URL fragment as it is")

	again, err := deck.DecodeLink(payload)
	require.NoError(t, err)
	assert.Equal(t, d, again)

	second, err := deck.EncodeLink(again)
	require.NoError(t, err)
	assert.Equal(t, payload, second, "the same deck gives the same link")

	padded, err := deck.DecodeLink(payload + strings.Repeat("=", (4-len(payload)%4)%4))
	require.NoError(t, err, "padding added by another tool is accepted")
	assert.Equal(t, d, padded)

	wrapped, err := deck.DecodeLink(payload[:40] + "\r\n" + payload[40:])
	require.NoError(t, err, "a line break from a mail program is ignored")
	assert.Equal(t, d, wrapped)
}

// A teacher's deck of about 50 cards fits in a link, if need be without
// its annotations.
func TestLinkHoldsFiftyCards(t *testing.T) {
	d := builtinPart(t, 50)
	payload, err := deck.EncodeLink(d)
	require.NoError(t, err)
	t.Logf("50 cards: %d characters (limit %d)", len(payload), deck.MaxLinkLen)
	again, err := deck.DecodeLink(payload)
	require.NoError(t, err)
	assert.Equal(t, d.Cards, again.Cards)
	assert.Equal(t, d.Facts, again.Facts)
	if len(again.Annotations) == 0 {
		t.Logf("annotations (%d texts) left out to fit", len(d.Annotations))
	} else {
		assert.Equal(t, d.Annotations, again.Annotations)
	}
}

// A small deck keeps its annotations; a larger one sheds them before it
// is refused.
func TestLinkDropsAnnotationsOnlyToFit(t *testing.T) {
	small := readValid(t)
	require.NotEmpty(t, small.Annotations)
	payload, err := deck.EncodeLink(small)
	require.NoError(t, err)
	again, err := deck.DecodeLink(payload)
	require.NoError(t, err)
	assert.Equal(t, small.Annotations, again.Annotations)

	big := readValid(t)
	// Many long annotations: the cards alone would fit, with them not.
	big.Annotations = map[string]deck.Annotation{}
	noise := make([]byte, deck.MaxLinkLen)
	_, _ = rand.NewChaCha8([32]byte{1}).Read(noise)
	for i := range 64 {
		key := fmt.Sprintf("%s%d", big.Cards[0].Prompt, i)
		big.Annotations[key] = deck.Annotation{Ruby: []deck.Ruby{{Start: 0, End: 1, Reading: base64.StdEncoding.EncodeToString(noise[i*400 : i*400+400])}}}
	}
	payload, err = deck.EncodeLink(big)
	require.NoError(t, err)
	again, err = deck.DecodeLink(payload)
	require.NoError(t, err)
	assert.Empty(t, again.Annotations)
	assert.Equal(t, big.Cards, again.Cards)
}

// Facts' paragraphs travel in a link that has room for them, and are
// shed, after the annotations, from one that has not.
func TestLinkDropsParagraphsOnlyToFit(t *testing.T) {
	d := readValid(t)
	d.Facts[0].Paragraph = "前の文。" + d.Facts[0].Sentence
	payload, err := deck.EncodeLink(d)
	require.NoError(t, err)
	again, err := deck.DecodeLink(payload)
	require.NoError(t, err)
	assert.Equal(t, d.Facts, again.Facts)

	// Many incompressible paragraphs (on copies of the first fact): the
	// cards alone would fit, with them not.
	for i := range 80 {
		f := d.Facts[0]
		f.ID, f.Conflicts = fmt.Sprintf("%s-copy%d", f.ID, i), nil
		d.Facts = append(d.Facts, f)
	}
	noise := make([]byte, 300*len(d.Facts))
	_, _ = rand.NewChaCha8([32]byte{2}).Read(noise)
	for i := range d.Facts {
		d.Facts[i].Paragraph = base64.StdEncoding.EncodeToString(noise[i*300:i*300+300]) + d.Facts[i].Sentence
	}
	require.NoError(t, d.Validate())
	payload, err = deck.EncodeLink(d)
	require.NoError(t, err)
	again, err = deck.DecodeLink(payload)
	require.NoError(t, err)
	assert.Empty(t, again.Annotations)
	for i, f := range again.Facts {
		assert.Empty(t, f.Paragraph)
		assert.Equal(t, d.Facts[i].Sentence, f.Sentence)
	}
	assert.NotEmpty(t, d.Facts[0].Paragraph, "the deck itself keeps them")
}

func TestLinkTooLong(t *testing.T) {
	d := readValid(t)
	// Incompressible text: random bytes written as base64.
	noise := make([]byte, deck.MaxLinkLen)
	_, _ = rand.NewChaCha8([32]byte{}).Read(noise)
	d.Cards[5].Prompt = base64.StdEncoding.EncodeToString(noise)
	_, err := deck.EncodeLink(d)
	require.ErrorIs(t, err, deck.ErrLinkTooLong)
	assert.Contains(t, err.Error(), "share the deck as a file")

	_, err = deck.DecodeLink(strings.Repeat("A", deck.MaxLinkLen+1))
	assert.ErrorIs(t, err, deck.ErrLinkTooLong)
}

func TestEncodeLinkRefusesInvalidDeck(t *testing.T) {
	d := readValid(t)
	d.Cards[0].Fact = "missing"
	_, err := deck.EncodeLink(d)
	var fe *deck.FieldError
	assert.ErrorAs(t, err, &fe)
}

func TestDecodeLinkRejects(t *testing.T) {
	good, err := deck.EncodeLink(readValid(t))
	require.NoError(t, err)
	raw, err := base64.RawURLEncoding.DecodeString(good)
	require.NoError(t, err)

	flipped := []byte(good)
	mid := len(flipped) / 2
	if flipped[mid] == 'A' {
		flipped[mid] = 'B'
	} else {
		flipped[mid] = 'A'
	}
	// Bytes 8..15 of the gzip trailer hold the CRC-32 and length of the
	// deck: alter the CRC only, leaving the compressed stream intact.
	badCRC := bytes.Clone(raw)
	badCRC[len(badCRC)-8] ^= 0xff
	bomb := gzipBase64(t, bytes.Repeat([]byte(" "), deck.MaxLinkDeckSize+1))
	require.LessOrEqual(t, len(bomb), deck.MaxLinkLen, "the bomb must pass the length check to test the expansion limit")

	for name, tc := range map[string]struct {
		payload string
		want    error
	}{
		"empty":             {"", deck.ErrLinkEncoding},
		"not base64url":     {"abc+/def", deck.ErrLinkEncoding},
		"space inside":      {good[:20] + " " + good[20:], deck.ErrLinkEncoding},
		"one character off": {string(flipped), deck.ErrLinkDamaged},
		"cut short":         {good[:len(good)*2/3], deck.ErrLinkDamaged},
		"wrong checksum":    {base64.RawURLEncoding.EncodeToString(badCRC), deck.ErrLinkDamaged},
		"bytes appended":    {base64.RawURLEncoding.EncodeToString(append(bytes.Clone(raw), raw...)), deck.ErrLinkDamaged},
		"not gzip":          {base64.RawURLEncoding.EncodeToString([]byte(`{"format":"factdeck/v1"}`)), deck.ErrLinkDamaged},
		"zip bomb":          {bomb, deck.ErrLinkTooLarge},
		"not JSON":          {gzipBase64(t, []byte("<html>")), deck.ErrLinkDeck},
		"not a deck":        {gzipBase64(t, []byte(`{"format":"factdeck/v1","title":""}`)), deck.ErrLinkDeck},
	} {
		t.Run(name, func(t *testing.T) {
			d, err := deck.DecodeLink(tc.payload)
			assert.Nil(t, d)
			require.ErrorIs(t, err, tc.want)
			for _, other := range []error{deck.ErrLinkTooLong, deck.ErrLinkEncoding, deck.ErrLinkDamaged, deck.ErrLinkTooLarge, deck.ErrLinkDeck} {
				if other != tc.want {
					assert.False(t, errors.Is(err, other), "%v is also %v", err, other)
				}
			}
		})
	}
}

// The deck's own validation error stays reachable, so the app can name
// the card at fault.
func TestDecodeLinkKeepsValidationError(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "valid.json"))
	require.NoError(t, err)
	broken := bytes.Replace(data, []byte(`"fact": "f2", "type": "truefalse"`), []byte(`"fact": "f9", "type": "truefalse"`), 1)
	require.NotEqual(t, data, broken)
	_, err = deck.DecodeLink(gzipBase64(t, broken))
	require.ErrorIs(t, err, deck.ErrLinkDeck)
	var fe *deck.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "card c3", fe.Record)
}
