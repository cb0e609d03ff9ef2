//go:build !js

package store_test

import (
	"testing"

	"factdeck/cards/store"
)

func platformSaveBenchmarks(b *testing.B) {
	b.Run("journal", func(b *testing.B) {
		s, err := store.OpenDir(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		benchSaves(b, s, false)
	})
	b.Run("rewrite", func(b *testing.B) {
		s, err := store.OpenDir(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		benchSaves(b, s, true)
	})
}
