package quality

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// readTSV reads a tab-separated file written by hand: a header row naming
// the columns, then one record a line. Blank lines and lines starting with
// "#" are comments. Every record must have exactly the header's columns, so
// a stray tab inside a Japanese sentence is caught, not silently shifted.
func readTSV(r io.Reader, columns ...string) ([][]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var rows [][]string
	header := false
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if !header {
			if got := strings.Join(fields, ","); got != strings.Join(columns, ",") {
				return nil, fmt.Errorf("line %d: header is %q, want %q", line, got, strings.Join(columns, ","))
			}
			header = true
			continue
		}
		if len(fields) != len(columns) {
			return nil, fmt.Errorf("line %d: %d fields, want %d (%s)", line, len(fields), len(columns), strings.Join(columns, ", "))
		}
		for i, f := range fields {
			if strings.TrimSpace(f) == "" {
				return nil, fmt.Errorf("line %d: field %q is empty", line, columns[i])
			}
		}
		rows = append(rows, fields)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !header {
		return nil, fmt.Errorf("no header row %q", strings.Join(columns, ","))
	}
	return rows, nil
}

// loadTSV reads the file at path with read; errors start with the path.
func loadTSV[T any](path string, read func(io.Reader) ([]T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}
