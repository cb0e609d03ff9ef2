package deck_test

import (
	"bytes"
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

// Refusing the crafted links of testdata and the largest link of empty
// choices: what a hostile link costs the app before it opens the built-in
// deck instead (ns/op, B/op), natively or under js/wasm as above.
func BenchmarkRefuseHostileLink(b *testing.B) {
	choices := bytes.Repeat([]byte(`"",`), (deck.MaxLinkDeckSize-100)/3)
	largest, err := deck.PackLink(append(append([]byte(`{"cards":[{"id":"c","type":"mcq","choices":[`), choices[:len(choices)-1]...), `]}]}`...))
	if err != nil {
		b.Fatal(err)
	}
	for name, payload := range map[string]string{
		"breaks-228":    readLink(b, "breaks-228.link"),
		"breaks-424":    readLink(b, "breaks-424.link"),
		"choices-512kB": largest,
	} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := deck.DecodeLink(payload); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
