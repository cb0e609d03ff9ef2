//go:build !js

package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"factdeck/cards/safefile"
	"factdeck/cards/store"
)

// OpenStore opens the progress folder, the user's own when dir is empty.
func OpenStore(dir string) (*store.Store, error) {
	if dir == "" {
		return store.Open(store.Options{})
	}
	return store.OpenDir(dir, store.Options{})
}

// progressDir is the folder OpenStore opens.
func progressDir(dir string) (string, error) {
	if dir == "" {
		return store.DefaultDir()
	}
	return dir, nil
}

// PrintNotices says on w what the store found (a damaged file moved
// aside, a folder in use).
func PrintNotices(w io.Writer, st *store.Store) {
	for _, n := range st.Notices() {
		fmt.Fprintln(w, "factdeck:", n.Error())
	}
}

// exportProgress writes the progress kept in dir to path, atomically, as
// the browser's export does.
func exportProgress(dir, path string, stderr io.Writer) error {
	st, err := OpenStore(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	PrintNotices(stderr, st)
	data, err := st.Export()
	if err != nil {
		return err
	}
	if err := safefile.Write(path, data); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "factdeck: wrote the progress (answers: %d) to %s\n", len(st.Progress().Log()), path)
	return nil
}

// importProgress replaces the progress kept in dir with the exported file
// at path, after checking all of it; on error nothing changes.
func importProgress(dir, path string, stderr io.Writer) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	st, err := OpenStore(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	PrintNotices(stderr, st)
	if err := st.Import(data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(stderr, "factdeck: read the progress (answers: %d) from %s; the progress it replaced is backed up (see -backups)\n", len(st.Progress().Log()), path)
	return nil
}

// reasons says why a backup was made, by its store reason.
var reasons = map[string]string{
	store.BeforeImport:  "made before an import",
	store.BeforeRestore: "made before a restore",
	store.Daily:         "daily",
}

// listBackups prints the history of backups, numbered from the newest.
func listBackups(dir string, stdout, stderr io.Writer) error {
	st, err := OpenStore(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	PrintNotices(stderr, st)
	backups, err := st.Backups()
	if err != nil {
		return err
	}
	if len(backups) == 0 {
		fmt.Fprintln(stdout, "no backups yet: one is made before each import and restore, and once a day when the app starts")
		return nil
	}
	for i, b := range backups {
		answers := "unreadable"
		if p, _, err := st.ReadBackup(b.Name); err == nil {
			answers = strconv.Itoa(len(p.Log())) + " answers"
		}
		fmt.Fprintf(stdout, "%d  %s  %s  %s, %s\n", i+1, b.Name, b.Made.Local().Format(time.DateTime), reasons[b.Reason], answers)
	}
	return nil
}

// restoreBackup replaces the progress with a backup, given by its name or
// its number in listBackups.
func restoreBackup(dir, which string, stderr io.Writer) error {
	st, err := OpenStore(dir)
	if err != nil {
		return err
	}
	defer st.Close()
	PrintNotices(stderr, st)
	name := which
	if n, err := strconv.Atoi(which); err == nil {
		backups, err := st.Backups()
		if err != nil {
			return err
		}
		if n < 1 || n > len(backups) {
			return fmt.Errorf("-restore %d: there are %d backups (see -backups)", n, len(backups))
		}
		name = backups[n-1].Name
	}
	if err := st.Restore(name); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "factdeck: restored the progress (answers: %d) from %s; the progress it replaced is backed up (see -backups)\n", len(st.Progress().Log()), name)
	return nil
}

// ProgressDir is the folder OpenStore opens for dir: the user's own when
// dir is empty. The list of decks and every other deck's progress live
// in it too.
func ProgressDir(dir string) (string, error) { return progressDir(dir) }
