// Package jsonpos turns the byte offset that encoding/json puts in its
// errors into a line and column, so a person fixing a file by hand is told
// where to look.
package jsonpos

import (
	"bytes"
	"encoding/json"
	"errors"
)

// Locate returns the line and column (both from 1) of the byte at fault in
// a *json.SyntaxError or *json.UnmarshalTypeError within err; ok is false
// when err carries no usable offset.
func Locate(data []byte, err error) (line, col int, ok bool) {
	var off int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	}
	if off < 0 || off > int64(len(data)) {
		return 0, 0, false
	}
	// The offset counts the bytes read up to and including the one at
	// fault, so that byte is at off-1.
	before := data[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	// At the end of input right after a newline, point at the empty line.
	return line, max(col, 1), true
}
