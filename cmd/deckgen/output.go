package main

import (
	"errors"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"factdeck/cards/safefile"
)

// outputs are the files deckgen is writing at the moment, so that SIGINT
// or SIGTERM can remove their temporary files before deckgen ends.
var outputs struct {
	sync.Mutex
	paths    map[string]bool
	stopping bool
}

var errStopping = errors.New("deckgen is stopping on a signal")

// writeOutput writes path atomically (safefile.Write). Temporary files of
// path that an earlier deckgen left when it was killed are removed first:
// deckgen is the only writer of its outputs, and SIGKILL or a power cut
// gives it no chance to clean up then.
func writeOutput(path string, data []byte) error {
	done, err := beginOutput(path)
	if err != nil {
		return err
	}
	defer done()
	for _, t := range tempFiles(path) {
		os.Remove(t)
	}
	return safefile.Write(path, data)
}

// beginOutput records that path is being written until done is called.
func beginOutput(path string) (done func(), err error) {
	outputs.Lock()
	defer outputs.Unlock()
	if outputs.stopping {
		return nil, errStopping
	}
	if outputs.paths == nil {
		outputs.paths = map[string]bool{}
	}
	outputs.paths[path] = true
	return func() {
		outputs.Lock()
		defer outputs.Unlock()
		delete(outputs.paths, path)
	}, nil
}

// tempFiles lists the temporary files of path: safefile.Write makes them
// beside it, named .NAME.tmp-RANDOM.
func tempFiles(path string) []string {
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	prefix := "." + filepath.Base(path) + ".tmp-"
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

// removeOutputsOnSignal makes SIGINT and SIGTERM remove the temporary
// files of the outputs being written, then end deckgen with the status a
// shell gives a program killed by that signal (128 plus its number). The
// output itself is untouched: it still holds the previous version, as
// after any failed write.
func removeOutputsOnSignal() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-c
		// Held until the exit, so no write starts meanwhile.
		outputs.Lock()
		outputs.stopping = true
		for path := range outputs.paths {
			for _, t := range tempFiles(path) {
				os.Remove(t)
			}
		}
		code := 1
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}
