package deck

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"reflect"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A pick of cards from the built-in deck travels as
// index.html#pick=PAYLOAD. Every copy of the app holds that deck, so the
// link carries only the quiz's title and its cards' ids, in order: 50
// cards fit in about 450 characters, short enough for a QR code a class
// can scan from a projector. A card id is a hash of the card's content,
// so a link made for an older version of the deck finds the cards that
// did not change, and the app says how many it could not find.
//
// PAYLOAD is base64url without padding of: a version byte (1); the
// title's length in bytes as a uvarint, then the title in UTF-8; the
// number of cards as a uvarint; each card id's 12 hex digits as 6 bytes
// (ids are "c" and 12 hex digits, see PickableID); and the CRC-32 (IEEE)
// of all the bytes before it, big-endian, so that a link cut short or
// mistyped is refused rather than opened as another quiz.

// PickKey is the fragment key of a pick: #pick=PAYLOAD.
const PickKey = "pick"

// Limits of a pick link, checked both ways.
const (
	// MaxPickCards is the most cards a pick holds.
	MaxPickCards = 500
	// MaxPickTitle is the longest title, in bytes.
	MaxPickTitle = 300
	// MaxPickLen is the longest payload, in characters: MaxPickCards
	// cards and the longest title.
	MaxPickLen = (1 + 2 + MaxPickTitle + 2 + 6*MaxPickCards + 4 + 2) / 3 * 4
)

const pickVersion = 1

// ErrPickCard: a card id has not the form a pick carries.
var ErrPickCard = errors.New("card id cannot be carried by a pick link")

// PickLink is the content of a pick link.
type PickLink struct {
	Title string
	Cards []string
}

// pickableID is the form of the ids deckgen gives cards.
var pickableID = regexp.MustCompile(`^c[0-9a-f]{12}$`)

// PickableID reports whether a pick link can carry card id.
func PickableID(id string) bool { return pickableID.MatchString(id) }

// EncodePick returns the payload for #pick= that DecodePick turns back
// into p.
func EncodePick(p PickLink) (string, error) {
	switch {
	case len(p.Cards) == 0:
		return "", fmt.Errorf("pick link: %w", ErrEmpty)
	case len(p.Cards) > MaxPickCards:
		return "", fmt.Errorf("%w: %d cards, a pick link holds at most %d", ErrLinkTooLong, len(p.Cards), MaxPickCards)
	case len(p.Title) > MaxPickTitle:
		return "", fmt.Errorf("pick link: a title of %d bytes, at most %d", len(p.Title), MaxPickTitle)
	case !utf8.ValidString(p.Title):
		return "", errors.New("pick link: the title is not UTF-8")
	}
	raw := []byte{pickVersion}
	raw = binary.AppendUvarint(raw, uint64(len(p.Title)))
	raw = append(raw, p.Title...)
	raw = binary.AppendUvarint(raw, uint64(len(p.Cards)))
	seen := make(map[string]bool, len(p.Cards))
	for _, id := range p.Cards {
		if !PickableID(id) {
			return "", fmt.Errorf("%w: %s (want c and 12 hex digits)", ErrPickCard, Quote(id))
		}
		if seen[id] {
			return "", fmt.Errorf("pick link: card %s is picked twice", Quote(id))
		}
		seen[id] = true
		raw, _ = hex.AppendDecode(raw, []byte(id[1:]))
	}
	raw = binary.BigEndian.AppendUint32(raw, crc32.ChecksumIEEE(raw))
	return base64.RawURLEncoding.EncodeToString(raw), nil
}

// DecodePick reads a payload written by EncodePick. Every failure wraps
// one of the ErrLink errors.
func DecodePick(payload string) (PickLink, error) {
	if len(payload) > MaxPickLen {
		return PickLink{}, fmt.Errorf("%w: %d characters, the limit is %d", ErrLinkTooLong, len(payload), MaxPickLen)
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return PickLink{}, fmt.Errorf("%w: %v", ErrLinkEncoding, err)
	}
	if len(raw) < 1+1+1+6+4 {
		return PickLink{}, fmt.Errorf("%w: %d bytes is too short", ErrLinkDamaged, len(raw))
	}
	body, sum := raw[:len(raw)-4], binary.BigEndian.Uint32(raw[len(raw)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return PickLink{}, fmt.Errorf("%w: the checksum does not match", ErrLinkDamaged)
	}
	if body[0] != pickVersion {
		return PickLink{}, fmt.Errorf("%w: version %d, this app reads %d", ErrLinkDeck, body[0], pickVersion)
	}
	body = body[1:]
	n, w := binary.Uvarint(body)
	if w <= 0 || n > MaxPickTitle || n > uint64(len(body)-w) {
		return PickLink{}, fmt.Errorf("%w: a bad title length", ErrLinkDamaged)
	}
	title := string(body[w : w+int(n)])
	if !utf8.ValidString(title) {
		return PickLink{}, fmt.Errorf("%w: the title is not UTF-8", ErrLinkDamaged)
	}
	body = body[w+int(n):]
	count, w := binary.Uvarint(body)
	if w <= 0 || count == 0 || count > MaxPickCards || uint64(len(body)-w) != 6*count {
		return PickLink{}, fmt.Errorf("%w: a bad card count", ErrLinkDamaged)
	}
	body = body[w:]
	p := PickLink{Title: title, Cards: make([]string, 0, count)}
	seen := make(map[string]bool, count)
	for i := 0; i < len(body); i += 6 {
		id := "c" + hex.EncodeToString(body[i:i+6])
		if seen[id] {
			return PickLink{}, fmt.Errorf("%w: card %s is picked twice", ErrLinkDeck, id)
		}
		seen[id] = true
		p.Cards = append(p.Cards, id)
	}
	return p, nil
}

// Picked returns the deck of p's cards taken from d, in p's order and
// titled as p says (d's title when p has none), with the ids of the
// cards d does not have. A pick none of whose cards d has is an error.
func (d *Deck) Picked(p PickLink) (*Deck, []string, error) {
	has := make(map[string]bool, len(d.Cards))
	for _, c := range d.Cards {
		has[c.ID] = true
	}
	var found, missing []string
	for _, id := range p.Cards {
		if has[id] {
			found = append(found, id)
		} else {
			missing = append(missing, id)
		}
	}
	if len(found) == 0 {
		return nil, missing, fmt.Errorf("%w: deck %s has none of the pick's %d cards", ErrLinkDeck, Quote(d.Title), len(p.Cards))
	}
	out, err := d.Subset(found)
	if err != nil {
		return nil, missing, err
	}
	if p.Title != "" {
		out.Title = p.Title
	}
	return out, missing, nil
}

// ShareFragment is the URL fragment, without its #, that opens d in the
// web app: PickKey= and its cards' ids when every card of d is one of
// builtin's as it stands (the app's own deck, which every copy holds), or
// LinkKey= and d whole when whole is set, builtin is nil or a card is not
// builtin's. A pick that keeps builtin's title carries none.
func ShareFragment(d, builtin *Deck, whole bool) (string, error) {
	if !whole && builtin != nil {
		if ids, ok := pickOf(d, builtin); ok {
			title := d.Title
			if title == builtin.Title {
				title = ""
			}
			payload, err := EncodePick(PickLink{Title: title, Cards: ids})
			return PickKey + "=" + payload, err
		}
	}
	payload, err := EncodeLink(d)
	return LinkKey + "=" + payload, err
}

// pickOf returns the ids of d's cards when each is a card of builtin,
// unchanged, on a fact with the same sentence and source: the app then
// takes them from its own copy and shows the same thing.
func pickOf(d, builtin *Deck) ([]string, bool) {
	if len(d.Cards) == 0 || len(d.Cards) > MaxPickCards {
		return nil, false
	}
	cards := make(map[string]*Card, len(builtin.Cards))
	for i := range builtin.Cards {
		cards[builtin.Cards[i].ID] = &builtin.Cards[i]
	}
	ids := make([]string, 0, len(d.Cards))
	for _, c := range d.Cards {
		bc, ok := cards[c.ID]
		if !ok || !PickableID(c.ID) || !reflect.DeepEqual(*bc, c) {
			return nil, false
		}
		// A quiz keeps only the conflicts it holds; the sentence and its
		// source are what the student sees of the fact.
		f, _ := d.Fact(c.Fact)
		bf, _ := builtin.Fact(c.Fact)
		if f.Sentence != bf.Sentence || f.Source != bf.Source {
			return nil, false
		}
		ids = append(ids, c.ID)
	}
	return ids, true
}
