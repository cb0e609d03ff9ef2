package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCompositionRange finds the unconverted text an input method shows
// in the box, at the caret or over a selection it replaces.
func TestCompositionRange(t *testing.T) {
	for _, c := range []struct {
		name, text, rendered string
		selStart, selEnd     int
		want                 string
	}{
		{"at the end", "第", "第きゅう", 3, 3, "きゅう"},
		{"in the middle", "9条", "9じょう条", 1, 1, "じょう"},
		{"over a selection", "abc", "aにc", 1, 2, "に"},
		{"nothing composed", "abc", "abc", 3, 3, ""},
	} {
		start, end := compositionRange(c.text, c.rendered, c.selStart, c.selEnd)
		assert.Equal(t, c.want, c.rendered[start:end], c.name)
	}
}
