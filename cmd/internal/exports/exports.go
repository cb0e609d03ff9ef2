// Package exports lists every export format a teacher's quiz is written
// in, for deckgen export and the desktop app's Teacher screen alike: the
// text formats and the three that need a heavy library (SQLite, xlsx,
// PDF), which the browser build leaves out to stay small.
package exports

import (
	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/cards/formats"
	"factdeck/cards/formats/apkg"
	"factdeck/cards/formats/kahoot"
	"factdeck/cards/formats/pdf"
)

// All are the formats, the text ones first.
var All = append(append([]formats.Writer(nil), formats.TextWriters...),
	formats.Writer{Name: "apkg", Label: "Anki", Ext: "apkg", Write: apkg.Write},
	formats.Writer{Name: "kahoot", Label: "Kahoot!", Ext: "xlsx", Write: kahoot.Write},
	formats.Writer{Name: "pdf", Label: "PDF", Ext: "pdf", Write: writePDF},
)

// ByName is the format deckgen export calls name.
func ByName(name string) (formats.Writer, bool) {
	for _, w := range All {
		if w.Name == name {
			return w, true
		}
	}
	return formats.Writer{}, false
}

// writePDF prints the deck in the app's Japanese fonts: the main face and
// the fallback with the rest of JIS X 0208, so a teacher's own cards print
// too.
func writePDF(d *deck.Deck) ([]byte, []formats.Warning, error) {
	return pdf.Write(d, pdf.Options{Fonts: [][]byte{assets.FontRegular, assets.FontFallback}})
}
