// Package store saves and loads a student's progress (study.Progress):
// in a folder of files on the desktop, in localStorage in the browser.
//
// A store keeps a snapshot of the whole progress (progress.json) and a
// journal of the answers given since (progress.journal). Saving after an
// answer appends one line to the journal; every so often, and whenever
// something other than a new answer changed (an undo, the settings), the
// save rewrites the snapshot atomically and starts a new journal. So a
// save stays cheap however long the review log grows, and a crash at any
// moment leaves a complete earlier or later state.
//
// On the desktop the snapshot before the current one is kept as
// progress.json.bak, and a short history of whole backups (the last
// KeepBackups) in the backups folder: one before each import or restore,
// and a daily one when the app asks (BackupIfOlder). An import never
// overwrites an earlier backup, and Restore brings any of them back. Data that cannot be read (damaged, or written by a
// newer factdeck) is never overwritten: it is moved aside with a
// timestamp (progress.json.damaged-20261122T183000), the store starts
// from the last good state it has (the backup, or nothing), and a Notice
// says what happened and where the old data is. A missing progress.json
// beside a backup is restored from the backup too, with a Notice.
//
// A damaged journal line keeps the answers before it: they are saved into
// a new snapshot as the store opens, not only held in memory.
//
// On the desktop a store locks its folder (progress.lock) while it is open.
// Holding the lock, it removes the temporary files that a killed save
// left there.
// A second factdeck on the same folder, such as another window, starts
// from the progress saved so far but saves nothing and reports InUse:
// otherwise each would rewrite the snapshot without the other's answers.
package store

import (
	"errors"
	"fmt"
	"time"

	"factdeck/cards/study"
)

// Options tune a store.
type Options struct {
	// Now is the store's clock, for the timestamps of saved files and of
	// data moved aside; nil means time.Now.
	Now func() time.Time
	// CompactEvery is how many answers are journaled before a save
	// rewrites the snapshot; 0 means the medium's default.
	CompactEvery int
}

// Store keeps one student's progress. It is not safe for concurrent use.
type Store struct {
	m        medium // nil for a store in memory only
	now      func() time.Time
	every    int
	progress *study.Progress
	notices  []Notice

	gen       uint64 // generation of the snapshot on the medium
	compact   bool   // the next save must rewrite the snapshot
	lines     int    // answers in the journal
	savedLen  int    // log entries on the medium
	savedEdit uint64 // progress.Edits() at the last save
	stuck     bool   // something unreadable could not be moved aside
	keepNow   bool   // answers were read from a journal set aside: save them on open
	// release unlocks the medium (the desktop's folder) for others; nil
	// when there is nothing to unlock.
	release func() error
	closed  bool
	// hist keeps the history of backups; nil where there is none.
	hist backupHistory
}

// Memory returns a store that keeps progress in memory only, for a
// browser without storage or a test.
func Memory(opt Options) *Store {
	s := newStore(nil, opt)
	s.progress = study.NewProgress()
	return s
}

func newStore(m medium, opt Options) *Store {
	s := &Store{m: m, now: opt.Now, every: opt.CompactEvery}
	if s.now == nil {
		s.now = time.Now
	}
	if s.every <= 0 && m != nil {
		s.every = m.compactEvery()
	}
	return s
}

// Progress returns the progress to study with. After Import it is a new
// one: start new sessions with it.
func (s *Store) Progress() *study.Progress { return s.progress }

// Notices returns what the student must be told about their saved
// progress: data moved aside, a backup restored, storage unavailable or
// full. Show them when the app starts and after a Save that fails.
func (s *Store) Notices() []Notice { return append([]Notice(nil), s.notices...) }

// Close releases the store's folder, so that another factdeck may save
// to it. Save fails after Close.
func (s *Store) Close() error {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.release == nil {
		return nil
	}
	return s.release()
}

var errClosed = errors.New("store: save after Close")

// Persistent reports whether saves reach storage; false means progress is
// in memory only and will be lost unless exported.
func (s *Store) Persistent() bool { return s.m != nil }

// open loads the progress from m: the snapshot, then the journal of later
// answers. Unreadable pieces are moved aside with a Notice, never
// overwritten. Only an error reading the medium itself fails.
func open(m medium, opt Options) (*Store, error) {
	s, err := load(m, opt)
	if err != nil {
		return nil, err
	}
	if s.stuck {
		s.m = nil
	}
	if s.keepNow && s.m != nil {
		// The answers read before a damaged journal line are only in
		// memory now that the journal is set aside: save them at once, so
		// that a run that ends without saving does not lose them.
		path := s.m.name(snapshotPiece)
		if err := s.writeSnapshot(); err != nil {
			s.notices = append(s.notices, Notice{Kind: Damaged, Path: path, Err: fmt.Errorf("saving the answers kept from the journal failed: %w", err)})
		}
	}
	return s, nil
}

func load(m medium, opt Options) (*Store, error) {
	s := newStore(m, opt)
	snap, err := m.read(snapshotPiece)
	if err != nil {
		return nil, err
	}
	journal, err := m.read(journalPiece)
	if err != nil {
		return nil, err
	}
	s.compact = true
	if snap == nil {
		// A first start, or a progress file deleted by hand: this store
		// never removes it. Start from the backup if there is one.
		if hasAnswers(journal) { // a journal without its snapshot cannot be replayed
			s.setAside(journalPiece, Damaged, errors.New("the journal has no progress file to follow"))
		}
		s.restoreBackup()
		return s, nil
	}
	f, err := decodeSnapshot(snap)
	if err != nil {
		s.setAside(snapshotPiece, kindOf(err), err)
		if hasAnswers(journal) {
			s.setAside(journalPiece, Damaged, errors.New("the journal follows a progress file that could not be read"))
		}
		s.restoreBackup()
		return s, nil
	}
	s.progress, s.gen = f.Progress, f.Generation
	if journal != nil {
		s.replayJournal(journal)
	}
	s.savedLen, s.savedEdit = len(s.progress.Log()), s.progress.Edits()
	return s, nil
}

// replayJournal applies the journal to the loaded snapshot. Only a clean
// journal can take more lines; otherwise the next save starts a new one.
func (s *Store) replayJournal(journal []byte) {
	status, applied, err := replay(journal, s.gen, s.progress)
	switch status {
	case replayClean:
		s.compact, s.lines = false, applied
	case replayDamaged:
		s.setAside(journalPiece, Damaged, fmt.Errorf("%w (%d answers before it were kept)", err, applied))
		s.keepNow = applied > 0
	}
}

// openInUse reads the progress in m, which another factdeck holds (path
// says where, for the Notice), into a store in memory. Reading changes
// nothing: damage is left for the owner to deal with, and is not
// reported here.
func openInUse(m medium, path string, opt Options) (*Store, error) {
	s, err := load(readOnly{m}, opt)
	if err != nil {
		return nil, err
	}
	s.m = nil
	s.notices = []Notice{{Kind: InUse, Path: path, Err: errInUse}}
	return s, nil
}

// restoreBackup starts from the backup snapshot when there is a good one.
func (s *Store) restoreBackup() {
	s.progress = study.NewProgress()
	if !s.m.keepsBackup() {
		return
	}
	data, err := s.m.read(backupPiece)
	if err != nil || data == nil {
		return
	}
	f, err := decodeSnapshot(data)
	if err != nil {
		s.setAside(backupPiece, kindOf(err), err)
		return
	}
	s.progress, s.gen = f.Progress, f.Generation
	s.savedLen = len(s.progress.Log())
	s.notices = append(s.notices, Notice{Kind: Restored, Path: s.m.name(backupPiece), Saved: f.Saved})
}

// setAside moves an unusable piece out of the way and records a Notice.
// If it cannot be moved, the store stops writing rather than overwrite it.
func (s *Store) setAside(p piece, kind Kind, why error) {
	path := s.m.name(p)
	moved, err := s.m.moveAside(p, kind.String()+"-"+s.now().Format("20060102T150405"))
	if err != nil {
		why = fmt.Errorf("%w; moving it aside failed too (%v), so nothing will be saved", why, err)
		s.stuck = true
	}
	s.notices = append(s.notices, Notice{Kind: kind, Path: path, MovedTo: moved, Err: why})
}

func kindOf(err error) Kind {
	if errors.Is(err, ErrNewer) {
		return Newer
	}
	return Damaged
}

// hasAnswers reports whether journal data holds more than its header.
func hasAnswers(journal []byte) bool {
	for i, b := range journal {
		if b == '\n' {
			return i+1 < len(journal)
		}
	}
	return len(journal) > 0
}

// Save writes what changed in the progress since the last save: after an
// answer, one journal line; after an undo or a settings change, or every
// CompactEvery answers, a new snapshot. Call it after each answer, undo
// and settings change. A failure is returned (a Notice when the store
// falls back to memory) and the next Save tries again.
func (s *Store) Save() error {
	if s.closed {
		return errClosed
	}
	if s.m == nil {
		return nil
	}
	log := s.progress.Log()
	switch {
	case s.compact || s.progress.Edits() != s.savedEdit || len(log) < s.savedLen || s.lines+len(log)-s.savedLen > s.every:
		return s.writeSnapshot()
	case len(log) == s.savedLen:
		return nil
	}
	data, err := encodeJournal(s.progress, s.savedLen)
	if err != nil {
		return err
	}
	if err := s.m.append(data); err != nil {
		// A snapshot saves all the journal would have, and starts a clean
		// journal after whatever part of the line got written.
		return s.writeSnapshot()
	}
	s.lines += len(log) - s.savedLen
	s.savedLen = len(log)
	return nil
}

// writeSnapshot saves the whole progress (after backing up the previous
// snapshot) and starts an empty journal for it.
func (s *Store) writeSnapshot() error {
	gen := s.gen + 1
	data, err := encodeSnapshot(s.progress, gen, s.now())
	if err != nil {
		return err
	}
	if s.m.keepsBackup() {
		if old, err := s.m.read(snapshotPiece); err == nil && old != nil {
			if err := s.m.write(backupPiece, old); err != nil {
				return s.failed(backupPiece, err)
			}
		}
	}
	if err := s.m.write(snapshotPiece, data); err != nil {
		return s.failed(snapshotPiece, err)
	}
	s.gen, s.compact = gen, true // until the new journal exists
	s.savedLen, s.savedEdit = len(s.progress.Log()), s.progress.Edits()
	if err := s.m.write(journalPiece, encodeJournalHeader(gen)); err != nil {
		return s.failed(journalPiece, err)
	}
	s.compact, s.lines = false, 0
	return nil
}

// failed reports a write error. Storage that is full or unavailable will
// not get better by itself: the store falls back to memory and says so.
func (s *Store) failed(p piece, err error) error {
	kind := Kind(0)
	switch {
	case errors.Is(err, ErrFull):
		kind = Full
	case errors.Is(err, ErrUnavailable):
		kind = Unavailable
	default:
		s.compact = true
		return fmt.Errorf("store: saving %s: %w", s.m.name(p), err)
	}
	n := Notice{Kind: kind, Path: s.m.name(p), Err: err}
	s.notices = append(s.notices, n)
	s.m = nil
	return n
}

// Export returns the whole progress as one progress file, to download or
// copy elsewhere; Import reads it back.
func (s *Store) Export() ([]byte, error) {
	return encodeSnapshot(s.progress, s.gen, s.now())
}

// ExportName is a file name for an export made at t.
func ExportName(t time.Time) string {
	return "factdeck-progress-" + t.Format("20060102-150405") + ".json"
}

// Import replaces the progress with an exported progress file, after
// checking all of it: the error names what is wrong (not JSON and where,
// a deck instead of progress, a newer version, each invalid card or log
// entry), and on error nothing changes. On success it saves at once (on
// the desktop the replaced progress is first saved as a new backup in the
// history, see Backups); start new sessions with Progress.
//
// A store that found its progress in use by another factdeck (InUse)
// imports nothing and returns that notice: the import would be lost, and
// belongs in the one that saves.
func (s *Store) Import(data []byte) error {
	if err := s.writable(); err != nil {
		return err
	}
	f, err := decodeSnapshot(data)
	if err != nil {
		return fmt.Errorf("store: import: %w", err)
	}
	if err := s.replace(f.Progress, BeforeImport); err != nil {
		return fmt.Errorf("store: import: %w", err)
	}
	return nil
}
