package game

import (
	"factdeck/cards/study"
	"factdeck/game/locale"
	"factdeck/game/scene"
	"factdeck/game/ui"
)

// appliedDisplay is what syncDisplay last applied.
type appliedDisplay struct {
	lang  locale.Lang
	theme *ui.Theme
	scale float64
}

// SetDefaultLang sets the language the app speaks until the student picks
// one in the settings: the browser's (or ?lang=) or the desktop's LANG.
func (g *Game) SetDefaultLang(l locale.Lang) {
	g.defaultLang = l
	g.syncDisplay()
}

// Lang is the language the app speaks now, for messages made outside it.
func (g *Game) Lang() locale.Lang { return g.ctx.Lang }

// syncDisplay applies the settings' language, theme and text size when
// they differ from what is on show, and redraws: every screen reads them
// as it lays itself out, so the change shows at once wherever it was made
// (the settings screen, an imported progress). It reports whether
// anything changed.
func (g *Game) syncDisplay() bool {
	d := g.ctx.Settings().Display
	want := appliedDisplay{lang: g.defaultLang, theme: ui.ThemeNamed(d.ThemeName()), scale: scene.TextScale(d.TextSize)}
	switch d.Lang {
	case study.LangEnglish:
		want.lang = locale.English
	case study.LangJapanese:
		want.lang = locale.Japanese
	}
	if want == g.display {
		return false
	}
	g.display = want
	g.ctx.Lang, g.ctx.TextScale = want.lang, want.scale
	ui.SetTheme(want.theme)
	g.dirty = true
	return true
}
