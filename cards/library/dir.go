//go:build !js

package library

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"factdeck/cards/safefile"
)

// Dir is a Storage over files in a folder: key a/b.json is the file
// a/b.json under it. Writes are atomic (safefile).
type Dir string

// path is key's file; keys are the package's own, never a student's text,
// but a key that would leave the folder is refused all the same.
func (d Dir) path(key string) (string, error) {
	clean := filepath.Clean(filepath.FromSlash(key))
	if filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return "", errors.New("library: key " + key + " leaves the folder")
	}
	return filepath.Join(string(d), clean), nil
}

// Get reads key's file.
func (d Dir) Get(key string) (string, bool, error) {
	p, err := d.path(key)
	if err != nil {
		return "", false, err
	}
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return string(data), true, nil
}

// Set replaces key's file atomically, making its folder if needed.
func (d Dir) Set(key, value string) error {
	p, err := d.path(key)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return safefile.Write(p, []byte(value))
}

// Remove deletes key's file; a missing one is no error.
func (d Dir) Remove(key string) error {
	p, err := d.path(key)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
