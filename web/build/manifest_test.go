package main

import (
	"bytes"
	"encoding/json"
	"image/color"
	"image/png"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestManifest(t *testing.T) {
	data, err := appManifest(map[int]string{192: "icon-192.0123456789ab.png", 512: "icon-512.0123456789ab.png"})
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	for k, want := range map[string]string{
		"name": "factdeck", "short_name": "factdeck", "lang": "ja", "display": "standalone",
		"theme_color": "#1e2433", "background_color": "#1e2433", "start_url": "./", "scope": "./", "id": "./",
	} {
		assert.Equal(t, want, m[k], k)
	}
	var icons []manifestIcon
	raw, err := json.Marshal(m["icons"])
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &icons))
	purposes := map[string][]string{}
	for _, ic := range icons {
		assert.Equal(t, "image/png", ic.Type)
		purposes[ic.Sizes] = append(purposes[ic.Sizes], ic.Purpose)
	}
	assert.Equal(t, map[string][]string{"192x192": {"any", "maskable"}, "512x512": {"any", "maskable"}}, purposes)

	_, err = appManifest(map[int]string{192: "a.png"})
	assert.Error(t, err, "a missing size")
}

func TestIcon(t *testing.T) {
	for _, size := range iconSizes {
		data, err := iconPNG(size)
		require.NoError(t, err)
		again, err := iconPNG(size)
		require.NoError(t, err)
		assert.Equal(t, data, again, "the same bytes every build")

		img, err := png.Decode(bytes.NewReader(data))
		require.NoError(t, err)
		assert.Equal(t, size, img.Bounds().Dx())
		assert.Equal(t, size, img.Bounds().Dy())
		at := func(fx, fy float64) color.NRGBA {
			return color.NRGBAModel.Convert(img.At(int(fx*float64(size)), int(fy*float64(size)))).(color.NRGBA)
		}
		// Full bleed background (maskable), the front card in the middle,
		// an accent line on it.
		assert.Equal(t, iconBackground, at(0.02, 0.02))
		assert.Equal(t, iconBackground, at(0.98, 0.98))
		assert.Equal(t, iconFrontCard, at(0.30, 0.70))
		assert.Equal(t, iconInk, at(0.46, 0.40))
	}
}

// Everything but the background lies in the maskable safe zone: the
// circle of radius 0.4 around the centre.
func TestIconSafeZone(t *testing.T) {
	const size = 512
	img := drawIcon(size)
	for y := range size {
		for x := range size {
			dx, dy := (float64(x)+0.5)/size-0.5, (float64(y)+0.5)/size-0.5
			if dx*dx+dy*dy <= 0.4*0.4 {
				continue
			}
			require.Equal(t, iconBackground, img.NRGBAAt(x, y), "pixel %d,%d outside the safe zone", x, y)
		}
	}
}
