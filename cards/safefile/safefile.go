// Package safefile writes files so that a crash or a kill at any moment
// leaves either the old contents or the new, never a torn mix, and leaves
// no temporary file behind: not on an error, not on SIGINT or SIGTERM once
// CleanUpOnSignal is on, and a kill's leftovers go with RemoveTemps.
package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// tempMark sits between a file's name and the rest of its temporary
// files' names: the writer's process id and a random number, as in
// .progress.json.tmp-4242-123456. The process id tells a file that a
// killed program left from one that a running program is writing.
const tempMark = ".tmp-"

// inflight holds the temporary files being written, so that a signal
// handler can remove them. Creating a temporary file and recording it
// happen under mu, so the handler never misses one; once stopped, no new
// one is made.
var inflight struct {
	mu      sync.Mutex
	names   map[string]struct{}
	stopped bool
}

// ErrStopping is returned by Write after a signal started the program's
// exit: its temporary files are gone, and no new one is made.
var ErrStopping = errors.New("safefile: the program is stopping on a signal")

// Write replaces path with data so that a crash leaves either the old
// file or the new one, never a torn mix: write a temporary file in the same
// folder, sync it, rename it over path, then sync the folder. On any error
// the temporary file is removed.
func Write(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	removeOrphans(path)
	tmp, err := createTemp(dir, tempPrefix(path)+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
		forget(tmp.Name())
	}()
	if _, err = tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// tempPrefix is the start of the names of path's temporary files; the
// leading dot hides them from a plain ls.
func tempPrefix(path string) string { return "." + filepath.Base(path) + tempMark }

func createTemp(dir, prefix string) (*os.File, error) {
	inflight.mu.Lock()
	defer inflight.mu.Unlock()
	if inflight.stopped {
		return nil, ErrStopping
	}
	tmp, err := os.CreateTemp(dir, prefix+"*")
	if err != nil {
		return nil, err
	}
	if inflight.names == nil {
		inflight.names = map[string]struct{}{}
	}
	inflight.names[tmp.Name()] = struct{}{}
	return tmp, nil
}

func forget(name string) {
	inflight.mu.Lock()
	defer inflight.mu.Unlock()
	delete(inflight.names, name)
}

// removeInflight removes every temporary file being written and stops new
// ones; it returns how many it removed.
func removeInflight() int {
	inflight.mu.Lock()
	defer inflight.mu.Unlock()
	inflight.stopped = true
	n := 0
	for name := range inflight.names {
		if os.Remove(name) == nil {
			n++
		}
	}
	return n
}

// Temps lists the temporary files of path that are in its folder: left by
// a Write in progress, or by one that was killed.
func Temps(path string) ([]string, error) {
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	prefix := tempPrefix(path)
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// removeOrphans removes the temporary files of path whose writer is no
// longer running: a kill left them. Those of running programs stay, and
// so do files whose writer cannot be told (see writerGone).
func removeOrphans(path string) {
	temps, err := Temps(path)
	if err != nil {
		return
	}
	prefix := tempPrefix(path)
	for _, t := range temps {
		pid, _, ok := strings.Cut(strings.TrimPrefix(filepath.Base(t), prefix), "-")
		if n, err := strconv.Atoi(pid); ok && err == nil && writerGone(n) {
			os.Remove(t)
		}
	}
}

// RemoveTemps removes the temporary files of path left by a killed
// program and returns their names. Call it only when no other program can
// be writing path at the same time (the caller holds a lock on its
// folder): their Write in progress would fail.
func RemoveTemps(path string) ([]string, error) {
	temps, err := Temps(path)
	if err != nil {
		return nil, err
	}
	var removed []string
	var errs []error
	for _, t := range temps {
		if err := os.Remove(t); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, t)
	}
	return removed, errors.Join(errs...)
}

// TempsUnder lists the temporary files in dir and its subfolders, of any
// file: what a check of a whole folder, or a test after kills, looks for.
func TempsUnder(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), tempMark) {
			out = append(out, path)
		}
		return err
	})
	return out, err
}
