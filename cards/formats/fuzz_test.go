package formats

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// fuzzImport checks what any input may do to an importer: no panic, an
// error of bounded size, or a deck that validates and that exports again.
func fuzzImport(f *testing.F, format string, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	d, err := os.ReadFile("testdata/sample.json")
	require.NoError(f, err)
	f.Add(d)
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Import(format, "fuzz."+format, data)
		if err != nil {
			if n := len(err.Error()); n > 8<<10 {
				t.Fatalf("an error of %d bytes", n)
			}
			return
		}
		if err := got.Validate(); err != nil {
			t.Fatalf("imported deck does not validate: %v", err)
		}
		for _, w := range writers {
			if _, _, err := w.write(got); err != nil {
				t.Fatalf("%s: %v", w.name, err)
			}
		}
	})
}

func goldenSeed(f *testing.F, name string) string {
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(f, err)
	return string(data)
}

func FuzzReadAnki(f *testing.F) {
	fuzzImport(f, "anki", goldenSeed(f, "sample.anki.txt"), "a\tb\n", "#separator:semicolon\n#html:true\n{{c1::x}} y;z\n")
}

func FuzzReadQuizlet(f *testing.F) {
	fuzzImport(f, "quizlet", goldenSeed(f, "sample.quizlet.txt"), "term\tdefinition\n\n")
}

func FuzzReadCSV(f *testing.F) {
	fuzzImport(f, "csv", goldenSeed(f, "sample.csv"), "prompt,answer\n\"a,\"\"b\",c\n")
}

func FuzzReadGIFT(f *testing.F) {
	fuzzImport(f, "gift", goldenSeed(f, "sample.gift"), handGIFT)
}
