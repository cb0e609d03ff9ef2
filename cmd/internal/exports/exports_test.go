package exports

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/cards/deck"
)

// Every format of the list has its own name and extension, is found by
// its name, and writes a deck: the same list serves deckgen export and
// the desktop's Teacher screen.
func TestAllFormatsWrite(t *testing.T) {
	d, err := deck.Read("../../../cards/formats/testdata/sample.json")
	require.NoError(t, err)
	names, exts := map[string]bool{}, map[string]bool{}
	for _, w := range All {
		assert.False(t, names[w.Name], "name %s twice", w.Name)
		assert.False(t, exts[w.Ext], "extension %s twice", w.Ext)
		names[w.Name], exts[w.Ext] = true, true
		assert.NotEmpty(t, w.Label)
		got, ok := ByName(w.Name)
		require.True(t, ok, w.Name)
		assert.Equal(t, w.Ext, got.Ext)
		data, _, err := w.Write(d)
		require.NoError(t, err, w.Name)
		assert.NotEmpty(t, data, w.Name)
	}
	assert.Len(t, All, 8, "anki, quizlet, csv, gift, moodle-xml, apkg, kahoot, pdf")
	_, ok := ByName("docx")
	assert.False(t, ok)
}
