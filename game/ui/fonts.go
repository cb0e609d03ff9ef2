package ui

import (
	"bytes"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Fonts holds the parsed font files; faces of any size are made from them.
type Fonts struct {
	regular, bold, fallback *text.GoTextFaceSource
}

// LoadFonts parses the regular, bold and fallback font files. The fallback
// covers characters that the subset fonts lack, so a teacher's own deck
// never shows empty gaps.
func LoadFonts(regular, bold, fallback []byte) (*Fonts, error) {
	var f Fonts
	for _, s := range []struct {
		name string
		data []byte
		dst  **text.GoTextFaceSource
	}{{"regular", regular, &f.regular}, {"bold", bold, &f.bold}, {"fallback", fallback, &f.fallback}} {
		src, err := text.NewGoTextFaceSource(bytes.NewReader(s.data))
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", s.name, err)
		}
		*s.dst = src
	}
	return &f, nil
}

// Face returns a face of the given pixel size; bold picks the bold font.
func (f *Fonts) Face(size float64, bold bool) text.Face {
	main := f.regular
	if bold {
		main = f.bold
	}
	face, err := text.NewMultiFace(
		&text.GoTextFace{Source: main, Size: size, Language: japanese},
		&text.GoTextFace{Source: f.fallback, Size: size, Language: japanese},
	)
	if err != nil {
		// NewMultiFace fails only when given no faces.
		panic(err)
	}
	return face
}
