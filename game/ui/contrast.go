package ui

import (
	"image/color"
	"math"
)

// TextOn lists which text role is drawn on which surface role, screen by
// screen: the pairs whose contrast the themes must keep readable. A new
// pairing in a scene belongs here too.
var TextOn = []struct{ Text, On Role }{
	{LightInk, Background}, {MutedLight, Background}, {NoticeInk, Background},
	{NoticeInk, NoticeBand}, {LightInk, NoticeBand},
	{Ink, CardFace}, {Ink, CardBack}, {Ink, Panel}, {Ink, Marker}, {Ink, Badge}, {Ink, Field},
	{MutedInk, CardFace}, {MutedInk, CardBack}, {MutedInk, Panel}, {MutedInk, Field},
	{Accent, CardFace}, {Accent, CardBack}, {Accent, Panel},
	{Warning, CardFace}, {Warning, CardBack}, {Warning, Panel},
	{GradeGood, CardFace}, {GradeGood, CardBack}, {GradeAgain, CardFace}, {GradeAgain, CardBack},
	{OnAccent, Accent}, {OnAccent, Track},
	{OnAccent, GradeAgain}, {OnAccent, GradeHard}, {OnAccent, GradeGood}, {OnAccent, GradeEasy},
}

// Contrast is the WCAG 2 contrast ratio of two opaque colours, from 1 (the
// same) to 21 (black on white).
func Contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is WCAG 2's relative luminance of an sRGB colour.
func luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}
