package scene

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/library"
	"factdeck/cards/srs"
	"factdeck/cards/store"
	"factdeck/cards/study"
	"factdeck/game/input"
)

// testShelf is a shelf in memory with the test deck built in and a
// second deck (quizDeck, titled 共有デッキ) added; it returns the
// second deck's id.
func testShelf(t *testing.T) (*library.Shelf, string) {
	t.Helper()
	sh := shelfOf(t, testDeck())
	shared := quizDeck()
	shared.Title = "共有デッキ"
	e, added, err := sh.Add(shared, library.FromLink, "")
	require.NoError(t, err)
	require.True(t, added)
	return sh, e.ID
}

// shelfOf is a shelf in memory with d built in and no other deck.
func shelfOf(t *testing.T, d *deck.Deck) *library.Shelf {
	t.Helper()
	ls := &store.MemoryStorage{}
	lib, err := library.Open(library.Prefixed{St: ls, Prefix: "factdeck/"}, d.Title)
	require.NoError(t, err)
	builtin, err := store.OpenStorage(ls, store.Options{})
	require.NoError(t, err)
	return library.NewShelf(lib, d, builtin, func(id string) (*store.Store, error) {
		return store.OpenStorageAt(ls, store.DeckStorageKey(id), store.Options{})
	})
}

// The home screen lists every deck with its own counts; a tap on a row
// opens that deck with its own progress.
func TestHomeListsDecksWithTheirCounts(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	sh, id := testShelf(t)
	ctx.Shelf = sh
	shared, err := sh.Progress(id)
	require.NoError(t, err)
	_, err = shared.Progress().Grade("m1", srs.Again, ctx.now(), 0)
	require.NoError(t, err)

	h := NewDeckList()
	h.Update(ctx, nil)
	st := h.Status()
	assert.Equal(t, "home", st.Scene)
	require.Len(t, st.Decks, 2)
	assert.Equal(t, DeckRow{ID: library.BuiltinID, Title: "テスト", Cards: 2, New: 2, Builtin: true}, st.Decks[0])
	assert.Equal(t, id, st.Decks[1].ID)
	assert.Equal(t, "共有デッキ", st.Decks[1].Title)
	assert.Equal(t, 6, st.Decks[1].Cards)
	assert.Equal(t, 1, st.Decks[1].Learning, "the answer to m1 is the shared deck's alone")
	assert.Contains(t, st.Text, "共有デッキ")

	tr := h.Update(ctx, []input.Action{tapOn(t, &h.view, "open-"+id)})
	require.Equal(t, Push, tr.Op)
	d, ok := tr.Scene.(*Deck)
	require.True(t, ok)
	assert.Equal(t, "共有デッキ", d.deck.Title)
	assert.Same(t, shared.Progress(), ctx.Progress, "the deck studies with its own progress")
	assert.Equal(t, id, sh.Library().Current())

	// Enter opens the deck last opened; 1 the first on the list.
	tr = h.Update(ctx, []input.Action{input.Press(input.Enter)})
	require.Equal(t, Push, tr.Op)
	assert.Equal(t, "共有デッキ", tr.Scene.(*Deck).deck.Title)
	tr = h.Update(ctx, []input.Action{input.Press("1")})
	require.Equal(t, Push, tr.Op)
	assert.Equal(t, "テスト", tr.Scene.(*Deck).deck.Title)
	builtin, _ := sh.Progress(library.BuiltinID)
	assert.Same(t, builtin.Progress(), ctx.Progress)
}

// Decks that do not fit on the screen are on further pages.
func TestHomePages(t *testing.T) {
	ctx := testContext(t, 390, 600)
	sh, _ := testShelf(t)
	for i := range 8 {
		d := quizDeck()
		d.Title = "デッキ" + strings.Repeat("あ", i)
		_, _, err := sh.Add(d, library.FromFile, "d.json")
		require.NoError(t, err)
	}
	ctx.Shelf = sh
	h := NewDeckList()
	h.Update(ctx, nil)
	require.Greater(t, h.pages, 1)
	seen := map[string]bool{}
	for page := range h.pages {
		for _, tg := range h.view.targets {
			if strings.HasPrefix(tg.id, "open-") {
				assert.False(t, seen[tg.id], "%s on one page only", tg.id)
				seen[tg.id] = true
				assert.LessOrEqual(t, tg.rect.Y+tg.rect.H, ctx.H, "row on screen")
			}
		}
		if page < h.pages-1 {
			h.Update(ctx, []input.Action{tapOn(t, &h.view, "next-page")})
		}
	}
	assert.Len(t, seen, 10, "every deck is on a page")
	h.Update(ctx, []input.Action{input.Press(input.ArrowLeft)})
	assert.Equal(t, h.pages-2, h.page)
}

// A deck other than the built-in one can be removed, after a question;
// cancelling keeps it.
func TestDeckRemove(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	sh, id := testShelf(t)
	ctx.Shelf = sh

	builtin, err := OpenDeck(ctx, library.BuiltinID)
	require.NoError(t, err)
	builtin.Update(ctx, nil)
	assert.False(t, builtin.view.has("remove"), "the built-in deck stays")
	assert.Equal(t, Stay, builtin.Update(ctx, []input.Action{input.Press("D")}).Op)
	assert.Equal(t, Pop, builtin.Update(ctx, []input.Action{tapOn(t, &builtin.view, "back")}).Op)

	d, err := OpenDeck(ctx, id)
	require.NoError(t, err)
	d.Update(ctx, nil)
	tr := d.Update(ctx, []input.Action{tapOn(t, &d.view, "remove")})
	require.Equal(t, Push, tr.Op)
	ask := tr.Scene.(*Confirm)
	ask.Update(ctx, nil)
	assert.Contains(t, ask.Status().Text, "共有デッキ")
	assert.Equal(t, Pop, ask.Update(ctx, []input.Action{tapOn(t, &ask.view, "cancel")}).Op)
	assert.Equal(t, Stay, d.Update(ctx, nil).Op)
	assert.Len(t, sh.Entries(), 2, "cancelled: the deck stays")

	tr = d.Update(ctx, []input.Action{input.Press("D")})
	ask = tr.Scene.(*Confirm)
	ask.Update(ctx, nil)
	assert.Equal(t, Pop, ask.Update(ctx, []input.Action{input.Press(input.Enter)}).Op)
	assert.Equal(t, Pop, d.Update(ctx, nil).Op)
	assert.Equal(t, Pop, d.Update(ctx, nil).Op, "until the game pops it")
	assert.Len(t, sh.Entries(), 1)
	assert.Contains(t, ctx.Notices.Text(), "共有デッキ")
}

// allTargets are the targets of every screen a student meets, each laid
// out at the given size.
func allTargets(t *testing.T, ctx *Context) map[string][]Target {
	t.Helper()
	out := map[string][]Target{}
	sh, id := testShelf(t)
	ctx.Shelf = sh
	ctx.ImportDeck = func() {}
	ctx.ExportProgress = func() (string, error) { return "", nil }
	ctx.ImportProgress = func() {}
	add := func(name string, s Scene) {
		s.Update(ctx, nil)
		out[name] = s.Status().Targets
	}
	add("home", NewDeckList())
	d, err := OpenDeck(ctx, id)
	require.NoError(t, err)
	add("deck", d)
	add("remove", ConfirmRemove("共有デッキ", func() {}))
	add("leave", LeaveQuiz(func() {}))

	st := NewStudy(study.NewSession(testDeck(), testDeck().Cards))
	add("study", st)
	st.Update(ctx, []input.Action{input.Press(input.Space)})
	add("study-back", st)

	for _, c := range quizDeck().Cards {
		q, _ := newQuizScene(t, c.ID)
		add("quiz-"+string(c.Type), q)
	}
	q, _ := newQuizScene(t, "m1")
	q.Update(ctx, []input.Action{input.Press("1")})
	add("quiz-feedback", q)
	q.Update(ctx, []input.Action{input.Press(input.Enter)})
	add("quiz-result", q)
	return out
}

// display are the ids that mark text for tests, not things to tap.
var display = map[string]bool{"score": true, "time": true, "streak": true}

// On a phone (390×844 CSS pixels at 3 device pixels each) every target
// of every screen is at least 44 CSS pixels each way.
func TestPhoneTargetsAreBigEnough(t *testing.T) {
	ctx := testContext(t, 390*3, 844*3)
	ctx.Scale = 3
	screens := allTargets(t, ctx)
	for _, name := range []string{"home", "deck", "remove", "leave", "study", "study-back", "quiz-mcq", "quiz-order", "quiz-match", "quiz-result"} {
		assert.NotEmpty(t, screens[name], "%s has targets", name)
	}
	for name, targets := range screens {
		for _, tg := range targets {
			if display[tg.ID] {
				continue
			}
			assert.GreaterOrEqual(t, min(tg.W, tg.H), float64(minTarget)-0.01, "%s: %s is %.0f×%.0f CSS px", name, tg.ID, tg.W, tg.H)
		}
	}
}

// A digit opens the deck on that line of the page on show; one past the
// last line does nothing.
func TestHomeDigits(t *testing.T) {
	ctx := testContext(t, 1024, 720)
	sh, _ := testShelf(t)
	ctx.Shelf = sh
	h := NewDeckList()
	h.Update(ctx, nil)
	tr := h.Update(ctx, []input.Action{input.Press("2")})
	require.Equal(t, Push, tr.Op)
	assert.Equal(t, "共有デッキ", tr.Scene.(*Deck).deck.Title)
	assert.Equal(t, Stay, h.Update(ctx, []input.Action{input.Press("3")}).Op)
}
