//go:build !js

package main

import (
	"fmt"
	"os"

	"factdeck/cards/store"
)

// openStore opens the progress folder, the user's own by default.
func openStore(dir string) (*store.Store, error) {
	if dir == "" {
		return store.Open(store.Options{})
	}
	return store.OpenDir(dir, store.Options{})
}

// printNotices says on stderr what the store found (a damaged file moved
// aside, a folder in use).
func printNotices(st *store.Store) {
	for _, n := range st.Notices() {
		fmt.Fprintln(os.Stderr, "factdeck:", n.Error())
	}
}
