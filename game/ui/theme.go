package ui

import "image/color"

// Color is any colour the theme names.
type Color = color.Color

// Colors of the app: a calm dark background so long sessions are easy on
// the eyes, light cards for reading, one accent per grade.
var (
	Background = color.RGBA{0x1e, 0x24, 0x33, 0xff}
	CardFace   = color.RGBA{0xfa, 0xf7, 0xf0, 0xff}
	CardBack   = color.RGBA{0xf0, 0xf4, 0xfa, 0xff}
	Ink        = color.RGBA{0x22, 0x22, 0x2a, 0xff}
	MutedInk   = color.RGBA{0x66, 0x6a, 0x75, 0xff}
	LightInk   = color.RGBA{0xee, 0xee, 0xf2, 0xff}
	Accent     = color.RGBA{0x2b, 0x6c, 0xd6, 0xff}
	Warning    = color.RGBA{0xc2, 0x6a, 0x00, 0xff}
	Track      = color.RGBA{0x3a, 0x42, 0x55, 0xff}
	// Panel is behind a card's source, inside the card.
	Panel = color.RGBA{0xe2, 0xe8, 0xf1, 0xff}
	// Marker highlights the answer in its source sentence; ink on it
	// keeps well over 4.5:1.
	Marker = color.RGBA{0xff, 0xe0, 0x82, 0xff}
	// Badge is behind a caveat's short label (dark ink on it), and
	// BadgeEdge its outline, in the warning's hue.
	Badge     = color.RGBA{0xf8, 0xd6, 0xa8, 0xff}
	BadgeEdge = Warning
	// Scrim dims the screen under a sheet.
	Scrim = color.RGBA{0x00, 0x00, 0x00, 0x99}
	// Disabled is a button that cannot be used now (nothing to undo).
	Disabled = color.RGBA{0x3a, 0x42, 0x55, 0xff}
	// NoticeBand is behind the notices drawn over the top of any screen.
	NoticeBand = color.RGBA{0x2a, 0x31, 0x44, 0xff}

	// GradeColors are Again, Hard, Good, Easy.
	GradeColors = [4]color.RGBA{
		{0xc6, 0x3d, 0x3d, 0xff},
		{0xc2, 0x85, 0x1c, 0xff},
		{0x2e, 0x8b, 0x57, 0xff},
		{0x2b, 0x6c, 0xd6, 0xff},
	}
)
