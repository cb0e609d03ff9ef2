package ui_test

import (
	"image/color"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdeck/game/ui"
)

// The contrast formula gives WCAG's reference values.
func TestContrastReference(t *testing.T) {
	black, white := color.RGBA{0, 0, 0, 255}, color.RGBA{255, 255, 255, 255}
	assert.InDelta(t, 21, ui.Contrast(black, white), 1e-9)
	assert.InDelta(t, 21, ui.Contrast(white, black), 1e-9, "the order does not matter")
	assert.InDelta(t, 1, ui.Contrast(white, white), 1e-9)
	// #767676 on white is the classic lightest grey that passes AA.
	assert.InDelta(t, 4.54, ui.Contrast(color.RGBA{0x76, 0x76, 0x76, 255}, white), 0.01)
}

// Every text role reaches WCAG AA (4.5:1) on every surface it is drawn
// on, in every theme.
func TestThemesKeepTextReadable(t *testing.T) {
	require.Len(t, ui.Themes(), 3)
	for _, th := range ui.Themes() {
		for _, p := range ui.TextOn {
			c := ui.Contrast(th.Color(p.Text), th.Color(p.On))
			assert.GreaterOrEqual(t, c, 4.5, "theme %s: text role %d on role %d has contrast %.2f", th.Name, p.Text, p.On, c)
		}
	}
}

// A role draws in the theme in use, so switching themes repaints what was
// laid out before the switch.
func TestRoleFollowsTheTheme(t *testing.T) {
	defer ui.SetTheme(ui.ActiveTheme())
	ui.SetTheme(&ui.Light)
	lr, lg, lb, _ := ui.Background.RGBA()
	ui.SetTheme(&ui.HighContrast)
	hr, hg, hb, _ := ui.Background.RGBA()
	assert.NotEqual(t, [3]uint32{lr, lg, lb}, [3]uint32{hr, hg, hb})
	assert.Equal(t, [3]uint32{0, 0, 0}, [3]uint32{hr, hg, hb}, "high contrast's screen is black")
	assert.Same(t, &ui.Light, ui.ThemeNamed("light"))
	assert.Same(t, &ui.Dark, ui.ThemeNamed("sepia"), "an unknown name falls back to the first look")
}
