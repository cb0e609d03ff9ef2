// Command hello is the smallest Ebitengine program that shows a word with
// the text package an app uses (text/v2), the baseline that bench/web
// compares the app's download size and start-up with. It does not import
// ebitenutil, whose debug printer links net/http (about 390 kB of brotli
// no app needs). web/build.sh builds it with the same flags and page as
// the app.
package main

import (
	"image/color"
	"log"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/basicfont"
)

type hello struct {
	face  text.Face
	drawn bool
}

func (h *hello) Update() error { return nil }

func (h *hello) Draw(screen *ebiten.Image) {
	op := &text.DrawOptions{}
	op.GeoM.Translate(16, 16)
	op.ColorScale.ScaleWithColor(color.White)
	text.Draw(screen, "Hello", h.face, op)
	if !h.drawn {
		h.drawn = true
		markFirstFrame()
	}
}

func (h *hello) Layout(w, ht int) (int, int) { return w, ht }

func main() {
	// basicfont's 7×13 bitmap face: text/v2 with the least font data.
	h := &hello{face: text.NewGoXFace(basicfont.Face7x13)}
	if err := ebiten.RunGame(h); err != nil {
		log.Fatal(err)
	}
}
