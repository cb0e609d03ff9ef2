package extract_test

import (
	"testing"

	"factdeck/cards/extract"
)

// BenchmarkExtract runs the whole pipeline on the whole corpus. The
// dictionary is loaded before the timer starts: it is loaded once per
// process, and a build pays for it once.
func BenchmarkExtract(b *testing.B) {
	docs, _ := realCorpus(b)
	size := 0
	for _, d := range docs {
		size += len(d.Raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.Extract(docs); err != nil {
			b.Fatal(err)
		}
	}
}
