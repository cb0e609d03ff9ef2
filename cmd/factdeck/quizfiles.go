//go:build !js

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"factdeck/cards/safefile"
)

// quizSaver keeps a teacher's quiz files in quizzes/ of the progress
// folder, beside the progress, written atomically. A name already taken
// gets a number (quiz-2.csv), so an earlier file is never overwritten;
// the path is returned for the notice that names it.
func quizSaver(dir string) func(name string, data []byte) (string, error) {
	return func(name string, data []byte) (string, error) {
		folder := filepath.Join(dir, "quizzes")
		if err := os.MkdirAll(folder, 0o755); err != nil {
			return "", err
		}
		ext := filepath.Ext(name)
		base := name[:len(name)-len(ext)]
		path := filepath.Join(folder, name)
		for n := 2; ; n++ {
			_, err := os.Lstat(path)
			if errors.Is(err, fs.ErrNotExist) {
				break
			}
			if err != nil {
				return "", err
			}
			path = filepath.Join(folder, fmt.Sprintf("%s-%d%s", base, n, ext))
		}
		if err := safefile.Write(path, data); err != nil {
			return "", err
		}
		return path, nil
	}
}
