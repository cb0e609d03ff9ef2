// Package library keeps the list of decks a student has: the built-in
// deck, decks opened from shared links or ?deck= files, and deck files
// they imported. Each deck other than the built-in one is stored whole
// beside the list, so it opens again without its link or file, and has a
// stable id (a hash of its content) under which its progress is kept.
//
// The list and the decks live in a Storage: the browser's localStorage,
// or files in the app's data folder on the desktop (Dir). Every value is
// replaced whole, atomically (localStorage's setItem, safefile.Write).
package library

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"factdeck/cards/deck"
)

// BuiltinID is the built-in deck's id. It is fixed rather than a hash:
// the built-in deck is rebuilt from time to time, and the progress that
// students made on it must follow it (it stays where it was kept before
// there were several decks).
const BuiltinID = "builtin"

// Where a deck came from.
const (
	FromBuiltin = "builtin"
	FromLink    = "link" // a #deck= link
	FromURL     = "url"  // a ?deck= file beside the page
	FromFile    = "file" // a file the student imported
)

// Keys of the Storage.
const (
	// IndexKey holds the list of decks.
	IndexKey = "decks.json"
	// indexFormat names the list's format, for a future change of it.
	indexFormat = "factdeck-decks/v1"
	// maxIndex bounds the list's size when read: a list is a few hundred
	// bytes a deck.
	maxIndex = 1 << 20
	// maxDecks bounds how many decks a list may hold.
	maxDecks = 500
)

// DeckKey is the key of deck id's content.
func DeckKey(id string) string { return "decks/" + id + "/deck.json" }

// Storage holds string values by key (store.Storage has the same methods).
type Storage interface {
	Get(key string) (value string, ok bool, err error)
	Set(key, value string) error
	Remove(key string) error
}

// Entry is one deck in the list.
type Entry struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Origin string `json:"origin"`
	// Name is the file the deck came from (an imported file, a ?deck=
	// name), to tell the student; empty for links and the built-in deck.
	Name  string    `json:"name,omitempty"`
	Added time.Time `json:"added"`
}

// Builtin reports whether e is the built-in deck, which cannot be removed.
func (e Entry) Builtin() bool { return e.ID == BuiltinID }

// index is the list as stored.
type index struct {
	Format string  `json:"format"`
	Decks  []Entry `json:"decks"`
	// Current is the deck last opened, which #/study and #/quiz study.
	Current string `json:"current,omitempty"`
}

// Library is the student's list of decks. It is not safe for concurrent
// use.
type Library struct {
	st      Storage
	entries []Entry
	current string
}

// ErrBuiltin is returned on an attempt to remove the built-in deck.
var ErrBuiltin = errors.New("library: the built-in deck cannot be removed")

// ErrUnknown is returned for a deck id the list does not hold.
var ErrUnknown = errors.New("library: no such deck")

// Open reads the list in st, with the built-in deck (titled builtinTitle)
// first. A list that cannot be read is not overwritten until the next
// change; Open returns it as an error beside a usable library that holds
// the built-in deck, so the student can still study.
func Open(st Storage, builtinTitle string) (*Library, error) {
	l := &Library{st: st}
	err := l.read()
	l.ensureBuiltin(builtinTitle)
	return l, err
}

func (l *Library) read() error {
	raw, ok, err := l.st.Get(IndexKey)
	if err != nil {
		return fmt.Errorf("library: reading %s: %w", IndexKey, err)
	}
	if !ok {
		return nil
	}
	if len(raw) > maxIndex {
		return fmt.Errorf("library: %s is %d bytes, more than the %d a list of decks can take", IndexKey, len(raw), maxIndex)
	}
	var ix index
	if err := json.Unmarshal([]byte(raw), &ix); err != nil {
		return fmt.Errorf("library: %s: %w", IndexKey, err)
	}
	if ix.Format != indexFormat {
		return fmt.Errorf("library: %s: format %s, want %s", IndexKey, deck.Quote(ix.Format), indexFormat)
	}
	if len(ix.Decks) > maxDecks {
		return fmt.Errorf("library: %s lists %d decks, more than %d", IndexKey, len(ix.Decks), maxDecks)
	}
	var problems []error
	for i, e := range ix.Decks {
		if !validID(e.ID) {
			problems = append(problems, fmt.Errorf("library: %s: deck %d: id %s is not a deck id", IndexKey, i+1, deck.Quote(e.ID)))
			continue
		}
		if !slices.ContainsFunc(l.entries, func(o Entry) bool { return o.ID == e.ID }) {
			l.entries = append(l.entries, e)
		}
	}
	l.current = ix.Current
	return errors.Join(problems...)
}

// ensureBuiltin puts the built-in deck first, with its title of today.
func (l *Library) ensureBuiltin(title string) {
	l.entries = slices.DeleteFunc(l.entries, Entry.Builtin)
	l.entries = slices.Insert(l.entries, 0, Entry{ID: BuiltinID, Title: title, Origin: FromBuiltin})
}

// Entries returns the decks, the built-in one first, then in the order
// they were added.
func (l *Library) Entries() []Entry { return slices.Clone(l.entries) }

// Len is the number of decks listed.
func (l *Library) Len() int { return len(l.entries) }

// Entry returns the deck id; ok is false when the list does not hold it.
func (l *Library) Entry(id string) (Entry, bool) {
	i := l.find(id)
	if i < 0 {
		return Entry{}, false
	}
	return l.entries[i], true
}

func (l *Library) find(id string) int {
	return slices.IndexFunc(l.entries, func(e Entry) bool { return e.ID == id })
}

// Current is the deck last opened, or the built-in deck.
func (l *Library) Current() string {
	if l.find(l.current) < 0 {
		return BuiltinID
	}
	return l.current
}

// SetCurrent makes id the deck last opened, and saves the list.
func (l *Library) SetCurrent(id string) error {
	if l.find(id) < 0 {
		return fmt.Errorf("%w: %s", ErrUnknown, deck.Quote(id))
	}
	if l.Current() == id {
		return nil // nothing to write: a first start writes no list
	}
	l.current = id
	return l.write()
}

// ID is the stable id of a deck: a hash of its content, so the same deck
// opened again (the same link twice, the file imported again) is the same
// deck with the same progress.
func ID(d *deck.Deck) (string, error) {
	data, err := deck.Marshal(d)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8]), nil
}

// validID reports whether id is the built-in id or a hash ID makes: ids
// become keys and folder names, so nothing else may pass.
func validID(id string) bool {
	if id == BuiltinID {
		return true
	}
	if len(id) != 16 {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil
}

// Add stores d and lists it after the others, or finds it listed already
// (added is false then, and nothing is written). origin is one of the
// From constants and name the file it came from, if any. The deck is
// stored before the list names it, so a list never names a deck that is
// not there.
func (l *Library) Add(d *deck.Deck, origin, name string, now time.Time) (e Entry, added bool, err error) {
	id, err := ID(d)
	if err != nil {
		return Entry{}, false, fmt.Errorf("library: %w", err)
	}
	if i := l.find(id); i >= 0 {
		return l.entries[i], false, nil
	}
	if len(l.entries) >= maxDecks {
		return Entry{}, false, fmt.Errorf("library: the list holds %d decks already; remove one first", maxDecks)
	}
	data, err := deck.Marshal(d)
	if err != nil {
		return Entry{}, false, fmt.Errorf("library: %w", err)
	}
	if err := l.st.Set(DeckKey(id), string(data)); err != nil {
		return Entry{}, false, fmt.Errorf("library: storing deck %s: %w", deck.Quote(d.Title), err)
	}
	e = Entry{ID: id, Title: d.Title, Origin: origin, Name: name, Added: now.UTC().Truncate(time.Second)}
	l.entries = append(l.entries, e)
	if err := l.write(); err != nil {
		l.entries = l.entries[:len(l.entries)-1]
		_ = l.st.Remove(DeckKey(id)) // unlisted, it would only take room
		return Entry{}, false, err
	}
	return e, true, nil
}

// Deck reads deck id's stored content. The built-in deck is not stored
// here: its caller has it.
func (l *Library) Deck(id string) (*deck.Deck, error) {
	if l.find(id) < 0 || id == BuiltinID {
		return nil, fmt.Errorf("%w: %s", ErrUnknown, deck.Quote(id))
	}
	raw, ok, err := l.st.Get(DeckKey(id))
	if err != nil {
		return nil, fmt.Errorf("library: reading %s: %w", DeckKey(id), err)
	}
	if !ok {
		return nil, fmt.Errorf("library: %s is missing", DeckKey(id))
	}
	d, err := deck.Decode([]byte(raw))
	if err != nil {
		return nil, fmt.Errorf("library: %s: %w", DeckKey(id), err)
	}
	return d, nil
}

// Remove takes deck id off the list and removes its stored content. Its
// progress is kept where it is: adding the same deck again brings it
// back.
func (l *Library) Remove(id string) error {
	if id == BuiltinID {
		return ErrBuiltin
	}
	i := l.find(id)
	if i < 0 {
		return fmt.Errorf("%w: %s", ErrUnknown, deck.Quote(id))
	}
	e := l.entries[i]
	l.entries = slices.Delete(l.entries, i, i+1)
	if err := l.write(); err != nil {
		l.entries = slices.Insert(l.entries, i, e)
		return err
	}
	// The list no longer names it; content left behind would only take
	// room, so a failure here is not the student's concern.
	_ = l.st.Remove(DeckKey(id))
	return nil
}

// write saves the list whole. The built-in deck's entry is written too,
// so the list reads as the student sees it.
func (l *Library) write() error {
	data, err := json.MarshalIndent(index{Format: indexFormat, Decks: l.entries, Current: l.current}, "", "  ")
	if err != nil {
		return fmt.Errorf("library: %w", err)
	}
	if err := l.st.Set(IndexKey, string(data)+"\n"); err != nil {
		return fmt.Errorf("library: saving the list of decks: %w", err)
	}
	return nil
}
