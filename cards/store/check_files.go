//go:build !js

package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/gofrs/flock"
)

// Report is what CheckDir found, in sentences for a person to read.
type Report struct {
	// Checked says what was read and what it holds.
	Checked []string
	// Problems says what is wrong; the app would move it aside.
	Problems []string
	// Repaired says what the check put right: temporary files that a
	// killed save left.
	Repaired []string
	// Answers is how many answers the progress holds, journal included.
	Answers int
	// Cards are the ids of the cards that have a state in the progress.
	Cards []string
}

// CheckDir reads every file of the progress folder dir (the progress, its
// journal, the backup of the previous snapshot and the history of
// backups) and reports what each holds and what is wrong, as the app
// would find it at start, without moving anything aside. Holding the
// folder's lock, it also removes what killed saves left; when another
// factdeck holds it, it changes nothing. The error is for a folder that
// cannot be read at all.
func CheckDir(dir string) (Report, error) {
	var r Report
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		r.Checked = append(r.Checked, dir+": no progress folder yet (nothing saved)")
		return r, nil
	}
	lock := flock.New(filepath.Join(dir, LockName))
	if locked, err := lock.TryLock(); err == nil && locked {
		defer lock.Unlock()
		for _, t := range removeTemps(dir) {
			r.Repaired = append(r.Repaired, "removed "+t+", left by a save that was killed")
		}
	} else if err == nil {
		r.Checked = append(r.Checked, dir+": in use by another factdeck; checked as saved so far, changed nothing")
	}
	m := &files{dir: dir}
	snap, err := m.read(snapshotPiece)
	if err != nil {
		return r, err
	}
	journal, err := m.read(journalPiece)
	if err != nil {
		return r, err
	}
	switch f, derr := decodeSnapshot(snap); {
	case snap == nil:
		r.Checked = append(r.Checked, m.name(snapshotPiece)+": none (no progress saved yet)")
		if hasAnswers(journal) {
			r.Problems = append(r.Problems, m.name(journalPiece)+": answers without a progress file to follow")
		}
	case derr != nil:
		r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", m.name(snapshotPiece), derr))
	default:
		r.Checked = append(r.Checked, fmt.Sprintf("%s: snapshot %d saved %s, %d answers, %d card states",
			m.name(snapshotPiece), f.Generation, f.Saved.Format("2006-01-02 15:04:05"), len(f.Progress.Log()), f.Progress.NumCards()))
		r.checkJournal(m.name(journalPiece), journal, f)
		r.Answers = len(f.Progress.Log())
		r.Cards = f.Progress.CardIDs()
	}
	r.checkSnapshotFile(m.name(backupPiece), "backup of the previous snapshot")
	h := &history{dir: filepath.Join(dir, BackupsDir)}
	backups, err := h.list()
	if err != nil {
		r.Problems = append(r.Problems, fmt.Sprintf("%s: %v", h.dir, err))
	}
	for _, b := range backups {
		r.checkSnapshotFile(b.Path, "backup made "+b.Made.Local().Format("2006-01-02 15:04:05")+" ("+b.Reason+")")
	}
	r.listAside(dir)
	return r, nil
}

// checkJournal replays the journal onto the snapshot f it follows.
func (r *Report) checkJournal(name string, journal []byte, f snapshot) {
	if journal == nil {
		r.Checked = append(r.Checked, name+": none (no answers since the snapshot)")
		return
	}
	status, applied, err := replay(journal, f.Generation, f.Progress)
	switch status {
	case replayClean:
		r.Checked = append(r.Checked, fmt.Sprintf("%s: %d answers after the snapshot", name, applied))
	case replayTorn:
		r.Checked = append(r.Checked, fmt.Sprintf("%s: %d answers after the snapshot; the last line was cut short by a crash (an answer whose save never finished) and is dropped", name, applied))
	case replayStale:
		r.Checked = append(r.Checked, name+": left from the previous snapshot, which holds its answers")
	case replayDamaged:
		r.Problems = append(r.Problems, fmt.Sprintf("%s: %v (%d answers before it can be kept)", name, err, applied))
	}
}

// checkSnapshotFile decodes a whole progress file, if there is one.
func (r *Report) checkSnapshotFile(path, what string) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err == nil {
		var f snapshot
		if f, err = decodeSnapshot(data); err == nil {
			r.Checked = append(r.Checked, fmt.Sprintf("%s: %s, %d answers", path, what, len(f.Progress.Log())))
			return
		}
	}
	r.Problems = append(r.Problems, fmt.Sprintf("%s: %s: %v", path, what, err))
}

// listAside names the files that the app moved aside earlier: they were
// reported then, and are kept for the student to look at or delete.
func (r *Report) listAside(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		for _, k := range []Kind{Damaged, Newer} {
			if strings.Contains(e.Name(), "."+k.String()+"-") {
				r.Checked = append(r.Checked, filepath.Join(dir, e.Name())+": set aside earlier as "+k.String()+", kept for you to look at")
			}
		}
	}
}
