package ui_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/game/ui"
)

func TestFaceIsReusedPerSize(t *testing.T) {
	fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, nil)
	require.NoError(t, err)
	a := fonts.Face(20, false)
	assert.Same(t, a, fonts.Face(20, false), "the same size gives the same face, so layout caches hit")
	assert.NotSame(t, a, fonts.Face(20, true))
	assert.NotSame(t, a, fonts.Face(21, false))

	fallback := assets.FontFallback
	if fallback == nil {
		t.Skip("no embedded fallback font in this build")
	}
	require.NoError(t, fonts.SetFallback(fallback))
	assert.NotSame(t, a, fonts.Face(20, false), "faces made before the fallback arrived are not reused")
}
