package docformat

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzText feeds every reader arbitrary bytes: it must never panic, and
// what it returns is UTF-8 text, empty or ending in a line break, no larger than a
// small multiple of the input (a reader never invents text).
func FuzzText(f *testing.F) {
	for _, name := range []string{"testdata/lesson.md", "testdata/lesson.html"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for format := range 4 {
			f.Add(uint8(format), data)
		}
	}
	f.Add(uint8(3), []byte("PK\x03\x04"))
	f.Add(uint8(0), []byte("\xff\xfe題\x00"))
	f.Add(uint8(1), []byte("---\n---\n# \n|a|\n|-|\n"))
	formats := []Format{Plain, Markdown, HTML, Docx}
	f.Fuzz(func(t *testing.T, format uint8, data []byte) {
		ft := formats[int(format)%len(formats)]
		got, err := Text("fuzz", ft, data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz: ") || len(err.Error()) > 500 {
				t.Fatalf("%s: error does not name the file or is unbounded: %.600s", ft, err)
			}
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("%s: output is not UTF-8", ft)
		}
		if got != "" && !strings.HasSuffix(got, "\n") {
			t.Fatalf("%s: output does not end a line: %q", ft, got)
		}
		// UTF-16 doubles nothing: 2 bytes become at most 3 in UTF-8; a
		// legacy 1-byte kana becomes 3 bytes; markup adds a tab or line
		// break per element at most.
		if ft != Docx && len(got) > 3*len(data)+2 {
			t.Fatalf("%s: %d bytes of text from %d bytes of input", ft, len(got), len(data))
		}
	})
}
