package deck_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
)

func builtin(t testing.TB) *deck.Deck {
	t.Helper()
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	return d
}

// Fifty cards of the built-in deck, with a Japanese title, go there and
// back in well under 1,000 characters, in the teacher's order.
func TestPickLinkRoundTrip(t *testing.T) {
	d := builtin(t)
	ids := deck.Pick(d, 50, 7)
	require.Len(t, ids, 50)
	p := deck.PickLink{Title: "関税の小テスト（3年B組）", Cards: ids}
	payload, err := deck.EncodePick(p)
	require.NoError(t, err)
	assert.Less(t, len(payload), 500, "50 cards in %d characters", len(payload))
	back, err := deck.DecodePick(payload)
	require.NoError(t, err)
	assert.Equal(t, p, back)

	quiz, missing, err := d.Picked(back)
	require.NoError(t, err)
	assert.Empty(t, missing)
	assert.Equal(t, "関税の小テスト（3年B組）", quiz.Title)
	require.Len(t, quiz.Cards, 50)
	for i, c := range quiz.Cards {
		assert.Equal(t, ids[i], c.ID, "card %d keeps its place", i)
	}
	require.NoError(t, quiz.Validate(), "the facts and sources come with the cards")
}

// A card the deck no longer has is left out and named; a pick with none
// of the deck's cards is refused.
func TestPickedFromAnotherVersion(t *testing.T) {
	d := builtin(t)
	p := deck.PickLink{Cards: []string{d.Cards[3].ID, "c0123456789ab", d.Cards[1].ID}}
	quiz, missing, err := d.Picked(p)
	require.NoError(t, err)
	assert.Equal(t, []string{"c0123456789ab"}, missing)
	assert.Equal(t, d.Title, quiz.Title, "no title: the deck's")
	assert.Equal(t, []string{d.Cards[3].ID, d.Cards[1].ID}, []string{quiz.Cards[0].ID, quiz.Cards[1].ID})

	_, _, err = d.Picked(deck.PickLink{Cards: []string{"c0123456789ab"}})
	assert.ErrorIs(t, err, deck.ErrLinkDeck)
}

// What cannot be carried is refused when the link is made.
func TestEncodePickRefuses(t *testing.T) {
	for name, p := range map[string]deck.PickLink{
		"no cards":      {Title: "x"},
		"another id":    {Cards: []string{"card-1"}},
		"upper-case":    {Cards: []string{"C0123456789AB"}},
		"twice":         {Cards: []string{"c0123456789ab", "c0123456789ab"}},
		"long title":    {Title: strings.Repeat("あ", 101), Cards: []string{"c0123456789ab"}},
		"too many":      {Cards: manyIDs(deck.MaxPickCards + 1)},
		"invalid UTF-8": {Title: "\xff", Cards: []string{"c0123456789ab"}},
	} {
		_, err := deck.EncodePick(p)
		assert.Error(t, err, name)
	}
	_, err := deck.EncodePick(deck.PickLink{Cards: manyIDs(deck.MaxPickCards)})
	assert.NoError(t, err, "the most cards a pick holds")
}

func manyIDs(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = "c" + strings.Repeat("0", 8) + string("0123456789abcdef"[i/256%16]) + string("0123456789abcdef"[i/16%16]) + string("0123456789abcdef"[i%16]) + "0"
	}
	return ids
}

// A link cut short, mistyped or padded is refused with the reason, never
// opened as another pick.
func TestDecodePickRefusesDamage(t *testing.T) {
	payload, err := deck.EncodePick(deck.PickLink{Title: "小テスト", Cards: []string{"c0123456789ab", "cba9876543210"}})
	require.NoError(t, err)
	_, err = deck.DecodePick(payload + "==")
	assert.NoError(t, err, "padding a tool added")
	for name, bad := range map[string]string{
		"cut short":  payload[:len(payload)-3],
		"mistyped":   payload[:5] + string(payload[5]^1) + payload[6:],
		"not base64": payload[:4] + "!" + payload[5:],
		"empty":      "",
		"too long":   strings.Repeat("A", deck.MaxPickLen+1),
	} {
		_, err := deck.DecodePick(bad)
		assert.Error(t, err, name)
	}
	_, err = deck.DecodePick(strings.Repeat("A", deck.MaxPickLen+1))
	assert.ErrorIs(t, err, deck.ErrLinkTooLong)
	_, err = deck.DecodePick(payload[:len(payload)-3])
	assert.ErrorIs(t, err, deck.ErrLinkDamaged)
}

// Whatever a link holds, decoding returns a pick EncodePick accepts, or
// an error: no panic, no pick it would not have made.
func FuzzDecodePick(f *testing.F) {
	good, _ := deck.EncodePick(deck.PickLink{Title: "小テスト", Cards: []string{"c0123456789ab", "cba9876543210"}})
	f.Add(good)
	f.Add("")
	f.Add("AQ")
	f.Fuzz(func(t *testing.T, payload string) {
		p, err := deck.DecodePick(payload)
		if err != nil {
			return
		}
		again, err := deck.EncodePick(p)
		require.NoError(t, err, "a pick decoded from %q", payload)
		back, err := deck.DecodePick(again)
		require.NoError(t, err)
		assert.Equal(t, p, back)
	})
}
