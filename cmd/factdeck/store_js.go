//go:build js

package main

import "factdeck/cards/store"

// openStore opens the browser's progress in localStorage; there are no
// folders in a browser, so dir is ignored.
func openStore(dir string) (*store.Store, error) {
	return store.OpenBrowser(store.Options{}), nil
}
