//go:build !((linux || freebsd || netbsd || openbsd) && !android) && !js

package cli

// missingDisplay is empty: elsewhere a window needs no display variable.
func missingDisplay() string { return "" }
