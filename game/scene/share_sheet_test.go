package scene

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/game/input"
)

func builtinDeck(t *testing.T) *deck.Deck {
	t.Helper()
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	require.NoError(t, err)
	return d
}

// A quiz of the built-in deck's cards is shared by their ids, as a QR code
// and a link; the link opens the same cards.
func TestShareSheetPick(t *testing.T) {
	b := builtinDeck(t)
	quiz, err := b.Subset(deck.Pick(b, 20, 1))
	require.NoError(t, err)
	quiz.Title = "関税の小テスト"
	var copied string
	ctx := testContext(t, 1280, 800)
	ctx.CopyText = func(s string) error { copied = s; return nil }

	s := NewShareSheet(quiz, b, "https://school.example/factdeck/")
	s.Update(ctx, nil)
	link := s.Link()
	require.True(t, strings.HasPrefix(link, "https://school.example/factdeck/#pick="), link)
	assert.Less(t, len(link), 400)
	p, err := deck.DecodePick(strings.TrimPrefix(link, "https://school.example/factdeck/#pick="))
	require.NoError(t, err)
	assert.Equal(t, "関税の小テスト", p.Title)
	require.NotNil(t, s.qr, "a QR code")
	st := s.Status()
	assert.Equal(t, "share", st.Scene)
	assert.Contains(t, st.Text, link)
	qr := targetRect(t, &s.view, "qr")
	assert.GreaterOrEqual(t, qr.W, 300.0, "big enough to scan from across a room")
	assert.Zero(t, int(qr.W)%s.qr.Bounds().Dx(), "a whole number of pixels a module")

	s.Update(ctx, []input.Action{tapOn(t, &s.view, "copy")})
	assert.Equal(t, link, copied)
	assert.False(t, ctx.Notices.Empty(), "the copy is confirmed")

	tr := s.Update(ctx, []input.Action{input.Press(input.Escape)})
	assert.Equal(t, Pop, tr.Op)
}

// A deck too large for a QR code still gets its link; one too large for a
// link says to hand out the file; another deck travels whole.
func TestShareSheetLargeAndOtherDecks(t *testing.T) {
	b := builtinDeck(t)
	ctx := testContext(t, 1280, 800)

	all := NewShareSheet(b, b, "https://school.example/")
	all.Update(ctx, nil)
	assert.Contains(t, all.Link(), "#pick=", "every card of the built-in deck by id")
	assert.Nil(t, all.qr, "%d characters are too many for a QR code", len(all.Link()))
	assert.Contains(t, all.Status().Text, "QRコードに入りきりません")
	assert.False(t, all.view.has("qr"))

	mine := &deck.Deck{
		Format: deck.Format, Title: "先生の小テスト", Language: "ja",
		Sources: []deck.Source{{ID: "s1", File: "a.txt", Title: "授業プリント", Date: "2025-04-01"}},
		Facts:   []deck.Fact{{ID: "f1", Source: "s1", Sentence: "日米安保条約は1951年に締結された。", Kind: deck.KindDate, Key: "1951年"}},
		Cards:   []deck.Card{{ID: "t1", Fact: "f1", Type: deck.TypeCloze, Prompt: "日米安保条約は" + deck.Blank + "に締結された。", Answer: "1951年"}},
	}
	own := NewShareSheet(mine, b, "https://school.example/")
	own.Update(ctx, nil)
	assert.Contains(t, own.Link(), "#deck=", "a deck of the teacher's own travels whole")
	assert.NotNil(t, own.qr)
	assert.False(t, own.view.has("copy"), "no clipboard, no copy button")

	huge := NewShareSheet(b, nil, "https://school.example/")
	huge.Update(ctx, nil)
	assert.Empty(t, huge.Link())
	assert.Contains(t, huge.Status().Text, "ファイルを配ってください")
}

// The deck screen offers sharing where the app has an address to share.
func TestDeckShareButton(t *testing.T) {
	ctx := testContext(t, 1280, 800)
	s := NewDeck(testDeck())
	s.Update(ctx, nil)
	assert.False(t, s.view.has("share"), "the desktop has no address")
	ctx.ShareBase = "https://school.example/"
	ctx.Epoch++
	s.Update(ctx, nil)
	tr := s.Update(ctx, []input.Action{tapOn(t, &s.view, "share")})
	require.Equal(t, Push, tr.Op)
	assert.IsType(t, &ShareSheet{}, tr.Scene)
}
