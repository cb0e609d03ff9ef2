//go:build js

package store_test

import (
	"testing"

	"factdeck/cards/store"
)

func platformSaveBenchmarks(b *testing.B) {
	b.Run("localStorage", func(b *testing.B) {
		fakeLocalStorage(b, 1<<30)
		s := store.OpenBrowser(nil, store.Options{})
		if !s.Persistent() {
			b.Fatal(s.Notices())
		}
		benchSaves(b, s, false)
	})
}
