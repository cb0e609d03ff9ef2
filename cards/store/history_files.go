//go:build !js

package store

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"time"

	"factdeck/cards/safefile"
)

// backupName matches a backup's file name: when it was made (UTC), a
// number when several were made in one second, and why.
var backupName = regexp.MustCompile(`^progress-(\d{8}T\d{6}Z)(?:-(\d+))?-([a-z]+)\.json$`)

const backupStamp = "20060102T150405Z"

// history keeps whole progress files in a folder, newest last by name.
type history struct{ dir string }

func (h *history) list() ([]Backup, error) {
	entries, err := os.ReadDir(h.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Backup
	for _, e := range entries {
		m := backupName.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		made, err := time.Parse(backupStamp, m[1])
		if err != nil {
			continue
		}
		seq, _ := strconv.Atoi(m[2])
		out = append(out, Backup{Name: e.Name(), Path: filepath.Join(h.dir, e.Name()), Made: made, Reason: m[3], seq: seq})
	}
	slices.SortFunc(out, func(a, b Backup) int {
		return cmp.Or(b.Made.Compare(a.Made), cmp.Compare(b.seq, a.seq))
	})
	return out, nil
}

// add writes data as a new backup made at now for reason, then removes
// the oldest beyond KeepBackups. It never replaces a backup.
func (h *history) add(data []byte, now time.Time, reason string) (string, error) {
	if err := os.MkdirAll(h.dir, 0o755); err != nil {
		return "", err
	}
	all, err := h.list()
	if err != nil {
		return "", err
	}
	// Names sort by time, then by a number for backups made in the same
	// second: one past the highest, so that a pruned name is never reused.
	made := now.UTC().Truncate(time.Second)
	seq := 0
	for _, b := range all {
		if b.Made.Equal(made) {
			seq = max(seq+1, b.seq+1, 2)
		}
	}
	stamp := made.Format(backupStamp)
	name := fmt.Sprintf("progress-%s-%s.json", stamp, reason)
	if seq > 0 {
		name = fmt.Sprintf("progress-%s-%d-%s.json", stamp, seq, reason)
	}
	if err := safefile.Write(filepath.Join(h.dir, name), data); err != nil {
		return "", err
	}
	all, err = h.list()
	if err != nil {
		return name, nil // the backup is made; pruning waits for the next one
	}
	for _, old := range all[min(len(all), KeepBackups):] {
		os.Remove(old.Path)
	}
	return name, nil
}

// read returns the backup with the given name (a name only, no path).
func (h *history) read(name string) ([]byte, error) {
	if !backupName.MatchString(name) {
		return nil, fmt.Errorf("%q is not the name of a backup (progress-<time>-<why>.json)", clip(name))
	}
	return os.ReadFile(filepath.Join(h.dir, name))
}

// removeTemps removes what killed writes of backups left.
func (h *history) removeTemps() ([]string, error) {
	entries, err := os.ReadDir(h.dir)
	if err != nil {
		return nil, nil // no folder, no temporary files
	}
	var removed []string
	var errs []error
	for _, e := range entries {
		// A temporary file is named after the file it would become.
		if name, ok := tempTarget(e.Name()); ok && backupName.MatchString(name) {
			r, err := safefile.RemoveTemps(filepath.Join(h.dir, name))
			removed = append(removed, r...)
			errs = append(errs, err)
		}
	}
	return removed, errors.Join(errs...)
}

// tempTarget returns the name of the file that a temporary file of
// safefile would have become.
var tempName = regexp.MustCompile(`^\.(.+)\.tmp-[0-9-]+$`)

func tempTarget(name string) (string, bool) {
	m := tempName.FindStringSubmatch(name)
	if m == nil {
		return "", false
	}
	return m[1], true
}
