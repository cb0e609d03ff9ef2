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

func BenchmarkDecodeBuiltin(b *testing.B) { benchDecode(b, builtinJSON, deck.Decode) }

func BenchmarkDecodeSnapshotBuiltin(b *testing.B) {
	benchDecode(b, builtinSnapshot, deck.DecodeSnapshot)
}

// benchDecode decodes the file at path with decode, again and again.
func benchDecode(b *testing.B, path string, decode func([]byte) (*deck.Deck, error)) {
	data := readFile(b, path)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := decode(data); err != nil {
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
