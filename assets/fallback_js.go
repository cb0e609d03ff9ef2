//go:build js

package assets

// FontFallback is nil in the browser build. At 1.9 MB it was a third of the
// compressed download, and the built-in deck never needs it: its characters
// are all in FontRegular and FontBold. web/build.sh ships
// fonts/BIZUDPGothic-Fallback.subset.ttf beside the page as a hashed,
// precompressed file, which cmd/factdeck fetches only when a deck uses a
// character the main faces lack.
var FontFallback []byte
