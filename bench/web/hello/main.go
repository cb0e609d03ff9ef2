// Command hello is the smallest Ebitengine program that shows a word: the
// baseline that bench/web compares the app's download size and start-up
// with. web/build.sh builds it with the same flags and page as the app.
package main

import (
	"log"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"
)

type hello struct{ drawn bool }

func (h *hello) Update() error { return nil }

func (h *hello) Draw(screen *ebiten.Image) {
	ebitenutil.DebugPrint(screen, "Hello")
	if !h.drawn {
		h.drawn = true
		markFirstFrame()
	}
}

func (h *hello) Layout(w, ht int) (int, int) { return w, ht }

func main() {
	if err := ebiten.RunGame(&hello{}); err != nil {
		log.Fatal(err)
	}
}
