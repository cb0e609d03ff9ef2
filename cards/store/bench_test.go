package store_test

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"factdeck/cards/srs"
	"factdeck/cards/store"
	"factdeck/cards/study"
)

// history answers 2,000 cards 10,000 times in all, a few months of study.
func history(b *testing.B, p *study.Progress) {
	b.Helper()
	for i := range 10_000 {
		_, err := p.Grade("card-"+strconv.Itoa(i%2000), srs.Rating(1+i%7%4), stamp.Add(time.Duration(i)*time.Hour), 4*time.Second)
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveAfterAnswer times Save after one more answer to a progress
// with a 10,000-answer history, the way the app saves after each answer.
// p99 and max show the snapshot rewrites that come every CompactEvery
// answers. "storage" is the browser's store over a map; the desktop adds
// "journal" (files: an append and fsync per answer) and "rewrite" (a
// snapshot and backup rewritten at every save, the cost the journal
// avoids); js/wasm adds "localStorage" over a JavaScript object.
func BenchmarkSaveAfterAnswer(b *testing.B) {
	b.Run("storage", func(b *testing.B) {
		s, err := store.OpenStorage(&store.MemoryStorage{}, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		benchSaves(b, s, false)
	})
	platformSaveBenchmarks(b)
}

// benchSaves answers and saves b.N times; rewrite changes the settings
// before each save, which makes it rewrite the snapshot.
func benchSaves(b *testing.B, s *store.Store, rewrite bool) {
	p := s.Progress()
	history(b, p)
	if err := s.Save(); err != nil {
		b.Fatal(err)
	}
	took := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Grade("card-"+strconv.Itoa(i%2000), srs.Good, stamp.Add(time.Duration(10_000+i)*time.Hour), time.Second); err != nil {
			b.Fatal(err)
		}
		if rewrite {
			set := p.Settings()
			set.NewPerDay = 20 + i%2
			if err := p.SetSettings(set); err != nil {
				b.Fatal(err)
			}
		}
		start := time.Now()
		if err := s.Save(); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs/save")
	b.ReportMetric(float64(took[len(took)-1].Microseconds()), "max-µs/save")
}
