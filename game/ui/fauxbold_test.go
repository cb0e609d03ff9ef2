package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
)

// Without a bold font, bold faces are the regular font struck twice.
func TestBoldWithoutABoldFontStrikesTwice(t *testing.T) {
	faux, err := LoadFonts(assets.FontRegular, nil, nil)
	require.NoError(t, err)
	assert.True(t, strikesTwice(faux.Face(22, true)))
	assert.False(t, strikesTwice(faux.Face(22, false)))

	real, err := LoadFonts(assets.FontRegular, assets.FontBold, nil)
	require.NoError(t, err)
	assert.False(t, strikesTwice(real.Face(22, true)), "a bold font draws once")
}
