//go:build !js

// Package cli is the desktop app's command line: its flags, and the
// commands that work on the saved progress and the decks without a window
// (-export, -import, -backups, -restore, -check, -h). They run from an
// init function, before Ebitengine's own, which fails without an X
// display (see early.go); so they work over SSH and from scripts.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Flags is the parsed command line.
type Flags struct {
	// Deck is a deck file to study instead of the built-in deck.
	Deck string
	// Progress is the progress folder; empty means the user's own.
	Progress string
	// Export and Import are progress files to write or read.
	Export, Import string
	// Backups lists the history of backups.
	Backups bool
	// Restore is a backup to restore: its name, or its number in the list.
	Restore string
	// Check verifies the progress folder and the decks.
	Check bool
}

// Windowless reports whether the command line asks for a command that
// needs no window.
func (f Flags) Windowless() bool {
	return f.Export != "" || f.Import != "" || f.Backups || f.Restore != "" || f.Check
}

// errHelp is returned by Parse for -h or -help, after the usage.
var errHelp = flag.ErrHelp

// Parse reads the command line (without the program's name); for a flag
// that is unknown or badly given it writes the usage to out and returns
// the error.
func Parse(args []string, out io.Writer) (Flags, error) {
	var f Flags
	fs := flag.NewFlagSet("factdeck", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&f.Deck, "deck", "", "study this factdeck/v1 deck `file` instead of the built-in deck (with -check: check it too)")
	fs.StringVar(&f.Progress, "progress", "", "keep study progress in this `folder` (default: factdeck in the user's configuration folder)")
	fs.StringVar(&f.Export, "export", "", "write the study progress to this `file`, to back it up or move it (to the browser, say), and quit")
	fs.StringVar(&f.Import, "import", "", "replace the study progress with this exported `file` and quit (the replaced progress is kept as a backup, see -backups)")
	fs.BoolVar(&f.Backups, "backups", false, "list the backups of the study progress, newest first, and quit")
	fs.StringVar(&f.Restore, "restore", "", "replace the study progress with a backup, given by its `name or number` in -backups, and quit (the replaced progress is backed up first)")
	fs.BoolVar(&f.Check, "check", false, "check the progress files and the decks, say what is wrong, and quit (exit status 1 on problems)")
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: factdeck [flags]\n\nStudies the built-in deck, or a deck file, in a window. The flags -export,\n-import, -backups, -restore and -check work without a window and quit.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	if fs.NArg() > 0 {
		err := fmt.Errorf("unexpected arguments %q (flags start with -)", clipArgs(fs.Args()))
		fmt.Fprintln(out, err)
		fs.Usage()
		return f, err
	}
	n := 0
	for _, set := range []bool{f.Export != "", f.Import != "", f.Backups, f.Restore != "", f.Check} {
		if set {
			n++
		}
	}
	if n > 1 {
		err := errors.New("-export, -import, -backups, -restore and -check: one at a time")
		fmt.Fprintln(out, err)
		return f, err
	}
	return f, nil
}

// clipArgs keeps a message about stray arguments short.
func clipArgs(args []string) string {
	s := strings.Join(args, " ")
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}

// Main runs a command that needs no window, if the command line asks for
// one (or for help, or is wrong), and returns its exit status with done
// true; done is false when the app should open its window.
func Main(args []string, stdout, stderr io.Writer) (code int, done bool) {
	f, err := Parse(args, stderr)
	switch {
	case errors.Is(err, errHelp):
		return 0, true
	case err != nil:
		return 2, true
	case !f.Windowless():
		return 0, false
	}
	if err := run(f, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "factdeck:", err)
		return 1, true
	}
	return 0, true
}

func run(f Flags, stdout, stderr io.Writer) error {
	switch {
	case f.Export != "":
		return exportProgress(f.Progress, f.Export, stderr)
	case f.Import != "":
		return importProgress(f.Progress, f.Import, stderr)
	case f.Backups:
		return listBackups(f.Progress, stdout, stderr)
	case f.Restore != "":
		return restoreBackup(f.Progress, f.Restore, stderr)
	default:
		return check(f.Progress, f.Deck, stdout)
	}
}
