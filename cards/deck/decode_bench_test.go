package deck_test

import (
	"os"
	"testing"

	"factdeck/cards/deck"
)

// The built-in deck decoded from its JSON and from its snapshot. Under
// js/wasm (what the browser runs) the gap is what the snapshot is for:
//
//	GOOS=js GOARCH=wasm go test ./cards/deck -run '^$' -bench Builtin \
//	  -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec"

func BenchmarkDecodeBuiltin(b *testing.B) {
	data := readFile(b, builtinJSON)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := deck.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeSnapshotBuiltin(b *testing.B) {
	data := readFile(b, builtinSnapshot)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := deck.DecodeSnapshot(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidateBuiltin(b *testing.B) {
	d, err := deck.Decode(readFile(b, builtinJSON))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func readFile(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}
