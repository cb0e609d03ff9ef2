package harness

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"

	"github.com/chromedp/chromedp"
)

// Screenshot captures the page as PNG and saves it as dir/name.png.
func Screenshot(ctx context.Context, dir, name string) (string, image.Image, error) {
	data, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return "", nil, err
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return "", nil, err
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return "", nil, err
	}
	return path, img, nil
}

// Census counts the distinct colours of img and the share of its pixels
// that are exactly c.
func Census(img image.Image, c color.RGBA) (colors int, share float64) {
	seen := map[color.RGBA]bool{}
	match, total := 0, 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			px := color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), 0xff}
			seen[px] = true
			if px == c {
				match++
			}
			total++
		}
	}
	return len(seen), float64(match) / float64(total)
}
