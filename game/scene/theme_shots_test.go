package scene

import (
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"factdeck/cards/study"
	"factdeck/game/input"
	"factdeck/game/ui"
)

// TestThemeScreenshots draws the settings screen and a card's back in each
// theme, for a person to look at ($FACTDECK_ARTIFACTS/scenes/themes-*.png),
// and checks that each theme paints the screen in its own background.
func TestThemeScreenshots(t *testing.T) {
	defer ui.SetTheme(ui.ActiveTheme())
	dir := scenesDir(t)
	for _, th := range ui.Themes() {
		ui.SetTheme(th)
		ctx := testContext(t, 1024, 720)
		set := NewSettings()
		set.Update(ctx, nil)
		img := ebiten.NewImage(1024, 720)
		set.Draw(img, ctx)
		assert.True(t, sameColor(img.At(2, 2), th.Color(ui.Background)), "%s: the screen is the theme's background", th.Name)
		savePNG(t, filepath.Join(dir, "themes-"+th.Name+"-settings.png"), img)

		d := testDeck()
		st := NewStudy(study.NewSession(d, d.Cards[:1]))
		st.Update(ctx, []input.Action{input.Press(input.Space)})
		img.Clear()
		st.Draw(img, ctx)
		savePNG(t, filepath.Join(dir, "themes-"+th.Name+"-study-back.png"), img)
	}
}
