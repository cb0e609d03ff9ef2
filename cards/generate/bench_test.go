package generate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"factdeck/cards/corpus"
	"factdeck/cards/deck"
	"factdeck/cards/extract"
	"factdeck/cards/generate"
)

// BenchmarkBuild times the whole build (load the documents, extract,
// generate, marshal) on the corpus repeated 1, 10 and 100 times, each copy
// with its numbers varied so that it is not dropped as a repeat. The bytes
// per second should stay about the same: the build grows linearly.
//
//	go test -run '^$' -bench Build -benchtime 3x ./cards/generate/
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			warmUp(b)
			paths, size := largeCorpus(b, n)
			b.SetBytes(size)
			b.ReportAllocs()
			cards := 0
			for b.Loop() {
				docs, err := corpus.LoadAll(paths)
				require.NoError(b, err)
				d, err := generate.Build(docs, generate.Options{Title: "bench", Seed: 1})
				require.NoError(b, err)
				_, err = deck.Marshal(d)
				require.NoError(b, err)
				cards = len(d.Cards)
			}
			// Copies repeat the sentences that hold no number, which
			// the corpus drops as repeats: cards grow slower than bytes.
			b.ReportMetric(float64(cards), "cards")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(cards), "µs/card")
		})
	}
}

// BenchmarkGenerate times the generator's own part (cards, distractors,
// annotations, marshal) on facts extracted beforehand, per fact: it should
// stay about the same from 1x to 100x.
//
//	go test -run '^$' -bench Generate -benchtime 3x ./cards/generate/
func BenchmarkGenerate(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			warmUp(b)
			paths, size := largeCorpus(b, n)
			docs, err := corpus.LoadAll(paths)
			require.NoError(b, err)
			facts, err := extract.Extract(docs)
			require.NoError(b, err)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				d, err := generate.BuildFacts(docs, facts, generate.Options{Title: "bench", Seed: 1})
				require.NoError(b, err)
				_, err = deck.Marshal(d)
				require.NoError(b, err)
			}
			b.ReportMetric(float64(len(facts)), "facts")
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(facts)), "µs/fact")
		})
	}
}

// warmUp loads the dictionaries, once per process, before the timer runs:
// their cost does not grow with the input.
func warmUp(b *testing.B) {
	b.Helper()
	_, err := generate.Build(load(b, "testdata/small.txt"), generate.Options{Title: "warm-up"})
	require.NoError(b, err)
}

// largeCorpus writes n copies of assets/corpus to a temporary directory:
// the first as it is, the others with every number changed.
func largeCorpus(b *testing.B, n int) (paths []string, size int64) {
	b.Helper()
	src, err := filepath.Glob("../../assets/corpus/*.txt")
	require.NoError(b, err)
	dir := b.TempDir()
	for k := range n {
		for _, p := range src {
			data, err := os.ReadFile(p)
			require.NoError(b, err)
			text := vary(string(data), k)
			out := filepath.Join(dir, fmt.Sprintf("c%03d_%s", k, filepath.Base(p)))
			require.NoError(b, os.WriteFile(out, []byte(text), 0o644))
			paths = append(paths, out)
			size += int64(len(text))
		}
	}
	return paths, size
}

var digits = regexp.MustCompile(`\d+`)

// vary changes every number of text for copy k, keeping days, months,
// percentages and years in their ranges.
func vary(text string, k int) string {
	if k == 0 {
		return text
	}
	return digits.ReplaceAllStringFunc(text, func(s string) string {
		v, err := strconv.Atoi(s)
		if err != nil {
			return s
		}
		switch {
		case v <= 12:
			v = (v-1+k)%12 + 1
		case v <= 31:
			v = (v-1+k)%28 + 1
		case v < 100:
			v = (v+k)%97 + 1
		case v >= 1900 && v <= 2100:
			v += k % 10
		default:
			v += 7 * k
		}
		return strings.Repeat("0", max(0, len(s)-len(strconv.Itoa(v)))) + strconv.Itoa(v)
	})
}
