//go:build !js

package main

import "factdeck/cards/store"

// openStore opens the progress folder, the user's own by default.
func openStore(dir string) (*store.Store, error) {
	if dir == "" {
		return store.Open(store.Options{})
	}
	return store.OpenDir(dir, store.Options{})
}
