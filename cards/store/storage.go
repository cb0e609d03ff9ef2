package store

import (
	"fmt"
	"maps"
)

// Storage is a store of string values by key, as the browser's
// localStorage is. Implementations wrap "no room" errors in ErrFull and
// "cannot be used at all" errors in ErrUnavailable.
type Storage interface {
	// Get returns the value of key; ok is false when there is none.
	Get(key string) (value string, ok bool, err error)
	// Set replaces the value of key, or leaves the old value on error.
	Set(key, value string) error
	Remove(key string) error
}

// Keys under which a Storage keeps the progress.
const (
	StorageKey        = "factdeck/progress"
	StorageJournalKey = "factdeck/progress.journal"
)

// OpenStorage loads the progress kept in st. Data that cannot be read is
// moved to another key and reported in Notices; an error means st itself
// cannot be read.
func OpenStorage(st Storage, opt Options) (*Store, error) {
	return OpenStorageAt(st, StorageKey, opt)
}

// OpenStorageAt is OpenStorage for progress kept under other keys than
// the app's first one: base, base.journal and base.bak (another deck's
// progress, see DeckStorageKey).
func OpenStorageAt(st Storage, base string, opt Options) (*Store, error) {
	s, err := open(&keyed{st: st, base: base}, opt)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return s, nil
}

// keyed keeps the pieces under keys of a Storage. A value can only be
// replaced whole, so it keeps the journal it last wrote to append to it.
type keyed struct {
	st      Storage
	journal string
	// base is the snapshot's key; "" is StorageKey.
	base string
}

// DeckStorageKey is the key of the progress of a deck other than the
// built-in one, whose progress stays under StorageKey.
func DeckStorageKey(deckID string) string { return "factdeck/decks/" + deckID + "/progress" }

var storageSuffixes = [...]string{snapshotPiece: "", journalPiece: ".journal", backupPiece: ".bak"}

func (k *keyed) name(p piece) string {
	if k.base == "" {
		return StorageKey + storageSuffixes[p]
	}
	return k.base + storageSuffixes[p]
}

func (k *keyed) read(p piece) ([]byte, error) {
	v, ok, err := k.st.Get(k.name(p))
	if err != nil || !ok {
		return nil, err
	}
	if p == journalPiece {
		k.journal = v
	}
	return []byte(v), nil
}

func (k *keyed) write(p piece, data []byte) error {
	v := string(data)
	if err := k.st.Set(k.name(p), v); err != nil {
		return err
	}
	if p == journalPiece {
		k.journal = v
	}
	return nil
}

func (k *keyed) append(data []byte) error {
	v := k.journal + string(data)
	if err := k.st.Set(k.name(journalPiece), v); err != nil {
		return err
	}
	k.journal = v
	return nil
}

func (k *keyed) moveAside(p piece, suffix string) (string, error) {
	from := k.name(p)
	v, ok, err := k.st.Get(from)
	if err != nil || !ok {
		return "", fmt.Errorf("reading %s: %v", from, err)
	}
	to := from + "." + suffix
	for i := 2; ; i++ {
		if _, taken, err := k.st.Get(to); err != nil || !taken {
			break
		}
		to = fmt.Sprintf("%s.%s-%d", from, suffix, i)
	}
	if err := k.st.Set(to, v); err != nil {
		return "", err
	}
	return to, k.st.Remove(from)
}

// keepsBackup is false: a browser's quota (often 5 MB) has no room for a
// second copy of a long log. Export is the browser's backup.
func (k *keyed) keepsBackup() bool { return false }

// compactEvery is lower than for files: every append rewrites the whole
// journal value.
func (k *keyed) compactEvery() int { return 200 }

// MemoryStorage is a Storage in a map, for tests and as a stand-in. Quota,
// when positive, bounds the total length of keys and values, as a
// browser's does.
type MemoryStorage struct {
	Quota  int
	values map[string]string
}

// Get returns the value of key.
func (m *MemoryStorage) Get(key string) (string, bool, error) {
	v, ok := m.values[key]
	return v, ok, nil
}

// Set stores value under key, or fails with ErrFull past the quota.
func (m *MemoryStorage) Set(key, value string) error {
	if m.Quota > 0 {
		used := len(key) + len(value)
		for k, v := range m.values {
			if k != key {
				used += len(k) + len(v)
			}
		}
		if used > m.Quota {
			return fmt.Errorf("%w: %d of %d bytes", ErrFull, used, m.Quota)
		}
	}
	if m.values == nil {
		m.values = map[string]string{}
	}
	m.values[key] = value
	return nil
}

// Remove deletes key.
func (m *MemoryStorage) Remove(key string) error {
	delete(m.values, key)
	return nil
}

// Values returns a copy of everything stored.
func (m *MemoryStorage) Values() map[string]string { return maps.Clone(m.values) }
