package store

import "errors"

// piece is one of the things a store keeps.
type piece int

const (
	snapshotPiece piece = iota // the progress file
	journalPiece               // answers saved since the snapshot
	backupPiece                // the snapshot before the current one
)

// medium is where a store keeps its pieces: files on the desktop, keys
// of a Storage in the browser. A store's logic (when to append, when to
// rewrite, what to do with damage) is the same on both.
type medium interface {
	// read returns a piece, or nil when there is none.
	read(p piece) ([]byte, error)
	// write replaces a piece atomically: a crash leaves the old or the new.
	write(p piece, data []byte) error
	// append adds data at the end of the journal.
	append(data []byte) error
	// moveAside renames a piece to its name with suffix added and returns
	// the new name; it never replaces anything already there.
	moveAside(p piece, suffix string) (string, error)
	// name is where a piece lives, for notices: a path or a key.
	name(p piece) string
	// keepsBackup reports whether the previous snapshot is kept as a
	// backup (not in the browser, whose storage quota is small).
	keepsBackup() bool
	// compactEvery is how many journaled answers make the next save
	// rewrite the snapshot.
	compactEvery() int
}

// readOnly is a medium that reads and never writes: the progress of
// another factdeck, which owns it.
type readOnly struct{ medium }

var errInUse = errors.New("another factdeck is saving to this progress")

func (readOnly) write(piece, []byte) error               { return errInUse }
func (readOnly) append([]byte) error                     { return errInUse }
func (readOnly) moveAside(piece, string) (string, error) { return "", errInUse }
