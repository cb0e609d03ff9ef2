package scene

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"factdeck/assets"
	"factdeck/cards/deck"
	"factdeck/game/ui"
)

// BenchmarkDeckScreenFirstDraw lays out and draws the built-in deck's
// opening screen with new faces each time, so every glyph is measured and
// rasterized as on the app's first frame. Needs a display:
//
//	xvfb-run -a go test ./game/scene -run '^$' -bench FirstDraw
func BenchmarkDeckScreenFirstDraw(b *testing.B) {
	d, err := deck.DecodeSnapshot(assets.BuiltinSnapshot())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		fonts, err := ui.LoadFonts(assets.FontRegular, assets.FontBold, nil)
		if err != nil {
			b.Fatal(err)
		}
		ctx := &Context{W: 1280, H: 800, Scale: 1, Fonts: fonts}
		screen := ebiten.NewImage(1280, 800)
		b.StartTimer()
		s := NewDeck(d)
		s.Update(ctx, nil)
		s.Draw(screen, ctx)
		b.StopTimer()
		screen.Deallocate()
		b.StartTimer()
	}
}
