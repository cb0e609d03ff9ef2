package store

import (
	"errors"
	"fmt"
	"time"

	"factdeck/cards/study"
)

// BackupsDir is the folder, inside a store's folder, that keeps the
// history of backups; KeepBackups is how many of them are kept (as
// AnkiDroid keeps 8): the oldest goes when a new one would make more.
const (
	BackupsDir  = "backups"
	KeepBackups = 8
)

// Why a backup was made, as its name says.
const (
	BeforeImport  = "import"
	BeforeRestore = "restore"
	Daily         = "daily"
)

// Backup is one file of the history of backups.
type Backup struct {
	// Name is the file's name in BackupsDir, which Restore takes.
	Name string
	// Path is where the file is.
	Path string
	// Made is when the backup was made; Reason why (BeforeImport,
	// BeforeRestore, Daily).
	Made   time.Time
	Reason string
	seq    int
}

// backupHistory is where a store keeps its backups: a folder on the
// desktop. The browser keeps none (its quota is small; export is its
// backup).
type backupHistory interface {
	// list returns the backups, newest first.
	list() ([]Backup, error)
	// add saves data as a new backup and drops the oldest beyond
	// KeepBackups; it returns the new backup's name.
	add(data []byte, now time.Time, reason string) (string, error)
	// read returns the backup with the given name.
	read(name string) ([]byte, error)
}

// ErrNoBackups is returned where a store keeps no history of backups (the
// browser, or a store in memory).
var ErrNoBackups = errors.New("this progress has no history of backups")

// Backups lists the history of backups, newest first.
func (s *Store) Backups() ([]Backup, error) {
	if s.hist == nil {
		return nil, ErrNoBackups
	}
	return s.hist.list()
}

// Backup saves the whole progress, the journal's answers included, as a
// new backup, and returns its name.
func (s *Store) Backup(reason string) (string, error) {
	if err := s.writable(); err != nil {
		return "", err
	}
	if s.hist == nil {
		return "", ErrNoBackups
	}
	data, err := encodeSnapshot(s.progress, s.gen, s.now())
	if err != nil {
		return "", err
	}
	name, err := s.hist.add(data, s.now(), reason)
	if err != nil {
		return "", fmt.Errorf("store: backup: %w", err)
	}
	return name, nil
}

// BackupIfOlder makes a backup (Daily) when the newest one is older than
// age, or there is none, and the progress holds answers. The app calls it
// at start, so the history holds a recent state even without imports.
func (s *Store) BackupIfOlder(age time.Duration) (string, error) {
	if s.hist == nil || s.writable() != nil || len(s.progress.Log()) == 0 {
		return "", nil
	}
	all, err := s.hist.list()
	if err != nil {
		return "", err
	}
	if len(all) > 0 && s.now().Sub(all[0].Made) < age {
		return "", nil
	}
	return s.Backup(Daily)
}

// ReadBackup reads and checks the backup with the given name, and returns
// its progress and when it was saved.
func (s *Store) ReadBackup(name string) (*study.Progress, time.Time, error) {
	if s.hist == nil {
		return nil, time.Time{}, ErrNoBackups
	}
	data, err := s.hist.read(name)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("store: backup: %w", err)
	}
	f, err := decodeSnapshot(data)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("store: backup %s: %w", name, err)
	}
	return f.Progress, f.Saved, nil
}

// Restore replaces the progress with the backup of the given name, after
// backing up the progress it replaces (BeforeRestore), and saves at once.
// On error nothing changes. Start new sessions with Progress.
func (s *Store) Restore(name string) error {
	if err := s.writable(); err != nil {
		return err
	}
	p, _, err := s.ReadBackup(name)
	if err != nil {
		return err
	}
	if err := s.replace(p, BeforeRestore); err != nil {
		return fmt.Errorf("store: restore %s: %w", name, err)
	}
	return nil
}

// replace backs up the progress (for reason), unless nothing was studied
// yet, then replaces it with p and saves it whole.
func (s *Store) replace(p *study.Progress, reason string) error {
	// A progress with nothing studied is not worth a place of the eight.
	if s.hist != nil && (len(s.progress.Log()) > 0 || s.progress.NumCards() > 0) {
		if _, err := s.Backup(reason); err != nil {
			return fmt.Errorf("backing up the current progress first: %w", err)
		}
	}
	// The snapshot written next backs up the one before it
	// (progress.json.bak): save the progress it replaces whole first, so
	// that copy holds every answer, the journal's too. If that fails,
	// replace nothing.
	s.compact = true
	if err := s.Save(); err != nil {
		return fmt.Errorf("saving the current progress first: %w", err)
	}
	s.progress = p
	s.compact = true
	return s.Save()
}

// writable says why the store cannot save, if it cannot: another
// factdeck saves to its folder, or it was closed.
func (s *Store) writable() error {
	if s.closed {
		return errClosed
	}
	for _, n := range s.notices {
		if n.Kind == InUse {
			return n
		}
	}
	return nil
}
