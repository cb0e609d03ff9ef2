package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// hashLen is how many hex digits of SHA-256 name a file. 48 bits: a
// collision between two releases of one app is out of reach.
const hashLen = 12

// hashedName inserts the content hash before the extension:
// loader.js -> loader.<hash>.js.
func hashedName(name string, data []byte) string {
	sum := sha256.Sum256(data)
	h := hex.EncodeToString(sum[:])[:hashLen]
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + h + ext
}

// release collects the files written to one output directory.
type release struct {
	out string
	// names maps a source name (loader.js) to its name in the release.
	names map[string]string
	// written lists every file of this release, compressed siblings too,
	// so that prune leaves them alone.
	written map[string]bool
	// precache is what the service worker fetches on install; lazy is
	// what it keeps once the app has fetched it.
	precache, lazy []string
	report         []fileReport
	jobs           []compressJob
}

func newRelease(out string) (*release, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	return &release{out: out, names: map[string]string{}, written: map[string]bool{}}, nil
}

// addHashed writes data under its hashed name and returns that name. A
// file of that name is the same bytes by construction, so an existing one
// is kept as it is, with its compressed siblings.
func (r *release) addHashed(name string, data []byte) (string, error) {
	hashed := hashedName(name, data)
	r.names[name] = hashed
	if _, err := os.Stat(filepath.Join(r.out, hashed)); err != nil {
		if err := writeAtomic(filepath.Join(r.out, hashed), data); err != nil {
			return "", err
		}
	}
	r.track(hashed, data)
	return hashed, nil
}

// addFixed writes data under name (index.html, sw.js), leaving the file
// and its modification time alone when the content is unchanged.
func (r *release) addFixed(name string, data []byte) error {
	path := filepath.Join(r.out, name)
	if old, err := os.ReadFile(path); err != nil || !bytes.Equal(old, data) {
		if err := writeAtomic(path, data); err != nil {
			return err
		}
	}
	r.track(name, data)
	return nil
}

// track records a written file and queues its compression.
func (r *release) track(name string, data []byte) {
	r.written[name] = true
	rep := fileReport{name: name, raw: len(data)}
	if compressible(name) {
		r.jobs = append(r.jobs, compressJob{path: filepath.Join(r.out, name), data: data, report: len(r.report)})
		r.written[name+".gz"] = true
		r.written[name+".br"] = true
	}
	r.report = append(r.report, rep)
}

// hashedRef returns the release name of a source name added earlier.
func (r *release) hashedRef(name string) (string, error) {
	h, ok := r.names[name]
	if !ok {
		return "", fmt.Errorf("%s is not part of the release", name)
	}
	return h, nil
}

// sortedPrecache is the precache list in a stable order.
func (r *release) sortedPrecache() []string {
	return slices.Sorted(slices.Values(r.precache))
}

// writeAtomic writes data to path through a temporary file, so a reader
// (the server, a browser) never sees half a file.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
