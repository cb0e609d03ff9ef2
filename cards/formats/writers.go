package formats

import "factdeck/cards/deck"

// Writer is an export format: deckgen export's --format name, the
// program that takes the file, its extension and the function that
// writes it. deckgen and the app's Teacher screen offer the same list.
type Writer struct {
	Name, Label, Ext string
	Write            func(*deck.Deck) ([]byte, []Warning, error)
	// Slow marks a writer that takes a while before it writes (in the
	// browser, one that first fetches the module holding its library):
	// a screen runs it in the background and carries on meanwhile.
	Slow bool
}

// TextWriters are the formats this package writes itself, with no heavy
// library: the ones the browser build of the app offers. The subpackages
// add apkg, kahoot and pdf.
var TextWriters = []Writer{
	{Name: "anki", Label: "Anki", Ext: "txt", Write: WriteAnki},
	{Name: "quizlet", Label: "Quizlet", Ext: "tsv", Write: WriteQuizlet},
	{Name: "csv", Label: "CSV", Ext: "csv", Write: WriteCSV},
	{Name: "gift", Label: "Moodle GIFT", Ext: "gift", Write: WriteGIFT},
	{Name: "moodle-xml", Label: "Moodle XML", Ext: "xml", Write: WriteMoodleXML},
}
