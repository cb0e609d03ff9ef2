package deck

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestObjectCounts(t *testing.T) {
	got := objectCounts([]byte(`{"title":"a[{\"}","cards":[{"id":"{"},{"choices":[{},{}]},1],
		"C\u0061RDS":[{}], "facts": [], "sources":{"a":[{}]}, "x":[[{}]]}`))
	assert.Equal(t, map[string]int{"cards": 2, "CaRDS": 1, "facts": 0}, got)
}

// A deck's lists are made once, at their final size.
func TestDecodeMakesListsOnce(t *testing.T) {
	d, err := Read("testdata/valid.json")
	assert.NoError(t, err)
	assert.Equal(t, len(d.Cards), cap(d.Cards))
	assert.Equal(t, len(d.Facts), cap(d.Facts))
	assert.Equal(t, len(d.Sources), cap(d.Sources))
}

// Keys that name no list are not kept: a file of many costs nothing.
func TestObjectCountsKeepsOnlyListKeys(t *testing.T) {
	data := []byte("{" + strings.Repeat(`"k":[{}],`, 10000) + `"cards":[{}]}`)
	allocs := testing.AllocsPerRun(5, func() { objectCounts(data) })
	assert.Less(t, allocs, 20.0)
}
