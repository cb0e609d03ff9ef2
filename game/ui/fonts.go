package ui

import (
	"fmt"
	"sync"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// Fonts holds the parsed font files; faces of any size are made from them.
//
// Faces are golang.org/x/image OpenType faces (text/v2's GoXFace), not
// text/v2's shaping GoTextFace: Japanese needs no shaping beyond the
// advances of the hmtx table, which the sfnt reader gives. Leaving the
// HarfBuzz port out of the program took 15 % off the browser download and
// three quarters off its memory (docs/benchmarks.md).
type Fonts struct {
	regular, bold, fallback *sfnt.Font
	// fauxBold draws bold by striking the regular face twice, a pixel
	// apart: the browser build leaves the bold font out (184 kB of its
	// download) and headings look bold all the same.
	fauxBold bool
	// faces keeps the faces made so far. A face is also the key of the
	// wrapped-text cache and of Ebitengine's glyph caches, so handing out
	// the same face for the same size is what lets a still card cost
	// nothing to lay out again.
	faces map[faceKey]text.Face
}

type faceKey struct {
	size float64
	bold bool
}

// LoadFonts parses the regular, bold and fallback font files; a nil bold
// draws bold from the regular font (see Fonts.fauxBold). The fallback
// covers characters that the subset fonts lack, so a teacher's own deck
// never shows empty gaps. It may be nil and come later through SetFallback:
// the browser build fetches it only when a deck needs it.
func LoadFonts(regular, bold, fallback []byte) (*Fonts, error) {
	var f Fonts
	if bold == nil {
		bold, f.fauxBold = regular, true
	}
	for _, s := range []struct {
		name string
		data []byte
		dst  **sfnt.Font
	}{{"regular", regular, &f.regular}, {"bold", bold, &f.bold}} {
		src, err := parseFont(s.name, s.data)
		if err != nil {
			return nil, err
		}
		*s.dst = src
	}
	if fallback != nil {
		if err := f.SetFallback(fallback); err != nil {
			return nil, err
		}
	}
	return &f, nil
}

// SetFallback parses and installs the fallback font; faces made from then
// on use it. Call it from the game loop (Update), not concurrently with Draw.
func (f *Fonts) SetFallback(data []byte) error {
	src, err := parseFont("fallback", data)
	if err != nil {
		return err
	}
	f.fallback = src
	f.faces = nil // faces made before lack the fallback
	return nil
}

// parseFont reads a TrueType or OpenType file. The sfnt reader keeps data
// and reads glyphs from it on demand, so data must not change afterwards.
func parseFont(name string, data []byte) (*sfnt.Font, error) {
	src, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", name, err)
	}
	return src, nil
}

// Face returns a face of the given pixel size; bold picks the bold font.
func (f *Fonts) Face(size float64, bold bool) text.Face {
	key := faceKey{size, bold}
	if face, ok := f.faces[key]; ok {
		return face
	}
	if f.faces == nil || len(f.faces) > 256 {
		f.faces = map[faceKey]text.Face{}
	}
	face := f.newFace(size, bold)
	f.faces[key] = face
	if bold && f.fauxBold {
		emboldened.Store(face, true)
	}
	return face
}

// emboldened holds the faces drawn twice to look bold (Fonts.fauxBold).
var emboldened sync.Map

// strikesTwice reports a face that drawLine draws twice, a pixel apart.
func strikesTwice(face text.Face) bool {
	_, ok := emboldened.Load(face)
	return ok
}

func (f *Fonts) newFace(size float64, bold bool) text.Face {
	main := f.regular
	if bold {
		main = f.bold
	}
	faces := []text.Face{sizedFace(main, size)}
	if f.fallback != nil {
		faces = append(faces, sizedFace(f.fallback, size))
	}
	face, err := text.NewMultiFace(faces...)
	if err != nil {
		// NewMultiFace fails only when given no faces.
		panic(err)
	}
	return face
}

// sizedFace makes a face whose em is size pixels (points at 72 dpi). Full
// hinting in x/image only rounds advances and line metrics to whole pixels
// (the subsets carry no hinting programs, so outlines keep the shapes the
// type designer drew); with drawLine's whole-pixel line starts, each glyph
// is rasterized once per size.
func sizedFace(src *sfnt.Font, size float64) text.Face {
	// NewFace returns no error for any options (x/image v0.47).
	face, _ := opentype.NewFace(src, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
	return text.NewGoXFace(face)
}
