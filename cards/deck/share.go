package deck

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A deck shared by link travels in the URL fragment of the web app,
// index.html#deck=PAYLOAD, so a teacher can hand a small deck to students
// with no server at all: browsers never send the fragment over the network.
//
// PAYLOAD is the deck's compact JSON, gzip-compressed and base64url-encoded
// without padding. gzip rather than raw deflate for its CRC-32 and length
// trailer: a link cut short by a chat app or edited by hand is detected
// instead of decoding to a different deck.

// LinkKey is the fragment key of a shared deck: #deck=PAYLOAD.
const LinkKey = "deck"

// MaxLinkLen is the longest payload EncodeLink writes and DecodeLink reads,
// in characters. Browsers take far longer URLs, but mail and chat apps
// start cutting or refusing links around this length; it holds about 50
// typical cards (without annotations: see EncodeLink). Larger decks are
// shared as files (?deck=NAME.json).
const MaxLinkLen = 32 << 10

// MaxLinkDeckSize is the most JSON a payload may expand to. gzip can
// expand a thousandfold, so without it a crafted link could make the app
// allocate gigabytes. A deck's JSON compresses about fourfold: 60 cards of
// the built-in deck with their annotations are 95 kB in 25,000
// characters, so a payload of MaxLinkLen holds about 125 kB. 512 kB leaves
// room for more repetitive decks, while refusing the worst a link can
// hold takes the browser app well under its 64 MB and a second.
const MaxLinkDeckSize = 512 << 10

// Errors of EncodeLink and DecodeLink; callers branch on them with
// errors.Is to tell the person what is wrong in their own words.
var (
	// ErrLinkTooLong: the payload is over MaxLinkLen characters.
	ErrLinkTooLong = errors.New("deck link is too long")
	// ErrLinkEncoding: the payload is empty or has characters outside
	// base64url (a link mangled by a mail program, say).
	ErrLinkEncoding = errors.New("deck link is not base64url")
	// ErrLinkDamaged: the compressed data is cut short, altered or followed
	// by extra bytes.
	ErrLinkDamaged = errors.New("deck link data is damaged")
	// ErrLinkTooLarge: the data expands past MaxLinkDeckSize.
	ErrLinkTooLarge = errors.New("deck link expands too far")
	// ErrLinkDeck: the data is intact but is not a valid factdeck/v1 deck;
	// the error also wraps the JSON or validation error.
	ErrLinkDeck = errors.New("deck link holds no valid deck")
)

// EncodeLink returns the payload for #deck= that DecodeLink turns back into
// d. The same deck always gives the same payload. A deck that fails
// Validate is refused. A deck whose payload would exceed MaxLinkLen is
// tried again without its annotations (phrase breaks and readings, which
// take about twice the room of the cards and which the app can do
// without), then also without its facts' paragraphs (which only the
// source viewer shows), and refused if it still does not fit; so is a
// deck whose JSON is over MaxLinkDeckSize, which DecodeLink would refuse.
func EncodeLink(d *Deck) (string, error) {
	if err := d.Validate(); err != nil {
		return "", fmt.Errorf("deck link: %w", err)
	}
	payload, err := linkPayload(d)
	tooBig := func() bool { return errors.Is(err, ErrLinkTooLarge) || len(payload) > MaxLinkLen }
	bare := *d
	if tooBig() && len(d.Annotations) > 0 {
		bare.Annotations = nil
		payload, err = linkPayload(&bare)
	}
	if tooBig() && hasParagraphs(d) {
		bare.Facts = slices.Clone(d.Facts)
		for i := range bare.Facts {
			bare.Facts[i].Paragraph = ""
		}
		payload, err = linkPayload(&bare)
	}
	if err != nil {
		return "", err
	}
	if len(payload) > MaxLinkLen {
		return "", fmt.Errorf("%w: %d characters for %d cards, the limit is %d: share the deck as a file instead",
			ErrLinkTooLong, len(payload), len(d.Cards), MaxLinkLen)
	}
	return payload, nil
}

// hasParagraphs reports whether a fact of d keeps its paragraph.
func hasParagraphs(d *Deck) bool {
	return slices.ContainsFunc(d.Facts, func(f Fact) bool { return f.Paragraph != "" })
}

// linkPayload is d as compact JSON, packed by PackLink. JSON that
// DecodeLink would refuse as too large is refused here already, so no
// link that deckgen makes fails to open.
func linkPayload(d *Deck) (string, error) {
	var js bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return "", fmt.Errorf("deck link: %w", err)
	}
	data := bytes.TrimSuffix(js.Bytes(), []byte("\n"))
	if len(data) > MaxLinkDeckSize {
		return "", fmt.Errorf("%w: %d bytes of JSON for %d cards, the limit is %d: share the deck as a file instead",
			ErrLinkTooLarge, len(data), len(d.Cards), MaxLinkDeckSize)
	}
	return PackLink(data)
}

// PackLink is the outer layer of a link's payload: data gzipped and
// base64url-encoded. EncodeLink uses it on a deck's JSON; tests use it to
// pack what is not a deck and check DecodeLink refuses it.
func PackLink(data []byte) (string, error) {
	// The zero gzip header (no name, no time) keeps the output deterministic.
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := zw.Write(data); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(gz.Bytes()), nil
}

// DecodeLink reads a payload written by EncodeLink and validates the deck.
// Every failure wraps one of the ErrLink errors.
func DecodeLink(payload string) (*Deck, error) {
	if len(payload) > MaxLinkLen {
		return nil, fmt.Errorf("%w: %d characters, the limit is %d", ErrLinkTooLong, len(payload), MaxLinkLen)
	}
	// Padding is not written, but a tool that re-encodes the link may add it.
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLinkEncoding, err)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("%w: empty", ErrLinkEncoding)
	}
	data, err := gunzipLimited(raw, MaxLinkDeckSize)
	if err != nil {
		return nil, err
	}
	d, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLinkDeck, err)
	}
	return d, nil
}

// gunzipLimited expands exactly one gzip member holding at most limit bytes.
func gunzipLimited(raw []byte, limit int64) ([]byte, error) {
	in := bytes.NewReader(raw)
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLinkDamaged, err)
	}
	// One member only: bytes appended to a valid link are tampering too.
	zr.Multistream(false)
	data, err := io.ReadAll(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLinkDamaged, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: over %d bytes", ErrLinkTooLarge, limit)
	}
	// Reading to EOF is what checks the CRC-32 and length trailer.
	if _, err := zr.Read(make([]byte, 1)); err != io.EOF {
		return nil, fmt.Errorf("%w: %v", ErrLinkDamaged, err)
	}
	if in.Len() > 0 {
		return nil, fmt.Errorf("%w: %d bytes after the data", ErrLinkDamaged, in.Len())
	}
	return data, nil
}
