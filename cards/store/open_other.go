//go:build !js

package store

// Open loads the app's progress: on the desktop, from DefaultDir.
func Open(opt Options) (*Store, error) {
	dir, err := DefaultDir()
	if err != nil {
		return nil, err
	}
	return OpenDir(dir, opt)
}
