package corpus

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds the sentence splitter and noise marking arbitrary text:
// it must never panic, and every sentence it keeps points at its own
// verbatim text in the document.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/claims.txt", "testdata/noise_lines.txt", "testdata/retell.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("題\n\n「開いた括弧。\n閉じる」と述べた。\n"))
	f.Add([]byte("森 a。\n森 b。\n森 c。\nコメント(1件)\nx\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "corpus fuzz.txt") || len(err.Error()) > 300 {
				t.Fatalf("error does not name the file or is unbounded: %.400s", err)
			}
			return
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > len(d.Raw) || s.Start > s.End {
				t.Fatalf("sentence %d: span %d..%d outside the text of %d bytes", s.Index, s.Start, s.End, len(d.Raw))
			}
			if !utf8.ValidString(s.Text) {
				t.Fatalf("sentence %d: text is not UTF-8", s.Index)
			}
			if !s.Rejoined() && s.Raw != d.Raw[s.Start:s.End] {
				t.Fatalf("sentence %d: Raw %q is not the text at its span %q", s.Index, s.Raw, d.Raw[s.Start:s.End])
			}
		}
	})
}
