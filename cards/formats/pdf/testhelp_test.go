package pdf

import (
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font/sfnt"

	"factdeck/assets"
)

func newTypesetterForTest(t *testing.T) *typesetter {
	t.Helper()
	p := fpdf.New("P", "mm", "A4", "")
	f, err := sfnt.Parse(assets.FontRegular)
	require.NoError(t, err)
	p.AddUTF8FontFromBytes("f0", "", assets.FontRegular)
	p.AddPage()
	return &typesetter{pdf: p, size: textSize, widths: map[rune]float64{}, fonts: map[rune]string{}, missing: map[rune]bool{}, faces: []*face{{name: "f0", font: f}}}
}
