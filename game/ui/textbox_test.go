package ui

import (
	"image/color"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/assets"
	"factdeck/game/layout"
)

// rubyParagraph is 日米の首脳会談が開かれた with a reading over 首脳会談
// (runes 3 to 7), in white at size.
func rubyParagraph(t *testing.T, size float64) Paragraph {
	t.Helper()
	fonts, err := LoadFonts(assets.FontRegular, nil, nil)
	require.NoError(t, err)
	return Paragraph{Text: "日米の首脳会談が開かれた", Face: fonts.Face(size, false), Size: size, Color: color.White,
		Ruby: []layout.Ruby{{Start: 3, End: 7, Reading: "しゅのうかいだん"}}, RubyFace: fonts.Face(size*RubyScale, false)}
}

// A line with furigana is taller by the ruby's room; without a ruby face
// the same paragraph is set plain.
func TestRubyLineGetsTheHeightItNeeds(t *testing.T) {
	p := rubyParagraph(t, 20)
	var w Wrapper
	assert.InDelta(t, 20*(LineSpacing+rubyRoom), w.Height(p, 1000), 0.01)
	plain := p
	plain.RubyFace = nil
	assert.InDelta(t, 20*LineSpacing, w.Height(plain, 1000), 0.01)
}

// Ink stands above the word that has a reading, and nowhere above the
// words without one.
func TestRubyIsDrawnAboveItsWord(t *testing.T) {
	const size = 40
	p := rubyParagraph(t, size)
	var w Wrapper
	inked := func(p Paragraph, band int) (over, beside int) {
		dst := ebiten.NewImage(800, 120)
		defer dst.Deallocate()
		w.Draw(dst, p, 0, 0, 800)
		x0 := text.Advance("日米の", p.Face)
		x1 := x0 + text.Advance("首脳会談", p.Face)
		for y := 0; y < band; y++ {
			for x := 0; x < 800; x++ {
				if _, _, _, a := dst.At(x, y).RGBA(); a > 0x4000 {
					if float64(x) >= x0-size*0.3 && float64(x) < x1+size*0.3 {
						over++
					} else {
						beside++
					}
				}
			}
		}
		return over, beside
	}
	// The band above the text's glyphs, where only ruby can be: the
	// line's added room and the half-leading above the text.
	over, beside := inked(p, int(size*rubyRoom+size*0.2))
	assert.Greater(t, over, 50, "the reading is drawn over 首脳会談")
	assert.Zero(t, beside, "nothing is drawn over the words without a reading")
	plain := p
	plain.RubyFace = nil
	over, beside = inked(plain, int(size*0.2))
	assert.Zero(t, over+beside, "without a ruby face no reading is drawn")
}

// A word with a reading is never split across lines, and the text is
// kept whole.
func TestRubyKeepsItsWordOnOneLine(t *testing.T) {
	p := rubyParagraph(t, 20)
	var w Wrapper
	// Room for four characters: a plain wrap would break after 首.
	lines := w.Lines(p, 20*4+1)
	assert.Contains(t, lines, "首脳会談")
	assert.Equal(t, p.Text, strings.Join(lines, ""))
}

// A reading much wider than its word is squeezed to the word's width plus
// half a ruby character each side, and centred on the word.
func TestLongReadingIsSqueezed(t *testing.T) {
	p := rubyParagraph(t, 20)
	p.Text = "承る"
	p.Ruby = []layout.Ruby{{Start: 0, End: 1, Reading: "うけたまわ"}}
	placed := placeRuby(p, 0, p.Text)
	require.Len(t, placed, 1)
	base := text.Advance("承", p.Face)
	rw := text.Advance(placed[0].reading, p.RubyFace) * placed[0].scale
	assert.Less(t, placed[0].scale, 1.0)
	assert.InDelta(t, base+20*RubyScale, rw, 0.5)
	assert.InDelta(t, base/2, placed[0].x+rw/2, 0.5, "centred on its word")
}
