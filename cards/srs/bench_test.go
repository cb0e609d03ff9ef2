package srs_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"factdeck/cards/srs"
)

var (
	sinkCard  srs.Card
	sinkFloat float64
)

func reportRate(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reviews/s")
}

// BenchmarkNext measures Scheduler.Next. "mixed" walks a deck of cards
// through realistic reviews (mostly on or after the due date, some early
// or same-day, ratings skewed to Good); the other cases repeat one kind
// of review so they can be set against BenchmarkMathFloor.
func BenchmarkNext(b *testing.B) {
	b.Run("mixed", benchMixed)
	single := []struct {
		name string
		card srs.Card
		r    srs.Rating
		at   time.Duration
	}{
		{"review-good", reviewCard(20, 5), srs.Good, 20 * day},
		{"review-again", reviewCard(20, 5), srs.Again, 20 * day},
		{"review-sameday", reviewCard(20, 5), srs.Good, time.Hour},
		{"new", srs.NewCard(t0), srs.Good, 0},
	}
	for _, tt := range single {
		b.Run(tt.name, func(b *testing.B) {
			s := srs.Default()
			now := t0.Add(tt.at)
			b.ReportAllocs()
			for b.Loop() {
				sinkCard = s.Next(tt.card, tt.r, now)
			}
			reportRate(b)
		})
	}
	b.Run("review-good-fuzz", func(b *testing.B) {
		s := srs.Default()
		s.Fuzz = true
		c, now := reviewCard(20, 5), t0.Add(20*day)
		b.ReportAllocs()
		for b.Loop() {
			sinkCard = s.Next(c, srs.Good, now)
		}
		reportRate(b)
	})
}

func benchMixed(b *testing.B) {
	const cards, table = 1024, 1 << 16
	rng := rand.New(rand.NewPCG(1, 2))
	ratings := make([]srs.Rating, table)
	gaps := make([]float64, table)
	for i := range table {
		ratings[i] = pickRating(rng.Float64())
		gaps[i] = rng.Float64()
	}
	deck := make([]srs.Card, cards)
	for i := range deck {
		deck[i] = srs.NewCard(t0)
	}
	s := srs.Default()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c := &deck[i%cards]
		if c.Reps >= 60 { // retire old cards so the mix keeps some new ones
			*c = srs.NewCard(c.Due)
		}
		*c = s.Next(*c, ratings[i%table], nextReview(*c, gaps[i%table]))
		i++
	}
	reportRate(b)
}

// pickRating maps u in [0, 1) to a rating: 15% Again, 15% Hard, 55% Good,
// 15% Easy.
func pickRating(u float64) srs.Rating {
	switch {
	case u < 0.15:
		return srs.Again
	case u < 0.30:
		return srs.Hard
	case u < 0.85:
		return srs.Good
	}
	return srs.Easy
}

// nextReview picks when a card is studied: usually when due or late,
// sometimes early.
func nextReview(c srs.Card, u float64) time.Time {
	switch {
	case c.State == srs.New:
		return c.Due
	case u < 0.6:
		return c.Due
	case u < 0.9:
		return c.Due.Add(time.Duration(u*100) * time.Hour)
	}
	return c.LastReview.Add(time.Duration(float64(c.Due.Sub(c.LastReview)) * (u - 0.9) * 10))
}

// BenchmarkMathFloor times only the math.Pow/math.Exp calls that one
// review of each kind makes, the floor under BenchmarkNext's cases:
//   - review-good: R = (1+f·t/S)^−w20, S^−w9, e^(w10·(1−R));
//   - review-again: R, D^−w12, (S+1)^w13, e^(w14·(1−R));
//   - review-sameday: S^−w19.
func BenchmarkMathFloor(b *testing.B) {
	w := srs.DefaultParams().Weights
	const factor = 0.98034649
	b.Run("review-good", func(b *testing.B) {
		s, t := 20.0, 20.0
		for b.Loop() {
			r := math.Pow(1+factor*t/s, -w[20])
			sinkFloat += math.Pow(s, -w[9]) * math.Exp((1-r)*w[10])
			s += 1e-9
		}
		reportRate(b)
	})
	b.Run("review-again", func(b *testing.B) {
		s, d, t := 20.0, 5.0, 20.0
		for b.Loop() {
			r := math.Pow(1+factor*t/s, -w[20])
			sinkFloat += math.Pow(d, -w[12]) * math.Pow(s+1, w[13]) * math.Exp((1-r)*w[14])
			s += 1e-9
		}
		reportRate(b)
	})
	b.Run("review-sameday", func(b *testing.B) {
		s := 20.0
		for b.Loop() {
			sinkFloat += math.Pow(s, -w[19])
			s += 1e-9
		}
		reportRate(b)
	})
}
