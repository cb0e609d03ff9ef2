//go:build js

package store

// Open loads the app's progress: in the browser, from localStorage (or
// memory, with a Notice, when storage is unavailable).
func Open(opt Options) (*Store, error) { return OpenBrowser(nil, opt), nil }
