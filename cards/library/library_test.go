package library

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
	"factdeck/cards/srs"
	"factdeck/cards/store"
)

var day = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

// testDeck is a small deck whose content (and so id) depends on title.
func testDeck(title string, ids ...string) *deck.Deck {
	d := &deck.Deck{Format: deck.Format, Title: title, Language: "ja",
		Sources: []deck.Source{{ID: "s1", File: "a.txt", Title: "文書A"}}}
	for _, id := range ids {
		d.Facts = append(d.Facts, deck.Fact{ID: "f" + id, Source: "s1", Sentence: id + "である。", Kind: "definition"})
		d.Cards = append(d.Cards, deck.Card{ID: id, Fact: "f" + id, Type: deck.TypeBasic, Prompt: id + "は？", Answer: id})
	}
	return d
}

func TestOpenEmptyListsTheBuiltinDeck(t *testing.T) {
	l, err := Open(&store.MemoryStorage{}, "組み込み")
	require.NoError(t, err)
	require.Len(t, l.Entries(), 1)
	e := l.Entries()[0]
	assert.Equal(t, BuiltinID, e.ID)
	assert.Equal(t, "組み込み", e.Title)
	assert.True(t, e.Builtin())
	assert.Equal(t, BuiltinID, l.Current())
}

// A deck added is stored whole and listed; reopening the storage finds
// both the list and the deck, in the order they were added.
func TestAddPersists(t *testing.T) {
	st := &store.MemoryStorage{}
	l, err := Open(st, "組み込み")
	require.NoError(t, err)
	a, added, err := l.Add(testDeck("小テストA", "a1", "a2"), FromLink, "", day)
	require.NoError(t, err)
	assert.True(t, added)
	b, _, err := l.Add(testDeck("小テストB", "b1"), FromFile, "b.json", day)
	require.NoError(t, err)
	require.NoError(t, l.SetCurrent(b.ID))

	again, err := Open(st, "組み込み（新版）")
	require.NoError(t, err)
	var titles []string
	for _, e := range again.Entries() {
		titles = append(titles, e.Title)
	}
	assert.Equal(t, []string{"組み込み（新版）", "小テストA", "小テストB"}, titles)
	assert.Equal(t, b.ID, again.Current())
	d, err := again.Deck(a.ID)
	require.NoError(t, err)
	assert.Equal(t, "小テストA", d.Title)
	assert.Len(t, d.Cards, 2)
	got, ok := again.Entry(b.ID)
	require.True(t, ok)
	assert.Equal(t, "b.json", got.Name)
	assert.Equal(t, FromFile, got.Origin)
}

// The same deck opened twice (the same link clicked again) is one deck.
func TestAddSameDeckTwice(t *testing.T) {
	st := &store.MemoryStorage{}
	l, _ := Open(st, "組み込み")
	first, added, err := l.Add(testDeck("小テスト", "a1"), FromLink, "", day)
	require.NoError(t, err)
	require.True(t, added)
	second, added, err := l.Add(testDeck("小テスト", "a1"), FromURL, "x.json", day.Add(time.Hour))
	require.NoError(t, err)
	assert.False(t, added)
	assert.Equal(t, first, second)
	assert.Len(t, l.Entries(), 2)

	other, _, err := l.Add(testDeck("小テスト", "a1", "a2"), FromLink, "", day)
	require.NoError(t, err)
	assert.NotEqual(t, first.ID, other.ID, "another content is another deck")
}

func TestRemove(t *testing.T) {
	st := &store.MemoryStorage{}
	l, _ := Open(st, "組み込み")
	e, _, err := l.Add(testDeck("小テスト", "a1"), FromLink, "", day)
	require.NoError(t, err)
	require.NoError(t, l.SetCurrent(e.ID))

	assert.ErrorIs(t, l.Remove(BuiltinID), ErrBuiltin)
	assert.ErrorIs(t, l.Remove("0123456789abcdef"), ErrUnknown)
	require.NoError(t, l.Remove(e.ID))
	assert.Len(t, l.Entries(), 1)
	assert.Equal(t, 1, l.Len())
	assert.Equal(t, BuiltinID, l.Current(), "a removed current deck leaves the built-in one current")
	_, stored, _ := st.Get(DeckKey(e.ID))
	assert.False(t, stored, "the deck's content goes with it")

	again, err := Open(st, "組み込み")
	require.NoError(t, err)
	assert.Len(t, again.Entries(), 1)
}

// A list that does not read is reported, and the built-in deck still
// opens; the damaged list is left alone until the next change.
func TestDamagedList(t *testing.T) {
	for name, raw := range map[string]string{
		"not JSON":     `{"format": "factdeck-decks/v1", "decks": [`,
		"other format": `{"format": "factdeck-decks/v9", "decks": []}`,
		"bad id":       `{"format": "factdeck-decks/v1", "decks": [{"id": "../../etc", "title": "x"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			st := &store.MemoryStorage{}
			require.NoError(t, st.Set(IndexKey, raw))
			l, err := Open(st, "組み込み")
			require.Error(t, err)
			assert.Contains(t, err.Error(), IndexKey)
			require.Len(t, l.Entries(), 1)
			assert.True(t, l.Entries()[0].Builtin())
			v, _, _ := st.Get(IndexKey)
			assert.Equal(t, raw, v)
		})
	}
}

// A full storage leaves the list as it was: no half-added deck.
func TestAddToFullStorage(t *testing.T) {
	st := &store.MemoryStorage{Quota: 600}
	l, _ := Open(st, "組み込み")
	_, _, err := l.Add(testDeck("大きなデッキ", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"), FromLink, "", day)
	require.ErrorIs(t, err, store.ErrFull)
	assert.Len(t, l.Entries(), 1)
	assert.Empty(t, st.Values())
}

// In the browser, the progress saved under the app's first key is the
// built-in deck's, and a deck's own goes under its id.
func TestBrowserKeys(t *testing.T) {
	ls := &store.MemoryStorage{}
	old, err := store.OpenStorage(ls, store.Options{})
	require.NoError(t, err)
	_, err = old.Progress().Grade("b1", srs.Good, day, 0)
	require.NoError(t, err)
	require.NoError(t, old.Save())

	lib, err := Open(Prefixed{St: ls, Prefix: "factdeck/"}, "組み込み")
	require.NoError(t, err)
	builtin, err := store.OpenStorage(ls, store.Options{})
	require.NoError(t, err)
	sh := NewShelf(lib, testDeck("組み込み", "b1"), builtin, func(id string) (*store.Store, error) {
		return store.OpenStorageAt(ls, store.DeckStorageKey(id), store.Options{})
	})
	assert.Len(t, builtin.Progress().Log(), 1)
	e, _, err := sh.Add(testDeck("小テスト", "q1"), FromLink, "")
	require.NoError(t, err)
	st, err := sh.Progress(e.ID)
	require.NoError(t, err)
	_, err = st.Progress().Grade("q1", srs.Good, day, 0)
	require.NoError(t, err)
	require.NoError(t, st.Save())

	keys := ls.Values()
	assert.Contains(t, keys, "factdeck/decks.json")
	assert.Contains(t, keys, "factdeck/"+DeckKey(e.ID))
	assert.Contains(t, keys, store.DeckStorageKey(e.ID))
	assert.Contains(t, keys, store.StorageKey)

	require.NoError(t, sh.Remove(e.ID))
	_, err = sh.Progress(e.ID)
	assert.ErrorIs(t, err, ErrUnknown)
}
