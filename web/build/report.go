package main

import (
	"fmt"
	"io"
)

// fileReport is one file of the release and its sizes (0: not compressed).
type fileReport struct {
	name        string
	raw, gz, br int
}

func printReport(w io.Writer, out string, files []fileReport) {
	fmt.Fprintf(w, "web: built %s\n", out)
	fmt.Fprintf(w, "web: %-40s %10s %10s %10s\n", "file", "bytes", "gzip", "brotli")
	for _, f := range files {
		fmt.Fprintf(w, "web: %-40s %10d %10s %10s\n", f.name, f.raw, size(f.gz), size(f.br))
	}
}

func size(n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprint(n)
}
