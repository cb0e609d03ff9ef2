package library

import (
	"fmt"
	"time"

	"factdeck/cards/deck"
	"factdeck/cards/store"
)

// OpenProgress opens the progress store of the deck with the given id
// (never the built-in deck's, which the app opens as before).
type OpenProgress func(id string) (*store.Store, error)

// Shelf is the library with what the app needs of each deck: its content
// and its progress, each opened the first time it is asked for and kept
// open after.
type Shelf struct {
	lib     *Library
	builtin *deck.Deck
	open    OpenProgress
	decks   map[string]*deck.Deck
	stores  map[string]*store.Store
	// Now is the clock for the time a deck is added; nil is time.Now.
	Now func() time.Time
}

// NewShelf puts the built-in deck d, studied with the progress in st,
// beside the decks of lib, whose progress open opens.
func NewShelf(lib *Library, d *deck.Deck, st *store.Store, open OpenProgress) *Shelf {
	return &Shelf{
		lib: lib, builtin: d, open: open,
		decks:  map[string]*deck.Deck{BuiltinID: d},
		stores: map[string]*store.Store{BuiltinID: st},
	}
}

// Library is the list of decks.
func (s *Shelf) Library() *Library { return s.lib }

// Entries lists the decks.
func (s *Shelf) Entries() []Entry { return s.lib.Entries() }

// Deck returns deck id's content.
func (s *Shelf) Deck(id string) (*deck.Deck, error) {
	if d, ok := s.decks[id]; ok {
		return d, nil
	}
	d, err := s.lib.Deck(id)
	if err != nil {
		return nil, err
	}
	s.decks[id] = d
	return d, nil
}

// Progress returns the store of deck id's progress. A store that opened
// with notices (data moved aside) is returned with them: show them.
func (s *Shelf) Progress(id string) (*store.Store, error) {
	if st, ok := s.stores[id]; ok {
		return st, nil
	}
	if _, ok := s.lib.Entry(id); !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknown, deck.Quote(id))
	}
	st, err := s.open(id)
	if err != nil {
		return nil, fmt.Errorf("library: progress of deck %s: %w", id, err)
	}
	s.stores[id] = st
	s.adopt(id, st)
	return st, nil
}

// adopt starts a deck's empty progress from the answers to its cards
// that the built-in deck's progress holds. Before each deck had its own,
// a deck opened from a link was studied with that one progress, and its
// answers must not be lost to the upgrade; the same card in two decks is
// the same fact studied, too. It saves what it copied; a store that
// cannot save (another tab's) keeps it for this run.
func (s *Shelf) adopt(id string, st *store.Store) {
	p := st.Progress()
	old, ok := s.stores[BuiltinID]
	if !ok || len(p.Log()) > 0 || p.NumCards() > 0 {
		return
	}
	d, err := s.Deck(id)
	if err != nil {
		return
	}
	cards := make(map[string]bool, len(d.Cards))
	for _, c := range d.Cards {
		cards[c.ID] = true
	}
	copied := 0
	for _, r := range old.Progress().Log() {
		c, has := old.Progress().Card(r.Card)
		// Each answer goes with the card's state today: the last one
		// applied leaves the card where the old progress has it.
		if cards[r.Card] && has && p.Apply(r, c) == nil {
			copied++
		}
	}
	if copied > 0 {
		_ = st.Save()
	}
}

// Add lists d (see Library.Add) and keeps its content at hand.
func (s *Shelf) Add(d *deck.Deck, origin, name string) (Entry, bool, error) {
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	e, added, err := s.lib.Add(d, origin, name, now())
	if err == nil {
		s.decks[e.ID] = d
	}
	return e, added, err
}

// Remove takes deck id off the list and closes its progress store.
func (s *Shelf) Remove(id string) error {
	if err := s.lib.Remove(id); err != nil {
		return err
	}
	delete(s.decks, id)
	if st, ok := s.stores[id]; ok {
		delete(s.stores, id)
		return st.Close()
	}
	return nil
}

// Close closes every progress store the shelf opened (not the built-in
// deck's, whose opener closes it).
func (s *Shelf) Close() error {
	var first error
	for id, st := range s.stores {
		if id == BuiltinID {
			continue
		}
		if err := st.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
