package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// program is one of the two programs measured.
type program struct {
	name, pkg, dist string
	size            releaseSizes
	transfer        transfer
	// startup holds the first-frame times of the cold loads, in ms, and
	// marks the moments on the way, by name.
	startup []float64
	marks   map[string][]float64
}

// releaseSizes are the sizes of a release's wasm.
type releaseSizes struct {
	wasmName                string
	wasmRaw, wasmGz, wasmBr int64
}

// releaseSize finds the release's wasm and the sizes of its compressed
// siblings.
func releaseSize(dist string) (releaseSizes, error) {
	all, err := filepath.Glob(filepath.Join(dist, "*.wasm"))
	// The export module is fetched on a teacher's first Kahoot or PDF
	// export, never on a visit: it is no part of the program's size.
	matches := slices.DeleteFunc(all, func(p string) bool { return strings.HasPrefix(filepath.Base(p), "quizexport.") })
	if err != nil || len(matches) != 1 {
		return releaseSizes{}, fmt.Errorf("%s: want one .wasm, found %v (%v)", dist, matches, err)
	}
	s := releaseSizes{wasmName: filepath.Base(matches[0])}
	for _, f := range []struct {
		ext string
		dst *int64
	}{{"", &s.wasmRaw}, {".gz", &s.wasmGz}, {".br", &s.wasmBr}} {
		fi, err := os.Stat(matches[0] + f.ext)
		if err != nil {
			return releaseSizes{}, err
		}
		*f.dst = fi.Size()
	}
	return s, nil
}

// transfer is what a first visit cost: body bytes by file, as sent.
type transfer struct {
	total int64
	files map[string]int64
}
