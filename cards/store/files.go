//go:build !js

package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gofrs/flock"

	"factdeck/cards/safefile"
)

// File names in a store's folder.
const (
	FileName    = "progress.json"
	JournalName = "progress.journal"
	BackupName  = "progress.json.bak"
	// LockName is locked by the factdeck that saves to the folder, so a
	// second one (another window) does not write over its progress.
	LockName = "progress.lock"
)

// DefaultDir is the folder that holds the progress of the desktop app:
// factdeck in the user's configuration folder (~/.config/factdeck,
// ~/Library/Application Support/factdeck, %AppData%\factdeck).
func DefaultDir() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("store: no configuration folder: %w", err)
	}
	return filepath.Join(dir, "factdeck"), nil
}

// OpenDir loads the progress kept in dir, creating dir if needed. Data
// that cannot be read is moved aside and reported in Notices; an error
// means the folder itself cannot be used.
//
// The store locks the folder until Close (or until the program ends, even
// by a crash). If another factdeck holds it, the store starts from the
// progress as saved so far, saves nothing and changes nothing in the
// folder, and its Notices say so (InUse): two programs saving to one
// folder would each rewrite the snapshot without the other's answers.
func OpenDir(dir string, opt Options) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	lock := flock.New(filepath.Join(dir, LockName))
	locked, err := lock.TryLock()
	if err != nil {
		// The folder cannot be locked at all (read-only, or a file system
		// without locks): open it unguarded, as before there were locks,
		// rather than refuse to study.
		return openUnlocked(dir, opt)
	}
	if !locked {
		s, err := openInUse(&files{dir: dir}, dir, opt)
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		s.hist = &history{dir: filepath.Join(dir, BackupsDir)}
		return s, nil
	}
	// Holding the lock, this is the only factdeck writing here: any
	// temporary file is what a killed one left.
	removeTemps(dir)
	s, err := openUnlocked(dir, opt)
	if err != nil {
		lock.Unlock()
		return nil, err
	}
	s.release = lock.Unlock
	return s, nil
}

func openUnlocked(dir string, opt Options) (*Store, error) {
	s, err := open(&files{dir: dir}, opt)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s.hist = &history{dir: filepath.Join(dir, BackupsDir)}
	return s, nil
}

// removeTemps removes the temporary files that killed saves left in dir
// and its backups, and returns their names. A file that cannot be removed
// is left; it does no harm but take room.
func removeTemps(dir string) []string {
	var removed []string
	for _, name := range fileNames {
		r, _ := safefile.RemoveTemps(filepath.Join(dir, name))
		removed = append(removed, r...)
	}
	r, _ := (&history{dir: filepath.Join(dir, BackupsDir)}).removeTemps()
	return append(removed, r...)
}

// files keeps the pieces as files in one folder.
type files struct{ dir string }

var fileNames = [...]string{snapshotPiece: FileName, journalPiece: JournalName, backupPiece: BackupName}

func (f *files) name(p piece) string { return filepath.Join(f.dir, fileNames[p]) }

func (f *files) read(p piece) ([]byte, error) {
	data, err := os.ReadFile(f.name(p))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

func (f *files) write(p piece, data []byte) error { return safefile.Write(f.name(p), data) }

// append writes the lines with one call and syncs them, so a kill leaves
// them whole or absent and a power cut at worst the last one torn. A
// missing journal is an error rather than a new headerless file.
func (f *files) append(data []byte) error {
	file, err := os.OpenFile(f.name(journalPiece), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if _, err := file.Write(data); err != nil {
		file.Close()
		return err
	}
	if err := file.Sync(); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

func (f *files) moveAside(p piece, suffix string) (string, error) {
	from := f.name(p)
	to := from + "." + suffix
	for i := 2; exists(to); i++ {
		to = fmt.Sprintf("%s.%s-%d", from, suffix, i)
	}
	if err := os.Rename(from, to); err != nil {
		return "", err
	}
	return to, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func (f *files) keepsBackup() bool { return true }

// compactEvery: rewriting a snapshot of a long log takes milliseconds, an
// append well under one; a thousand answers is weeks of study between
// rewrites and a journal of a few hundred kilobytes.
func (f *files) compactEvery() int { return 1000 }
