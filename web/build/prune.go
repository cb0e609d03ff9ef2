package main

import (
	"os"
	"path/filepath"
	"strings"

	"factdeck/web/server"
)

// earlierNames are files that releases before content hashing wrote.
var earlierNames = map[string]bool{
	"factdeck.wasm": true, "wasm_exec.js": true, "loader.js": true,
	"style.css": true, "favicon.svg": true,
}

// prune removes the files of earlier releases from the output directory:
// hashed names that this release did not write, and the unhashed names of
// releases before hashing, with their compressed siblings. Anything else
// (a teacher's deck file, say) is left alone.
func (r *release) prune() error {
	entries, err := os.ReadDir(r.out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || r.written[name] {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".br")
		if server.IsHashed(base) || earlierNames[base] {
			if err := os.Remove(filepath.Join(r.out, name)); err != nil {
				return err
			}
		}
	}
	return nil
}
