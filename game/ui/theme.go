package ui

import "image/color"

// Color is any colour the theme names.
type Color = color.Color

// Role is a named colour of the theme: what it is for, not what it looks
// like. A Role is a color.Color whose value is the role's colour in the
// theme in use when it is drawn, so a scene that laid its screen out in
// one theme paints it in another the moment the student switches.
type Role uint8

// The colour roles. Text roles are named for what they are drawn on: Ink
// and MutedInk on cards and panels, LightInk and MutedLight on the
// screen's Background (light only in the dark themes), OnAccent on filled
// buttons and tiles, NoticeInk on the NoticeBand.
const (
	Background Role = iota
	CardFace
	CardBack
	Ink
	MutedInk
	LightInk
	// MutedLight is secondary text on the Background.
	MutedLight
	// OnAccent is the label of a button or a picked tile, on Accent,
	// Track or a grade's colour.
	OnAccent
	Accent
	Warning
	Track
	// Panel is behind a card's source, inside the card.
	Panel
	// Marker highlights the answer in its source sentence.
	Marker
	// Badge is behind a caveat's short label (Ink on it), and BadgeEdge
	// its outline.
	Badge
	BadgeEdge
	// Scrim dims the screen under a sheet.
	Scrim
	// Disabled is a button that cannot be used now (nothing to undo).
	Disabled
	// NoticeBand is behind the notices drawn over the top of any screen,
	// in NoticeInk.
	NoticeBand
	NoticeInk
	// Field is the answer box, with Ink on it.
	Field
	// The grades' colours: Again, Hard, Good, Easy. Good and Again also
	// colour a right and a wrong answer.
	GradeAgain
	GradeHard
	GradeGood
	GradeEasy
	numRoles
)

// GradeColors are Again, Hard, Good, Easy.
var GradeColors = [4]Role{GradeAgain, GradeHard, GradeGood, GradeEasy}

// RGBA is the role's colour in the theme in use.
func (r Role) RGBA() (red, green, blue, alpha uint32) {
	return active.colors[r].RGBA()
}

// Theme gives every role a colour.
type Theme struct {
	// Name is how the settings store it (study.ThemeDark…).
	Name   string
	colors [numRoles]color.RGBA
}

// Color is r's colour in t.
func (t *Theme) Color(r Role) color.RGBA { return t.colors[r] }

// active is the theme in use. The game sets it on its own goroutine,
// between frames.
var active = &Dark

// SetTheme makes t the theme every role is drawn in.
func SetTheme(t *Theme) { active = t }

// ActiveTheme is the theme in use.
func ActiveTheme() *Theme { return active }

// Themes lists the themes the settings offer.
func Themes() []*Theme { return []*Theme{&Dark, &Light, &HighContrast} }

// ThemeNamed is the theme called name, or Dark when there is none.
func ThemeNamed(name string) *Theme {
	for _, t := range Themes() {
		if t.Name == name {
			return t
		}
	}
	return &Dark
}

func rgb(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// Dark is the app's first look: a calm dark background so long sessions
// are easy on the eyes, light cards for reading, one colour per grade.
var Dark = Theme{Name: "dark", colors: [numRoles]color.RGBA{
	Background: rgb(0x1e2433), CardFace: rgb(0xfaf7f0), CardBack: rgb(0xf0f4fa),
	Ink: rgb(0x22222a), MutedInk: rgb(0x5c606b), LightInk: rgb(0xeeeef2), MutedLight: rgb(0xaab1c2),
	OnAccent: rgb(0xffffff), Accent: rgb(0x245cc0), Warning: rgb(0x9a4f00), Track: rgb(0x3a4255),
	Panel: rgb(0xe2e8f1), Marker: rgb(0xffe082), Badge: rgb(0xf8d6a8), BadgeEdge: rgb(0x9a4f00),
	Scrim: {0, 0, 0, 0x99}, Disabled: rgb(0x3a4255), NoticeBand: rgb(0x2a3144), NoticeInk: rgb(0xf2b84b),
	Field:      rgb(0xffffff),
	GradeAgain: rgb(0xb83232), GradeHard: rgb(0x94600a), GradeGood: rgb(0x1f7043), GradeEasy: rgb(0x245cc0),
}}

// Light is for bright rooms: a pale screen, white cards, dark text.
var Light = Theme{Name: "light", colors: [numRoles]color.RGBA{
	Background: rgb(0xe6e9ef), CardFace: rgb(0xffffff), CardBack: rgb(0xf7f9fc),
	Ink: rgb(0x1c1c22), MutedInk: rgb(0x585c67), LightInk: rgb(0x1c2030), MutedLight: rgb(0x555b6b),
	OnAccent: rgb(0xffffff), Accent: rgb(0x1f5fbf), Warning: rgb(0x9a4f00), Track: rgb(0x5b6478),
	Panel: rgb(0xe9eef5), Marker: rgb(0xffe082), Badge: rgb(0xf8d6a8), BadgeEdge: rgb(0x9a4f00),
	Scrim: {0, 0, 0, 0x66}, Disabled: rgb(0xd5dae3), NoticeBand: rgb(0xfff1d6), NoticeInk: rgb(0x6b4500),
	Field:      rgb(0xffffff),
	GradeAgain: rgb(0xb3261e), GradeHard: rgb(0x8a5a00), GradeGood: rgb(0x1e6b3f), GradeEasy: rgb(0x1f5fbf),
}}

// HighContrast is for low vision and glare: black and white, with
// saturated dark fills behind white labels.
var HighContrast = Theme{Name: "contrast", colors: [numRoles]color.RGBA{
	Background: rgb(0x000000), CardFace: rgb(0xffffff), CardBack: rgb(0xfffbe6),
	Ink: rgb(0x000000), MutedInk: rgb(0x333333), LightInk: rgb(0xffffff), MutedLight: rgb(0xe6e6e6),
	OnAccent: rgb(0xffffff), Accent: rgb(0x0040c0), Warning: rgb(0x803800), Track: rgb(0x333333),
	Panel: rgb(0xf0f0f0), Marker: rgb(0xffd400), Badge: rgb(0xffd9a0), BadgeEdge: rgb(0x000000),
	Scrim: {0, 0, 0, 0xcc}, Disabled: rgb(0x222222), NoticeBand: rgb(0x000000), NoticeInk: rgb(0xffd400),
	Field:      rgb(0xffffff),
	GradeAgain: rgb(0xa00000), GradeHard: rgb(0x6b4000), GradeGood: rgb(0x005a20), GradeEasy: rgb(0x0040c0),
}}
