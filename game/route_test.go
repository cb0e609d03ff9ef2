package game_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/library"
	"factdeck/cards/store"
	"factdeck/game"
	"factdeck/game/input"
	"factdeck/game/locale"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// homeDeck is a deck of n basic cards titled title.
func homeDeck(title string, n int) *deck.Deck {
	d := &deck.Deck{
		Format: deck.Format, Title: title, Language: "ja",
		Sources: []deck.Source{{ID: "s", File: "s.txt", Title: "S"}},
	}
	for i := range n {
		id := string(rune('a' + i))
		d.Facts = append(d.Facts, deck.Fact{ID: "f" + id, Source: "s", Sentence: id + "である。", Kind: "definition"})
		d.Cards = append(d.Cards, deck.Card{ID: id, Fact: "f" + id, Type: deck.TypeMCQ, Prompt: id + "は？", Answer: id,
			Choices: []string{id, id + "1", id + "2", id + "3"}})
	}
	return d
}

// newHomeGame is the app on its home screen with a built-in deck, over
// storage in memory (returned, to reopen it).
func newHomeGame(t *testing.T, ls *store.MemoryStorage) *game.Game {
	t.Helper()
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, assets.FontFallback)
	require.NoError(t, err)
	lib, err := library.Open(library.Prefixed{St: ls, Prefix: "factdeck/"}, "組み込み")
	require.NoError(t, err)
	st, err := store.OpenStorage(ls, store.Options{})
	require.NoError(t, err)
	sh := library.NewShelf(lib, homeDeck("組み込み", 3), st, func(id string) (*store.Store, error) {
		return store.OpenStorageAt(ls, store.DeckStorageKey(id), store.Options{})
	})
	g, err := game.NewHome(sh, fonts, locale.Japanese)
	require.NoError(t, err)
	g.Resize(800, 600)
	require.NoError(t, g.Step(nil))
	return g
}

func TestNavigateRoutes(t *testing.T) {
	g := newHomeGame(t, &store.MemoryStorage{})
	assert.Equal(t, []string{"home"}, g.RoutePath())

	g.Navigate("study")
	assert.Equal(t, []string{"home", "deck", "study"}, g.RoutePath())
	assert.IsType(t, &scene.Study{}, g.Top())

	// One screen back is that screen's back button.
	g.Navigate("deck")
	assert.Equal(t, []string{"home", "deck"}, g.RoutePath())

	g.Navigate("quiz")
	assert.Equal(t, []string{"home", "deck", "quiz"}, g.RoutePath())
	g.Navigate("home")
	assert.Equal(t, []string{"home"}, g.RoutePath(), "a screen further down closes those above it")

	g.Navigate("teacher")
	assert.Equal(t, []string{"home", "deck", "teacher"}, g.RoutePath(), "#/teacher makes a quiz of the deck last opened")
	assert.IsType(t, &scene.Teacher{}, g.Top())
	g.Navigate("deck")
	assert.Equal(t, []string{"home", "deck"}, g.RoutePath(), "back from it is the deck's screen")

	g.Navigate("results")
	assert.Equal(t, []string{"home"}, g.RoutePath(), "no quiz has results yet")
	g.Navigate("nowhere")
	assert.Equal(t, []string{"home"}, g.RoutePath())
}

// #/results shows the last quiz's results again after the student left
// them.
func TestNavigateResults(t *testing.T) {
	g := newHomeGame(t, &store.MemoryStorage{})
	g.Navigate("quiz")
	for range 20 {
		if g.Route() == "results" {
			break
		}
		require.NoError(t, g.Step([]input.Action{input.Press("1")}))
		require.NoError(t, g.Step([]input.Action{input.Press(input.Enter)}))
	}
	require.Equal(t, []string{"home", "deck", "results"}, g.RoutePath())
	g.Navigate("deck")
	assert.Equal(t, []string{"home", "deck"}, g.RoutePath())
	g.Navigate("results")
	assert.Equal(t, []string{"home", "deck", "results"}, g.RoutePath())
}

// A deck added (a shared link opened) joins the list and opens; the
// same deck again opens the one listed.
func TestAddDeck(t *testing.T) {
	ls := &store.MemoryStorage{}
	g := newHomeGame(t, ls)
	g.AddDeck(homeDeck("共有", 2), library.FromLink, "")
	require.NoError(t, g.Step(nil))
	assert.Equal(t, []string{"home", "deck"}, g.RoutePath())
	assert.Contains(t, g.Status().Text, "共有")

	g.Navigate("home")
	require.NoError(t, g.Step(nil))
	decks := g.Status().Decks
	require.Len(t, decks, 2)
	assert.Equal(t, "共有", decks[1].Title)
	assert.Equal(t, 2, decks[1].New)

	g.AddDeck(homeDeck("共有", 2), library.FromLink, "")
	require.NoError(t, g.Step(nil))
	g.Navigate("home")
	require.NoError(t, g.Step(nil))
	assert.Len(t, g.Status().Decks, 2, "the same deck is listed once")

	again := newHomeGame(t, ls)
	assert.Len(t, again.Status().Decks, 2, "the list outlives the app")
}

// A deck file chosen in the browser arrives on another goroutine and is
// added on the game's tick; a file that is no deck is said.
func TestImportDeckFile(t *testing.T) {
	g := newHomeGame(t, &store.MemoryStorage{})
	data, err := deck.Marshal(homeDeck("ファイルのデッキ", 2))
	require.NoError(t, err)
	g.ImportDeck("quiz.json", data, nil)
	require.NoError(t, g.Step(nil))
	assert.Equal(t, []string{"home", "deck"}, g.RoutePath())
	g.Navigate("home")
	require.NoError(t, g.Step(nil))
	require.Len(t, g.Status().Decks, 2)

	g.ImportDeck("bad.json", []byte("{"), nil)
	require.NoError(t, g.Step(nil))
	assert.Equal(t, []string{"home"}, g.RoutePath())
	assert.Contains(t, g.Status().Text, "bad.json")
	assert.Len(t, g.Status().Decks, 2)
}
