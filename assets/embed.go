// Package assets embeds factdeck's data files: the source corpus, the
// built-in deck and the Japanese fonts. It imports only the standard library,
// so every package and every target (desktop and WebAssembly) can use it.
//
// The fonts are subsets of Morisawa's BIZ UDPGothic (SIL Open Font License
// 1.1, see fonts/OFL.txt and FontLicense), made by fonts/subset.sh; see
// fonts/README.md. Rerun that script whenever the corpus, a deck or a UI
// string gains a character, or go test ./assets/ fails.
package assets

import (
	"bytes"
	"embed"
)

// Corpus holds the source texts the built-in deck was made from, as
// corpus/*.txt (UTF-8).
//
//go:embed corpus/*.txt
var Corpus embed.FS

// Decks holds every deck shipped with the app, as decks/*.json, the form
// deckgen writes and a teacher edits.
//
//go:embed decks/*.json
var Decks embed.FS

//go:embed decks/corpus.snapshot
var builtinSnapshot []byte

// BuiltinSnapshot returns the built-in deck, decks/corpus.json, as the
// binary snapshot made from it (decks/corpus.snapshot, which
// cards/deck.DecodeSnapshot reads), so the app starts without decoding
// JSON. The slice is a fresh copy: the caller may modify it.
func BuiltinSnapshot() []byte { return bytes.Clone(builtinSnapshot) }

// Fonts (TrueType). Use FontRegular for text and FontBold for headings and
// buttons; both hold exactly the characters the corpus, the shipped decks and
// the UI strings use, plus kana, ASCII and common punctuation. FontFallback
// (regular weight) holds the rest of JIS X 0208 (level 1 and 2 kanji,
// symbols), ①-style and 髙-style Windows extensions, Latin, Greek and
// Cyrillic, and none of the main faces' characters: put it after the main
// face in a multi-face (text/v2.MultiFace) so a teacher's own deck draws too.
// FontFallback is declared in fallback_embed.go, and is nil in the browser
// build (fallback_js.go). Treat these slices as read-only.
var (
	//go:embed fonts/BIZUDPGothic-Regular.subset.ttf
	FontRegular []byte
	//go:embed fonts/BIZUDPGothic-Bold.subset.ttf
	FontBold []byte
)

// FontLicense is the fonts' copyright notice and licence (SIL OFL 1.1), which
// must accompany every copy of the app: show it on an about or credits screen.
//
//go:embed fonts/OFL.txt
var FontLicense string
